// The training loop (Training.h). SGD is written out rather than taken from
// torch::optim so its state is plain tensors the checkpoint can hold; it follows
// torch.optim.SGD exactly (weight decay added to the gradient, momentum buffer
// starting as the first gradient, Nesterov: g + momentum * buffer).
#include "emolens/Training.h"
#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "io/Json.h"
#include "model/BlockCache.h"
#include "model/Container.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
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

/// One call of trainModel as named steps; its members are the run's state.
class TrainingRun {
public:
    TrainingRun(AttentionPoolingCnn &model, FeatureStore &store, const std::vector<Utterance> &utterances,
                const std::vector<int> &classIndex, const TrainingConfig &config, const TrainOptions &options)
        : m_model(model), m_net(model.impl().net), m_store(store), m_utterances(utterances), m_classIndex(classIndex),
          m_config(config), m_options(options),
          m_format(config.channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous)
    {
    }

    TrainResult run()
    {
        checkInputs();
        setComputeThreads(m_options.threads);
        m_model.setDevice(m_options.device); // before the parameters are collected: they move
        m_device = m_model.impl().device;
        collectSegments();
        m_params = m_net->parameters();
        m_momentum.assign(m_params.size(), torch::Tensor());
        m_fingerprint = runFingerprint(m_model, m_store, m_utterances, m_classIndex, m_config);
        resumeFromCheckpoint();
        planSchedule();
        try {
            model::setMemoryFormat(m_net, m_format);
            for (auto &b : m_momentum)
                if (b.defined())
                    b = b.contiguous(b.dim() == 4 ? m_format : torch::MemoryFormat::Contiguous);
            for (int epoch = m_startEpoch; epoch <= m_schedule.epochs; ++epoch)
                finishEpoch(runEpoch(epoch));
        } catch (const c10::Error &e) {
            model::setMemoryFormat(m_net, torch::MemoryFormat::Contiguous);
            throw Error(ErrorKind::Internal, {}, std::string("training failed: ") + e.what_without_backtrace());
        } catch (...) {
            model::setMemoryFormat(m_net, torch::MemoryFormat::Contiguous);
            throw;
        }
        return finish();
    }

private:
    void checkInputs() const
    {
        throwIfInvalid("training config", "training configuration", m_config.validate());
        if (m_utterances.empty())
            throwBadInput({}, "nothing to train on: the training set is empty");
        if (m_classIndex.size() != m_utterances.size())
            throw Error(ErrorKind::Internal, {}, "trainModel: class indices and utterances differ in length");
        const ModelConfig &mc = m_model.config();
        for (int k : m_classIndex)
            if (k < 0 || k >= mc.numClasses)
                throwBadInput({}, "class index " + std::to_string(k) + " outside the model's " +
                                      std::to_string(mc.numClasses) + " classes");
        if (m_store.config().freqBins != mc.inputHeight || m_store.config().frameColumns != mc.inputWidth)
            throwBadInput({}, "the feature store's matrices do not fit the model's input");
    }

    /// Features once, in parallel; every segment keeps its utterance's label.
    void collectSegments()
    {
        m_hop = m_store.config().hopSamples(SegmentUse::Training);
        m_store.prefetch(m_utterances, m_hop, m_options.threads, m_options.prepareProgress, m_options.cancel);
        for (std::size_t u = 0; u < m_utterances.size(); ++u) {
            const auto f = m_store.get(m_utterances[u], m_hop);
            for (std::size_t s = 0; s < f->segments.size(); ++s)
                m_canonical.push_back({static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(s)});
        }
        m_result.trainingSegments = static_cast<std::int64_t>(m_canonical.size());
        m_held.assign(m_utterances.size(), nullptr);
    }

