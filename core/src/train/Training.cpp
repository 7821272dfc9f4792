// The training loop (Training.h). SGD is written out rather than taken from
// torch::optim so its state is plain tensors the checkpoint can hold; it follows
// torch.optim.SGD exactly (weight decay added to the gradient, momentum buffer
// starting as the first gradient, Nesterov: g + momentum * buffer).
#include "emolens/Digest.h"
#include "emolens/Training.h"
#include "emolens/Error.h"
#include "io/Json.h"
#include "model/BlockCache.h"
#include "model/Container.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <filesystem>
#include <random>

namespace emolens {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct SegmentRef {
    std::uint32_t utterance;
    std::uint32_t segment;
};

/// The epoch's order: Fisher-Yates over the canonical list with a 64-bit Mersenne
/// Twister seeded by (seed, epoch), so the order depends on nothing else and a
/// resumed run shuffles exactly as an unbroken one.
std::vector<SegmentRef> orderForEpoch(const std::vector<SegmentRef> &canonical, std::uint64_t seed, int epoch)
{
    std::vector<SegmentRef> refs = canonical;
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(epoch));
    for (std::size_t i = refs.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(refs[i - 1], refs[j]);
    }
    return refs;
}

std::string runFingerprint(const AttentionPoolingCnn &model, const FeatureStore &store,
                           const std::vector<Utterance> &utterances, const std::vector<int> &classIndex,
                           const TrainingConfig &config)
{
    std::string text = model.config().toJson() + store.config().toJson() + config.toJson();
    for (std::size_t i = 0; i < utterances.size(); ++i)
        text += utterances[i].id + '|' + utterances[i].audioPath + '|' + std::to_string(classIndex[i]) + '\n';
    return digestHex(text);
}

/// The validation choice: the higher UA, ties broken by the lower loss (an epoch
/// without a score never wins).
bool isBetterValidation(const EpochStats &candidate, const EpochStats &best)
{
    if (std::isnan(candidate.validationUa))
        return false;
    if (std::isnan(best.validationUa) || candidate.validationUa > best.validationUa)
        return true;
    return candidate.validationUa == best.validationUa && candidate.validationLoss < best.validationLoss;
}

} // namespace

