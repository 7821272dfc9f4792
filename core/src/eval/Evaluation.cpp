// Prediction, evaluation and fold results (Evaluation.h; the folds are in Folds.cpp). No torch here: the
// model is used through its public interface.
#include "emolens/Evaluation.h"
#include "emolens/Device.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Files.h"
#include "eval/Softmax.h"
#include "io/Json.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>

namespace emolens {

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;

int argmax(const std::vector<float> &v)
{
    return static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
}

Json probabilitiesJson(const std::vector<std::string> &classes, const std::vector<float> &p)
{
    Json out = Json::object();
    for (std::size_t k = 0; k < classes.size() && k < p.size(); ++k)
        out[classes[k]] = p[k];
    return out;
}

/// How a bfloat16 evaluation differs from the float32 one of the same model and utterances.
Json precisionComparisonJson(const EvaluationResult &fp32, const EvaluationResult &bf16)
{
    std::int64_t utterancesChanged = 0, segmentsChanged = 0, segments = 0;
    for (std::size_t i = 0; i < fp32.utterances.size() && i < bf16.utterances.size(); ++i) {
        const auto &a = fp32.utterances[i];
        const auto &b = bf16.utterances[i];
        utterancesChanged += a.predicted != b.predicted;
        for (std::size_t k = 0; k < a.segmentPredicted.size() && k < b.segmentPredicted.size(); ++k) {
            segmentsChanged += a.segmentPredicted[k] != b.segmentPredicted[k];
            ++segments;
        }
    }
    return Json{{"metrics", parseJson(bf16.metricsJson(), "bfloat16 evaluation")},
                {"utterancesChanged", utterancesChanged},
                {"segmentsChanged", segmentsChanged},
                {"segmentsCompared", segments},
                {"segmentAgreement",
                 segments ? 1.0 - static_cast<double>(segmentsChanged) / static_cast<double>(segments) : 1.0}};
}

} // namespace

namespace {

/// Adds \p count segments' predictions (their matrices contiguous at \p matrices) to \p out.
void predictBatch(AttentionPoolingCnn &model, const float *matrices, const Segment *segments, int count,
                  int sampleRateHz, UtterancePrediction &out, std::vector<double> &sum)
{
    const int classes = model.config().numClasses;
    const ModelOutput o = model.forward(matrices, count);
    for (int i = 0; i < count; ++i) {
        const Segment &s = segments[i];
        SegmentPrediction sp;
        sp.startSeconds = static_cast<double>(s.startSample) / sampleRateHz;
        sp.endSeconds = static_cast<double>(s.endSample) / sampleRateHz;
        sp.paddedSeconds = static_cast<double>(s.paddedSamples) / sampleRateHz;
        sp.probabilities = softmax(o.logits.data() + static_cast<std::size_t>(i) * classes, classes);
        for (int k = 0; k < classes; ++k)
            sum[static_cast<std::size_t>(k)] += sp.probabilities[static_cast<std::size_t>(k)];
        out.segments.push_back(std::move(sp));
    }
}

void finishPrediction(UtterancePrediction &out, const std::vector<double> &sum)
{
    const auto n = static_cast<double>(out.segments.size());
    if (out.segments.empty())
        throwBadInput({}, "no segments to predict");
    out.probabilities.resize(sum.size());
    for (std::size_t k = 0; k < sum.size(); ++k)
        out.probabilities[k] = static_cast<float>(sum[k] / n);
    out.predicted = argmax(out.probabilities);
}

} // namespace

UtterancePrediction predictUtterance(AttentionPoolingCnn &model, const UtteranceFeatures &features, int sampleRateHz,
                                     int batchSize)
{
    UtterancePrediction out;
    std::vector<double> sum(static_cast<std::size_t>(model.config().numClasses), 0.0);
    const int n = static_cast<int>(features.segments.size());
    for (int begin = 0; begin < n; begin += batchSize) {
        const int count = std::min(batchSize, n - begin);
        predictBatch(model, features.matrix(static_cast<std::size_t>(begin)),
                     &features.segments[static_cast<std::size_t>(begin)], count, sampleRateHz, out, sum);
    }
    finishPrediction(out, sum);
    return out;
}