    /// Continues a checkpoint of the same run: weights, momentum, history, the best epoch.
    void resumeFromCheckpoint()
    {
        const std::string &path = m_options.checkpointPath;
        if (path.empty() || !std::filesystem::exists(path))
            return;
        const model::Container c = model::readContainer(path, "checkpoint");
        if (c.metadata.value("fingerprint", std::string()) != m_fingerprint)
            throwBadInput(
                path, "checkpoint of a different run (other data, configuration or seed); delete it to start afresh");
        model::loadState(m_net, c.tensors, path, "model.");
        const auto named = m_net->named_parameters();
        for (std::size_t i = 0; i < m_params.size(); ++i)
            for (const auto &t : c.tensors)
                if (t.name == "momentum." + named[i].key())
                    m_momentum[i] = t.tensor.to(m_device).clone();
        m_result.history =
            historyFromJson(c.metadata.at("history").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m_result.resumedAfterEpoch = c.metadata.at("epoch").get<int>();
        m_bestEpoch = c.metadata.value("bestEpoch", 0);
        for (const auto &t : c.tensors)
            if (t.name.rfind("best.", 0) == 0)
                m_best.push_back({t.name.substr(5), t.tensor.clone()});
        if (m_bestEpoch > 0 && m_best.empty())
            throwBadInput(path, "checkpoint names a best epoch but holds no weights for it");
        m_startEpoch = m_result.resumedAfterEpoch + 1;
        if (m_options.resumed)
            m_options.resumed(m_result.history);
    }

    /// Batches per epoch, class weights, and the schedule resolved for this training set's size.
    void planSchedule()
    {
        const auto n = m_canonical.size();
        const auto batch = static_cast<std::size_t>(m_config.batchSize);
        const bool dropPartial = m_config.dropPartialBatch && n > batch;
        m_batches = static_cast<int>(dropPartial ? n / batch : (n + batch - 1) / batch);
        const int classes = m_model.config().numClasses;
        if (m_config.classWeighting == "balanced") {
            std::vector<double> count(static_cast<std::size_t>(classes), 0.0);
            for (const auto &r : m_canonical)
                count[static_cast<std::size_t>(m_classIndex[r.utterance])] += 1.0;
            m_classWeights = torch::zeros({classes});
            const auto present =
                static_cast<double>(std::count_if(count.begin(), count.end(), [](double c) { return c > 0; }));
            for (int k = 0; k < classes; ++k)
                if (count[static_cast<std::size_t>(k)] > 0)
                    m_classWeights[k] = static_cast<double>(n) / (present * count[static_cast<std::size_t>(k)]);
        }
        if (m_classWeights.defined())
            m_classWeights = m_classWeights.to(m_device);
        m_schedule = m_config.resolvedFor(m_batches);
        m_result.epochs = m_schedule.epochs;
        m_result.learningRateDrops = m_schedule.learningRateDrops;
        m_epochsThisCall = std::max(0, m_schedule.epochs - m_startEpoch + 1);
    }

    /// Copies segments [begin, end) of this epoch's order into one input batch and its labels.
    std::pair<torch::Tensor, torch::Tensor> batchOf(const std::vector<SegmentRef> &refs, std::size_t begin,
                                                    std::size_t end)
    {
        const ModelConfig &mc = m_model.config();
        const std::size_t matrix = static_cast<std::size_t>(mc.inputHeight) * mc.inputWidth;
        const auto n = static_cast<std::int64_t>(end - begin);
        auto input = torch::empty({n, 1, mc.inputHeight, mc.inputWidth});
        auto target = torch::empty({n}, torch::kInt64);
        float *dst = input.data_ptr<float>();
        auto *labels = target.data_ptr<std::int64_t>();
        for (std::size_t i = begin; i < end; ++i) {
            const auto &r = refs[i];
            auto &f = m_held[r.utterance];
            if (!f)
                f = m_store.get(m_utterances[r.utterance], m_hop);
            std::memcpy(dst + (i - begin) * matrix, f->matrix(r.segment), matrix * sizeof(float));
            labels[i - begin] = m_classIndex[r.utterance];
        }
        // Drop references after each batch so the store's memory bound holds for large corpora.
        if (m_store.options().memoryBudgetBytes < m_canonical.size() * matrix * sizeof(float))
            std::fill(m_held.begin(), m_held.end(), nullptr);
        return {input.contiguous(m_format).to(m_device), target.to(m_device)}; // no copy on the CPU
    }

    /// torch.optim.SGD's update, written out (its state is plain tensors a checkpoint can hold).
    void sgdUpdate(double lr)
    {
        torch::NoGradGuard guard;
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            auto &p = m_params[i];
            if (!p.grad().defined())
                continue;
            auto d = p.grad();
            if (m_config.weightDecay != 0)
                d = d.add(p, m_config.weightDecay);
            if (m_config.momentum != 0) {
                if (!m_momentum[i].defined())
                    m_momentum[i] = d.clone();
                else
                    m_momentum[i].mul_(m_config.momentum).add_(d);
                d = m_config.nesterov ? d.add(m_momentum[i], m_config.momentum) : m_momentum[i];
            }
            p.add_(d, -lr);
        }
    }