TrainResult trainModel(AttentionPoolingCnn &model, FeatureStore &store, const std::vector<Utterance> &utterances,
                       const std::vector<int> &classIndex, const TrainingConfig &config, const TrainOptions &options)
{
    const auto t0 = Clock::now();
    // Declared first, so it ends last: training's tensors come from the block cache, whose
    // blocks all go back to the kernel at the end.
    const model::BlockCacheScope blockCache;
    throwIfInvalid("training config", "training configuration", config.validate());
    if (utterances.empty())
        throwBadInput({}, "nothing to train on: the training set is empty");
    if (classIndex.size() != utterances.size())
        throw Error(ErrorKind::Internal, {}, "trainModel: class indices and utterances differ in length");
    const ModelConfig &mc = model.config();
    for (int k : classIndex)
        if (k < 0 || k >= mc.numClasses)
            throwBadInput({}, "class index " + std::to_string(k) + " outside the model's " + std::to_string(mc.numClasses) +
                                  " classes");
    if (store.config().freqBins != mc.inputHeight || store.config().frameColumns != mc.inputWidth)
        throwBadInput({}, "the feature store's matrices do not fit the model's input");
    setComputeThreads(options.threads);

    // Features once, in parallel; every segment keeps its utterance's label.
    const int hop = store.config().trainHopSamples;
    store.prefetch(utterances, hop, options.threads, options.prepareProgress, options.cancel);
    std::vector<SegmentRef> canonical;
    for (std::size_t u = 0; u < utterances.size(); ++u) {
        const auto f = store.get(utterances[u], hop);
        for (std::size_t s = 0; s < f->segments.size(); ++s)
            canonical.push_back({static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(s)});
    }

    TrainResult result;
    result.trainingSegments = static_cast<std::int64_t>(canonical.size());
    model::Network &net = model.impl().net;
    std::vector<torch::Tensor> params = net->parameters();
    std::vector<torch::Tensor> momentum(params.size());
    int startEpoch = 1;
    // With validation: the best epoch so far and its weights (kept in the checkpoint too).
    std::vector<model::NamedTensor> best;
    int bestEpoch = 0;

    // Resume from a checkpoint of the same run.
    const std::string fingerprint = runFingerprint(model, store, utterances, classIndex, config);
    if (!options.checkpointPath.empty() && std::filesystem::exists(options.checkpointPath)) {
        const model::Container c = model::readContainer(options.checkpointPath, "checkpoint");
        if (c.metadata.value("fingerprint", std::string()) != fingerprint)
            throwBadInput(options.checkpointPath, "checkpoint of a different run (other data, configuration or seed); "
                                                  "delete it to start afresh");
        model::loadState(net, c.tensors, options.checkpointPath, "model.");
        const auto named = net->named_parameters();
        for (std::size_t i = 0; i < params.size(); ++i)
            for (const auto &t : c.tensors)
                if (t.name == "momentum." + named[i].key())
                    momentum[i] = t.tensor.clone();
        result.history = historyFromJson(c.metadata.at("history").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        result.resumedAfterEpoch = c.metadata.at("epoch").get<int>();
        bestEpoch = c.metadata.value("bestEpoch", 0);
        for (const auto &t : c.tensors)
            if (t.name.rfind("best.", 0) == 0)
                best.push_back({t.name.substr(5), t.tensor.clone()});
        if (bestEpoch > 0 && best.empty())
            throwBadInput(options.checkpointPath, "checkpoint names a best epoch but holds no weights for it");
        startEpoch = result.resumedAfterEpoch + 1;
        if (options.resumed)
            options.resumed(result.history);
    }

    const auto format = config.channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    model::setMemoryFormat(net, format);
    for (std::size_t i = 0; i < params.size(); ++i)
        if (momentum[i].defined())
            momentum[i] = momentum[i].contiguous(params[i].dim() == 4 ? format : torch::MemoryFormat::Contiguous);

    const int batchSize = config.batchSize;
    const bool dropPartial = config.dropPartialBatch && canonical.size() > static_cast<std::size_t>(batchSize);
    const int batches = static_cast<int>(dropPartial ? canonical.size() / batchSize
                                                     : (canonical.size() + batchSize - 1) / batchSize);
    torch::Tensor classWeights;
    if (config.classWeighting == "balanced") {
        std::vector<double> count(static_cast<std::size_t>(mc.numClasses), 0.0);
        for (const auto &r : canonical)
            count[static_cast<std::size_t>(classIndex[r.utterance])] += 1.0;
        classWeights = torch::zeros({mc.numClasses});
        const double present = static_cast<double>(std::count_if(count.begin(), count.end(), [](double n) { return n > 0; }));
        for (int k = 0; k < mc.numClasses; ++k)
            if (count[static_cast<std::size_t>(k)] > 0)
                classWeights[k] = static_cast<double>(canonical.size()) / (present * count[static_cast<std::size_t>(k)]);
    }
    // Epochs from steps and drop epochs from fractions, for this training set's size.
    const TrainingConfig schedule = config.resolvedFor(batches);
    result.epochs = schedule.epochs;
    result.learningRateDrops = schedule.learningRateDrops;
    const int h = mc.inputHeight, w = mc.inputWidth;
    const std::size_t matrix = static_cast<std::size_t>(h) * w;
    const int epochsThisCall = std::max(0, schedule.epochs - startEpoch + 1);
    int batchesDone = 0;
    std::vector<std::shared_ptr<const UtteranceFeatures>> held(utterances.size());

    try {
        for (int epoch = startEpoch; epoch <= schedule.epochs; ++epoch) {
            const auto e0 = Clock::now();
            const double lr = schedule.learningRateAt(epoch);
            const std::vector<SegmentRef> refs = orderForEpoch(canonical, config.seed, epoch);
            net->train();
            double lossSum = 0.0;
            std::int64_t correct = 0, seen = 0;
            for (int b = 0; b < batches; ++b) {
                throwIfCancelled(options.cancel);
                const std::size_t begin = static_cast<std::size_t>(b) * batchSize;
                const std::size_t end = std::min(refs.size(), begin + static_cast<std::size_t>(batchSize));
                const auto n = static_cast<std::int64_t>(end - begin);
                auto input = torch::empty({n, 1, h, w});
                auto target = torch::empty({n}, torch::kInt64);
                float *dst = input.data_ptr<float>();
                auto *labels = target.data_ptr<std::int64_t>();
                for (std::size_t i = begin; i < end; ++i) {
                    const auto &r = refs[i];
                    auto &f = held[r.utterance];
                    if (!f)
                        f = store.get(utterances[r.utterance], hop);
                    std::memcpy(dst + (i - begin) * matrix, f->matrix(r.segment), matrix * sizeof(float));
                    labels[i - begin] = classIndex[r.utterance];
                }
                // Drop references after each batch so the store's memory bound holds for large corpora.
                if (store.options().memoryBudgetBytes < canonical.size() * matrix * sizeof(float))
                    std::fill(held.begin(), held.end(), nullptr);

                // Cancel points inside the step (between layers, forward and backward): a
                // cancel acts within a layer's time, never half-way through the update.
                const auto [logits, loss] = net->trainStep(input.contiguous(format), target, options.cancel, config.precision, classWeights);
                throwIfCancelled(options.cancel);
                {
                    torch::NoGradGuard guard;
                    for (std::size_t i = 0; i < params.size(); ++i) {
                        auto &p = params[i];
                        if (!p.grad().defined())
                            continue;
                        auto d = p.grad();
                        if (config.weightDecay != 0)
                            d = d.add(p, config.weightDecay);
                        if (config.momentum != 0) {
                            if (!momentum[i].defined())
                                momentum[i] = d.clone();
                            else
                                momentum[i].mul_(config.momentum).add_(d);
                            d = config.nesterov ? d.add(momentum[i], config.momentum) : momentum[i];
                        }
                        p.add_(d, -lr);
                    }
                }
                const double batchLoss = loss.item<double>();
                if (!std::isfinite(batchLoss))
                    throwBadInput({}, "training diverged at epoch " + std::to_string(epoch) +
                                          " (loss is not finite); lower the learning rate");
                lossSum += batchLoss * static_cast<double>(n);
                correct += logits.argmax(1).eq(target).sum().item<std::int64_t>();
                seen += n;
                ++batchesDone;
                if (options.progress) {
                    TrainProgress p;
                    p.epoch = epoch;
                    p.epochs = schedule.epochs;
                    p.batch = b + 1;
                    p.batches = batches;
                    p.loss = lossSum / static_cast<double>(seen);
                    p.accuracy = static_cast<double>(correct) / static_cast<double>(seen);
                    p.learningRate = lr;
                    p.elapsedSeconds = secondsSince(t0);
                    const int remaining = epochsThisCall * batches - batchesDone;
                    p.etaSeconds = p.elapsedSeconds / batchesDone * remaining;
                    options.progress(p);
                }
            }
            EpochStats stats;
            stats.epoch = epoch;
            stats.loss = lossSum / static_cast<double>(seen);
            stats.accuracy = static_cast<double>(correct) / static_cast<double>(seen);
            stats.learningRate = lr;
            stats.segments = seen;
            if (options.validate) {
                throwIfCancelled(options.cancel);
                net->eval();
                const ValidationScore v = options.validate(model);
                // Inference may have changed the weights' memory format: training's again.
                model::setMemoryFormat(net, format);
                model.impl().inferenceFormat = format == torch::MemoryFormat::ChannelsLast;
                stats.validationWa = v.wa;
                stats.validationUa = v.ua;
                stats.validationLoss = v.loss;
                const EpochStats *b = bestEpoch > 0 ? &result.history.at(static_cast<std::size_t>(bestEpoch - 1)) : nullptr;
                if (!b || isBetterValidation(stats, *b)) {
                    best = model::stateOf(net);
                    bestEpoch = epoch;
                }
            }
            stats.seconds = secondsSince(e0);
            result.history.push_back(stats);
            if (!options.checkpointPath.empty()) {
                model::Container c;
                c.kind = "checkpoint";
                c.metadata = {{"fingerprint", fingerprint}, {"epoch", epoch}, {"history", parseJson(historyToJson(result.history), "history")}};
                for (auto &t : model::stateOf(net))
                    c.tensors.push_back({"model." + t.name, t.tensor});
                if (bestEpoch > 0) {
                    c.metadata["bestEpoch"] = bestEpoch;
                    for (const auto &t : best)
                        c.tensors.push_back({"best." + t.name, t.tensor});
                }
                const auto named = net->named_parameters();
                for (std::size_t i = 0; i < params.size(); ++i)
                    if (momentum[i].defined())
                        c.tensors.push_back({"momentum." + named[i].key(), momentum[i].contiguous()});
                model::writeContainer(options.checkpointPath, c);
            }
            if (options.epochDone)
                options.epochDone(stats);
        }
    } catch (const c10::Error &e) {
        model::setMemoryFormat(net, torch::MemoryFormat::Contiguous);
        throw Error(ErrorKind::Internal, {}, std::string("training failed: ") + e.what_without_backtrace());
    } catch (...) {
        model::setMemoryFormat(net, torch::MemoryFormat::Contiguous);
        throw;
    }
    model::setMemoryFormat(net, torch::MemoryFormat::Contiguous);
    result.chosenEpoch = static_cast<int>(result.history.size());
    if (options.validate && bestEpoch > 0) {
        model::loadState(net, best, "the best epoch's weights");
        result.chosenEpoch = bestEpoch;
    }
    net->eval();
    model.impl().inferenceFormat = false; // the weights are NCHW again
    result.seconds = secondsSince(t0);
    return result;
}

} // namespace emolens