UtterancePrediction predictSignal(AttentionPoolingCnn &model, FrontEnd &frontEnd, const std::vector<float> &signal,
                                  int batchSize, const ProgressFn &progress, const CancelToken *cancel)
{
    const FeatureConfig &fc = frontEnd.config();
    const std::size_t matrix = fc.matrixSize();
    batchSize = std::max(1, batchSize);
    std::vector<float> batch(static_cast<std::size_t>(batchSize) * matrix);
    std::vector<Segment> segments;
    segments.reserve(static_cast<std::size_t>(batchSize));
    UtterancePrediction out;
    std::vector<double> sum(static_cast<std::size_t>(model.config().numClasses), 0.0);
    auto flush = [&] {
        if (!segments.empty())
            predictBatch(model, batch.data(), segments.data(), static_cast<int>(segments.size()), fc.sampleRateHz, out,
                         sum);
        segments.clear();
    };
    // Features flow through one batch buffer: memory does not grow with the signal's length.
    frontEnd.forEachSegment(
        signal, SegmentUse::Evaluation,
        [&](std::size_t, const Segment &s, const float *m) {
            std::copy(m, m + matrix, batch.data() + segments.size() * matrix);
            segments.push_back(s);
            if (static_cast<int>(segments.size()) == batchSize)
                flush();
        },
        progress, cancel);
    flush();
    finishPrediction(out, sum);
    return out;
}

double EvaluationResult::segmentAccuracy() const
{
    return segmentTotal ? static_cast<double>(segmentCorrect) / static_cast<double>(segmentTotal)
                        : std::numeric_limits<double>::quiet_NaN();
}