    void reportProgress(int epoch, int batch, double lossSum, std::int64_t correct, std::int64_t seen, double lr)
    {
        if (!m_options.progress)
            return;
        TrainProgress p;
        p.epoch = epoch;
        p.epochs = m_schedule.epochs;
        p.batch = batch;
        p.batches = m_batches;
        p.loss = lossSum / static_cast<double>(seen);
        p.accuracy = static_cast<double>(correct) / static_cast<double>(seen);
        p.learningRate = lr;
        p.elapsedSeconds = secondsSince(m_t0);
        const int remaining = m_epochsThisCall * m_batches - m_batchesDone;
        p.etaSeconds = p.elapsedSeconds / m_batchesDone * remaining;
        m_options.progress(p);
    }

    EpochStats runEpoch(int epoch)
    {
        const auto e0 = Clock::now();
        const double lr = m_schedule.learningRateAt(epoch);
        const std::vector<SegmentRef> refs = orderForEpoch(m_canonical, m_config.seed, epoch);
        m_net->train();
        double lossSum = 0.0;
        std::int64_t correct = 0, seen = 0;
        const auto batchSize = static_cast<std::size_t>(m_config.batchSize);
        for (int b = 0; b < m_batches; ++b) {
            throwIfCancelled(m_options.cancel);
            const std::size_t begin = static_cast<std::size_t>(b) * batchSize;
            const auto [input, target] = batchOf(refs, begin, std::min(refs.size(), begin + batchSize));
            // Cancel points inside the step (between layers, forward and backward): a
            // cancel acts within a layer's time, never half-way through the update.
            const auto [logits, loss] =
                m_net->trainStep(input, target, m_options.cancel, m_config.precision, m_classWeights);
            throwIfCancelled(m_options.cancel);
            const double batchLoss = loss.item<double>();
            if (!std::isfinite(batchLoss)) // before the update: the weights and the last checkpoint stay finite
                throwBadInput({}, "training diverged at epoch " + std::to_string(epoch) + ", batch " +
                                      std::to_string(b + 1) + " (loss is not finite); lower the learning rate" +
                                      (m_options.checkpointPath.empty()
                                           ? std::string()
                                           : " (the checkpoint of the last finished epoch is kept)"));
            sgdUpdate(lr);
            const auto n = target.size(0);
            lossSum += batchLoss * static_cast<double>(n);
            correct += logits.argmax(1).eq(target).sum().item<std::int64_t>();
            seen += n;
            ++m_batchesDone;
            reportProgress(epoch, b + 1, lossSum, correct, seen, lr);
        }
        EpochStats stats;
        stats.epoch = epoch;
        stats.loss = lossSum / static_cast<double>(seen);
        stats.accuracy = static_cast<double>(correct) / static_cast<double>(seen);
        stats.learningRate = lr;
        stats.segments = seen;
        validate(stats);
        stats.seconds = secondsSince(e0);
        return stats;
    }