std::string EvaluationResult::metricsJson() const
{
    Json recall = Json::object();
    for (int k = 0; k < confusion.size(); ++k) {
        const double r = confusion.recall(k);
        recall[confusion.classes()[static_cast<std::size_t>(k)]] = std::isnan(r) ? Json(nullptr) : Json(r);
    }
    auto number = [](double v) { return std::isnan(v) ? Json(nullptr) : Json(v); };
    return Json{{"wa", number(weightedAccuracy())},
                {"ua", number(unweightedAccuracy())},
                {"segmentAccuracy", number(segmentAccuracy())},
                {"utterances", confusion.total()},
                {"segments", segmentTotal},
                {"segmentCorrect", segmentCorrect},
                {"recall", recall},
                {"confusion", parseJson(confusion.toJson(), "confusion")}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

EvaluationResult evaluate(AttentionPoolingCnn &model, FeatureStore &store, const Selection &selection,
                          const std::vector<std::size_t> &indices, const ProgressFn &progress,
                          const CancelToken *cancel)
{
    const auto t0 = Clock::now();
    EvaluationResult r;
    r.confusion = ConfusionMatrix(selection.classes);
    const int hop = store.config().hopSamples(SegmentUse::Evaluation);
    std::vector<Utterance> wanted;
    for (auto i : indices)
        wanted.push_back(selection.utterances.at(i));
    store.prefetch(wanted, hop, 0, {}, cancel);
    for (std::size_t n = 0; n < indices.size(); ++n) {
        throwIfCancelled(cancel);
        const std::size_t i = indices[n];
        const Utterance &u = selection.utterances[i];
        const int truth = selection.classIndex[i];
        const auto features = store.get(u, hop);
        const UtterancePrediction p = predictUtterance(model, *features, store.config().sampleRateHz);
        r.confusion.add(truth, p.predicted);
        UtteranceResult ur{u.id, u.speaker, truth, p.predicted, p.probabilities, static_cast<int>(p.segments.size()),
                           {}};
        for (const auto &s : p.segments) {
            ur.segmentPredicted.push_back(argmax(s.probabilities));
            r.segmentCorrect += ur.segmentPredicted.back() == truth;
            ++r.segmentTotal;
        }
        r.utterances.push_back(std::move(ur));
        if (progress)
            progress(static_cast<double>(n + 1) / static_cast<double>(indices.size()));
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return r;
}

std::string FoldOutcome::toJson(const std::string &modelFile) const
{
    Json predictions = Json::array();
    const auto &classes = metadata.classes();
    for (const auto &u : evaluation.utterances)
        predictions.push_back({{"id", u.id},
                               {"speaker", u.speaker},
                               {"truth", classes.at(static_cast<std::size_t>(u.truth))},
                               {"predicted", classes.at(static_cast<std::size_t>(u.predicted))},
                               {"probabilities", probabilitiesJson(classes, u.probabilities)},
                               {"segments", u.segments}});
    Json out{{"fold", fold.heldOut},
             {"experiment", parseJson(metadata.toJson(), "fold")},
             {"metrics", parseJson(evaluation.metricsJson(), "fold")},
             {"predictions", predictions},
             {"trainingSeconds", training.seconds},
             {"resumedAfterEpoch", training.resumedAfterEpoch},
             {"schedule",
              {{"epochs", training.epochs},
               {"learningRateDrops", training.learningRateDrops},
               {"chosenEpoch", training.chosenEpoch},
               {"trainingSegments", training.trainingSegments}}},
             {"evaluationSeconds", evaluation.seconds},
             {"computedOn", computedOn},
             {"model", modelFile}};
    if (bfloat16)
        out["bfloat16"] = precisionComparisonJson(evaluation, *bfloat16);
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ModelMetadata experimentMetadata(const ExperimentSetup &setup, const Selection &selection)
{
    ModelMetadata m;
    m.corpusSpec = setup.corpusSpec;
    m.protocol = setup.protocol;
    m.protocol.classes = selection.classes;
    m.features = setup.features;
    m.model = setup.model;
    m.model.numClasses = static_cast<int>(selection.classes.size());
    m.model.inputHeight = setup.features.freqBins;
    m.model.inputWidth = setup.features.frameColumns;
    m.training = setup.training;
    return m;
}

FoldOutcome runFold(const ExperimentSetup &setup, const Selection &selection, const Fold &plannedFold,
                    FeatureStore &store, AttentionPoolingCnn &modelOut, const FoldCallbacks &callbacks)
{
    checkSpeakerDisjoint(selection, plannedFold);
    const Fold fold = withValidation(selection, plannedFold, setup.training.validationSpeakers);
    if (fold.train.empty() || fold.test.empty())
        throwBadInput({},
                      "fold " + fold.heldOut + " has no " + (fold.train.empty() ? "training" : "test") + " utterances");
    if (store.config() != setup.features)
        throw Error(ErrorKind::Internal, {},
                    "runFold: the feature store uses another FeatureConfig than the experiment");
    FoldOutcome out;
    out.fold = fold;
    out.metadata = experimentMetadata(setup, selection);
    modelOut = AttentionPoolingCnn(out.metadata.model, setup.training.seed);

    std::vector<Utterance> train;
    std::vector<int> labels;
    for (auto i : fold.train) {
        train.push_back(selection.utterances[i]);
        labels.push_back(selection.classIndex[i]);
    }
    TrainOptions options = callbacks.train;
    if (!fold.validation.empty())
        options.validate = [&](AttentionPoolingCnn &model) {
            const EvaluationResult v = evaluate(model, store, selection, fold.validation, {}, callbacks.train.cancel);
            double loss = 0.0;
            for (const auto &u : v.utterances)
                loss -= std::log(
                    std::max(1e-12, static_cast<double>(u.probabilities.at(static_cast<std::size_t>(u.truth)))));
            return ValidationScore{v.weightedAccuracy(), v.unweightedAccuracy(),
                                   v.utterances.empty() ? 0.0 : loss / static_cast<double>(v.utterances.size())};
        };
    out.training = trainModel(modelOut, store, train, labels, setup.training, options);
    out.computedOn = computeDescription(options.device); // after trainModel: it sets the threads
    out.evaluation =
        evaluate(modelOut, store, selection, fold.test, callbacks.evaluationProgress, callbacks.train.cancel);
    if (callbacks.compareBfloat16) {
        modelOut.setInferencePrecision(InferencePrecision::BFloat16);
        out.bfloat16 = evaluate(modelOut, store, selection, fold.test, {}, callbacks.train.cancel);
        modelOut.setInferencePrecision(InferencePrecision::Float32);
    }

    ModelMetadata &m = out.metadata;
    m.heldOutSpeaker = fold.heldOut;
    m.trainingSpeakers = fold.trainSpeakers;
    m.validationSpeakers = fold.validationSpeakers;
    m.metricsJson = out.evaluation.metricsJson();
    m.historyJson = historyToJson(out.training.history);
    return out;
}

FoldOutcome trainAndSaveFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold,
                             FeatureStore &store, const std::string &modelPath, AttentionPoolingCnn &model,
                             const FoldCallbacks &callbacks)
{
    FoldCallbacks withCheckpoint = callbacks;
    withCheckpoint.train.checkpointPath = modelPath + ".ckpt";
    FoldOutcome outcome = runFold(setup, selection, fold, store, model, withCheckpoint);
    saveModel(modelPath, model, outcome.metadata);
    outcome.metadata = readModelMetadata(modelPath); // with the version and creation time saveModel stamped
    std::error_code ec;
    std::filesystem::remove(withCheckpoint.train.checkpointPath, ec);
    return outcome;
}

} // namespace emolens