    /// With validation speakers: score this epoch's weights on them and keep the best.
    void validate(EpochStats &stats)
    {
        if (!m_options.validate)
            return;
        throwIfCancelled(m_options.cancel);
        m_net->eval();
        const ValidationScore v = m_options.validate(m_model);
        // Inference may have changed the weights' memory format: training's again.
        model::setMemoryFormat(m_net, m_format);
        m_model.impl().inferenceFormat = m_format == torch::MemoryFormat::ChannelsLast;
        stats.validationWa = v.wa;
        stats.validationUa = v.ua;
        stats.validationLoss = v.loss;
        const EpochStats *b =
            m_bestEpoch > 0 ? &m_result.history.at(static_cast<std::size_t>(m_bestEpoch - 1)) : nullptr;
        if (!b || isBetterValidation(stats, *b)) {
            m_best = model::stateOf(m_net);
            m_bestEpoch = stats.epoch;
        }
    }

    void finishEpoch(const EpochStats &stats)
    {
        m_result.history.push_back(stats);
        writeCheckpoint(stats.epoch);
        if (m_options.epochDone)
            m_options.epochDone(stats);
    }

    /// Atomically, after every epoch: weights, momentum, history and the best epoch's weights.
    void writeCheckpoint(int epoch)
    {
        if (m_options.checkpointPath.empty())
            return;
        model::Container c;
        c.kind = "checkpoint";
        c.metadata = {{"fingerprint", m_fingerprint},
                      {"epoch", epoch},
                      {"history", parseJson(historyToJson(m_result.history), "history")}};
        for (auto &t : model::stateOf(m_net))
            c.tensors.push_back({"model." + t.name, t.tensor});
        if (m_bestEpoch > 0) {
            c.metadata["bestEpoch"] = m_bestEpoch;
            for (const auto &t : m_best)
                c.tensors.push_back({"best." + t.name, t.tensor});
        }
        const auto named = m_net->named_parameters();
        for (std::size_t i = 0; i < m_params.size(); ++i)
            if (m_momentum[i].defined())
                c.tensors.push_back({"momentum." + named[i].key(), m_momentum[i].contiguous()});
        model::writeContainer(m_options.checkpointPath, c);
    }

    /// The weights to keep (the best epoch's with validation), NCHW, in eval mode.
    TrainResult finish()
    {
        model::setMemoryFormat(m_net, torch::MemoryFormat::Contiguous);
        m_result.chosenEpoch = static_cast<int>(m_result.history.size());
        if (m_options.validate && m_bestEpoch > 0) {
            model::loadState(m_net, m_best, "the best epoch's weights");
            m_result.chosenEpoch = m_bestEpoch;
        }
        m_net->eval();
        m_model.impl().inferenceFormat = false; // the weights are NCHW again
        m_result.seconds = secondsSince(m_t0);
        return std::move(m_result);
    }

    AttentionPoolingCnn &m_model;
    model::Network &m_net;
    FeatureStore &m_store;
    const std::vector<Utterance> &m_utterances;
    const std::vector<int> &m_classIndex;
    const TrainingConfig &m_config;
    const TrainOptions &m_options;
    const torch::MemoryFormat m_format;
    torch::Device m_device = torch::kCPU; ///< where the network trains (TrainOptions::device)
    const Clock::time_point m_t0 = Clock::now();

    int m_hop = 0;
    std::vector<SegmentRef> m_canonical;
    std::vector<std::shared_ptr<const UtteranceFeatures>> m_held;
    std::vector<torch::Tensor> m_params, m_momentum;
    torch::Tensor m_classWeights;
    std::string m_fingerprint;
    TrainingConfig m_schedule;
    int m_startEpoch = 1, m_batches = 0, m_epochsThisCall = 0, m_batchesDone = 0;
    std::vector<model::NamedTensor> m_best; ///< with validation: the best epoch so far and its weights
    int m_bestEpoch = 0;
    TrainResult m_result;
};

} // namespace

TrainResult trainModel(AttentionPoolingCnn &model, FeatureStore &store, const std::vector<Utterance> &utterances,
                       const std::vector<int> &classIndex, const TrainingConfig &config, const TrainOptions &options)
{
    // Declared first, so it ends last: training's tensors come from the block cache, whose
    // blocks all go back to the kernel at the end.
    const model::BlockCacheScope blockCache;
    return TrainingRun(model, store, utterances, classIndex, config, options).run();
}

} // namespace emolens
