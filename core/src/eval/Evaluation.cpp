// Prediction, LOSO folds and fold results (Evaluation.h). No torch here: the
// model is used through its public interface.
#include "emolens/Evaluation.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Files.h"
#include "io/Json.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <limits>
#include <map>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace emolens {

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;

std::vector<float> softmax(const float *logits, int n)
{
    const float top = *std::max_element(logits, logits + n);
    std::vector<float> p(static_cast<std::size_t>(n));
    double sum = 0.0;
    for (int k = 0; k < n; ++k)
        sum += p[k] = std::exp(logits[k] - top);
    for (auto &v : p)
        v = static_cast<float>(v / sum);
    return p;
}

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

} // namespace

namespace {

/// Adds \p count segments' predictions (their matrices contiguous at \p matrices) to \p out.
void predictBatch(AttentionPoolingCnn &model, const float *matrices, const Segment *segments, int count, int sampleRateHz,
                  UtterancePrediction &out, std::vector<double> &sum)
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
        predictBatch(model, features.matrix(static_cast<std::size_t>(begin)), &features.segments[static_cast<std::size_t>(begin)],
                     count, sampleRateHz, out, sum);
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
            predictBatch(model, batch.data(), segments.data(), static_cast<int>(segments.size()), fc.sampleRateHz, out, sum);
        segments.clear();
    };
    // Features flow through one batch buffer: memory does not grow with the signal's length.
    frontEnd.forEachSegment(
        signal, fc.evalHopSamples,
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

std::vector<Fold> planLeaveOneSpeakerOut(const Selection &selection, const std::vector<std::string> &only)
{
    std::set<std::string> speakers;
    for (const auto &u : selection.utterances)
        speakers.insert(u.speaker);
    if (speakers.size() < 2)
        throwBadInput({}, "leave-one-speaker-out needs at least two speakers; the selection has " +
                              std::to_string(speakers.size()));
    std::vector<std::string> heldOut(only.begin(), only.end());
    if (heldOut.empty())
        heldOut.assign(speakers.begin(), speakers.end());
    std::vector<Fold> folds;
    for (const auto &speaker : heldOut) {
        if (!speakers.count(speaker)) {
            std::string known;
            for (const auto &s : speakers)
                known += (known.empty() ? "" : ", ") + s;
            throwBadInput({}, "no speaker '" + speaker + "' in the selection (speakers: " + known + ")");
        }
        Fold f;
        f.heldOut = speaker;
        for (std::size_t i = 0; i < selection.utterances.size(); ++i)
            (selection.utterances[i].speaker == speaker ? f.test : f.train).push_back(i);
        std::set<std::string> trainSpeakers;
        for (auto i : f.train)
            trainSpeakers.insert(selection.utterances[i].speaker);
        f.trainSpeakers.assign(trainSpeakers.begin(), trainSpeakers.end());
        checkSpeakerDisjoint(selection, f);
        checkNoSharedAudio(selection, f);
        folds.push_back(std::move(f));
    }
    return folds;
}

void checkSpeakerDisjoint(const Selection &selection, const Fold &fold)
{
    auto fail = [&](const std::string &what) {
        throw Error(ErrorKind::Internal, {}, "fold " + fold.heldOut + " is not speaker-disjoint: " + what);
    };
    std::set<std::string> trainSpeakers, testSpeakers;
    std::set<std::size_t> trainIndex(fold.train.begin(), fold.train.end());
    for (auto i : fold.train)
        trainSpeakers.insert(selection.utterances.at(i).speaker);
    for (auto i : fold.test) {
        const auto &u = selection.utterances.at(i);
        if (u.speaker != fold.heldOut)
            fail("test utterance " + u.id + " is spoken by " + u.speaker);
        if (trainIndex.count(i))
            fail("utterance " + u.id + " is in both sets");
        testSpeakers.insert(u.speaker);
    }
    for (const auto &s : testSpeakers)
        if (trainSpeakers.count(s))
            fail("speaker " + s + " is on both sides");
    if (trainSpeakers.count(fold.heldOut))
        fail("the held-out speaker has training utterances");
}

void checkNoSharedAudio(const Selection &selection, const Fold &fold)
{
    namespace fs = std::filesystem;
    struct Use {
        std::size_t index;
        double start, end;
    };
    auto resolved = [](const Utterance &u) {
        std::error_code ec;
        const fs::path p = fs::weakly_canonical(u.audioPath, ec);
        return ec ? u.audioPath : p.string();
    };
    auto use = [&](std::size_t i) {
        const Utterance &u = selection.utterances.at(i);
        return Use{i, u.startSeconds, u.endSeconds < 0 ? std::numeric_limits<double>::infinity() : u.endSeconds};
    };
    auto fail = [&](std::size_t test, std::size_t train, const std::string &how) {
        const Utterance &a = selection.utterances.at(test), &b = selection.utterances.at(train);
        throwBadInput(a.audioPath, "fold " + fold.heldOut + ": test utterance " + a.id + " (speaker " + a.speaker +
                                       ") and training utterance " + b.id + " (speaker " + b.speaker + ") " + how +
                                       "; the fold would test on audio it trained on. Fix the corpus listing.");
    };
    std::map<std::string, std::vector<Use>> trainByFile;
    for (auto i : fold.train)
        trainByFile[resolved(selection.utterances.at(i))].push_back(use(i));
    std::map<std::uintmax_t, std::vector<std::string>> trainBySize;
    for (const auto &[file, uses] : trainByFile) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (!ec)
            trainBySize[size].push_back(file);
    }
    for (auto i : fold.test) {
        const Use t = use(i);
        const std::string file = resolved(selection.utterances.at(i));
        auto overlapping = [&](const std::vector<Use> &uses) -> const Use * {
            for (const auto &u : uses)
                if (t.start < u.end && u.start < t.end)
                    return &u;
            return nullptr;
        };
        if (const auto it = trainByFile.find(file); it != trainByFile.end())
            if (const Use *u = overlapping(it->second))
                fail(i, u->index, "use the same audio file " + file);
        // Copies under another name: equal size first (cheap), then equal content.
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        const auto same = ec ? trainBySize.end() : trainBySize.find(size);
        if (same == trainBySize.end())
            continue;
        const std::uint64_t digest = fileContentDigest(file);
        for (const auto &other : same->second)
            if (other != file && fileContentDigest(other) == digest)
                if (const Use *u = overlapping(trainByFile.at(other)))
                    fail(i, u->index, "use byte-identical audio (" + file + " is a copy of " + other + ")");
    }
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
                          const std::vector<std::size_t> &indices, const ProgressFn &progress, const CancelToken *cancel)
{
    const auto t0 = Clock::now();
    EvaluationResult r;
    r.confusion = ConfusionMatrix(selection.classes);
    const int hop = store.config().evalHopSamples;
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
        for (const auto &s : p.segments) {
            r.segmentCorrect += argmax(s.probabilities) == truth;
            ++r.segmentTotal;
        }
        r.utterances.push_back({u.id, u.speaker, truth, p.predicted, p.probabilities, static_cast<int>(p.segments.size())});
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
    return Json{{"fold", fold.heldOut},
                {"experiment", parseJson(metadata.toJson(), "fold")},
                {"metrics", parseJson(evaluation.metricsJson(), "fold")},
                {"predictions", predictions},
                {"trainingSeconds", training.seconds},
                {"resumedAfterEpoch", training.resumedAfterEpoch},
                {"evaluationSeconds", evaluation.seconds},
                {"model", modelFile}}
        .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
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

FoldOutcome runFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold, FeatureStore &store,
                    AttentionPoolingCnn &modelOut, const FoldCallbacks &callbacks)
{
    checkSpeakerDisjoint(selection, fold);
    if (fold.train.empty() || fold.test.empty())
        throwBadInput({}, "fold " + fold.heldOut + " has no " + (fold.train.empty() ? "training" : "test") + " utterances");
    if (store.config() != setup.features)
        throw Error(ErrorKind::Internal, {}, "runFold: the feature store uses another FeatureConfig than the experiment");
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
    out.training = trainModel(modelOut, store, train, labels, setup.training, callbacks.train);
    out.evaluation = evaluate(modelOut, store, selection, fold.test, callbacks.evaluationProgress, callbacks.train.cancel);

    ModelMetadata &m = out.metadata;
    m.heldOutSpeaker = fold.heldOut;
    m.trainingSpeakers = fold.trainSpeakers;
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

std::vector<std::string> foldResultFiles(const std::string &dir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto &e : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("fold-", 0) == 0 && e.path().extension() == ".json")
            files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

ResultsFolder resultsFolderMatch(const ExperimentSetup &setup, const Selection &selection, const std::string &dir)
{
    namespace fs = std::filesystem;
    const std::string expected = sharedExperimentJson(experimentMetadata(setup, selection).toJson());
    bool any = false;
    const std::string marker = (fs::path(dir) / "experiment.json").string();
    if (fs::exists(marker)) {
        any = true;
        if (sharedExperimentJson(readWholeFile(marker)) != expected)
            return ResultsFolder::OtherExperiment;
    }
    for (const auto &file : foldResultFiles(dir)) {
        any = true;
        try {
            if (sharedExperimentJson(parseJson(readWholeFile(file), file).at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) != expected)
                return ResultsFolder::OtherExperiment;
        } catch (const nlohmann::json::exception &) {
            return ResultsFolder::OtherExperiment; // unreadable: not ours to resume
        }
    }
    return any ? ResultsFolder::SameExperiment : ResultsFolder::Empty;
}

CrossValSummary runCrossValidation(const ExperimentSetup &setup, const Selection &selection, FeatureStore &store,
                                   const CrossValRun &run)
{
    namespace fs = std::filesystem;
    const auto folds = planLeaveOneSpeakerOut(selection, run.folds);
    std::error_code ec;
    fs::create_directories(run.dir, ec);
    if (ec)
        throwIo(run.dir, "cannot create the output folder (" + ec.message() + ")");
    const std::string expected = sharedExperimentJson(experimentMetadata(setup, selection).toJson());
    std::vector<std::string> done;
    auto summarise = [&] {
        CrossValSummary summary = CrossValSummary::fromFoldFiles(done);
        writeFileAtomically((fs::path(run.dir) / "summary.json").string(), summary.toJson() + "\n");
        return summary;
    };
    // A results folder holds one experiment: refuse before training if any fold in it is another's.
    const std::string marker = (fs::path(run.dir) / "experiment.json").string();
    if (fs::exists(marker) && sharedExperimentJson(readWholeFile(marker)) != expected)
        throwBadInput(marker, "describes a different experiment (corpus, protocol, features, model or training differ); "
                              "use another output folder");
    for (const auto &file : foldResultFiles(run.dir)) {
        try {
            if (sharedExperimentJson(parseJson(readWholeFile(file), file).at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) != expected)
                throwBadInput(file, "was produced by a different experiment (corpus, protocol, features, model or "
                                    "training differ); use another output folder");
        } catch (const nlohmann::json::exception &e) {
            throwBadInput(file, std::string("malformed fold result: ") + e.what());
        }
    }
    if (!fs::exists(marker)) // before the first fold, so a folder with only a checkpoint still says whose it is
        writeFileAtomically(marker, experimentMetadata(setup, selection).toJson() + "\n");
    for (const auto &fold : folds) {
        const std::string file = (fs::path(run.dir) / ("fold-" + fold.heldOut + ".json")).string();
        const std::string modelFile = (fs::path(run.dir) / ("fold-" + fold.heldOut + ".emolens")).string();
        // A finished fold has both its result and its model; without the model it is run again.
        if (fs::exists(file) && fs::exists(modelFile)) {
            if (run.foldSkipped)
                run.foldSkipped(fold, file);
            done.push_back(file);
            continue;
        }
        if (run.foldStarted)
            run.foldStarted(fold);
        AttentionPoolingCnn model;
        const std::string modelPath = (fs::path(run.dir) / ("fold-" + fold.heldOut + ".emolens")).string();
        FoldCallbacks callbacks;
        callbacks.train = run.train;
        const FoldOutcome outcome = trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
        writeFileAtomically(file, outcome.toJson(fs::path(modelPath).filename().string()) + "\n");
        done.push_back(file);
        summarise(); // current after every fold, so a long run can be inspected while it goes on
        if (run.foldFinished)
            run.foldFinished(outcome, file);
    }
    return summarise();
}

std::vector<SweepPoint> runSweep(const ExperimentSetup &base, const Selection &selection, const Fold &fold,
                                 FeatureStore &store, const SweepRun &run)
{
    namespace fs = std::filesystem;
    if (run.param != "conv1a-height" && run.param != "conv1b-width" && run.param != "pooling")
        throwBadInput({}, "sweep parameter must be conv1a-height, conv1b-width or pooling, not '" + run.param + "'");
    std::error_code ec;
    fs::create_directories(run.dir, ec);
    if (ec)
        throwIo(run.dir, "cannot create the output folder (" + ec.message() + ")");
    std::vector<SweepPoint> points;
    for (const auto &value : run.values) {
        ExperimentSetup setup = base;
        if (run.param == "pooling") {
            setup.model.pooling = value;
        } else {
            int v = 0;
            try {
                std::size_t used = 0;
                v = std::stoi(value, &used);
                if (used != value.size())
                    throw std::invalid_argument(value);
            } catch (const std::exception &) {
                throwBadInput({}, "sweep value '" + value + "' is not a whole number");
            }
            (run.param == "conv1a-height" ? setup.model.conv1aHeight : setup.model.conv1bWidth) = v;
        }
        if (const auto problems = setup.model.validate(); !problems.empty())
            throwBadInput({}, "sweep value " + value + ": " + problems.front());
        const std::string stem = "sweep-" + run.param + "-" + value;
        const std::string file = (fs::path(run.dir) / (stem + ".json")).string();
        nlohmann::ordered_json result;
        if (fs::exists(file)) {
            result = parseJson(readWholeFile(file), file);
            if (sharedExperimentJson(result.at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) !=
                sharedExperimentJson(experimentMetadata(setup, selection).toJson()))
                throwBadInput(file, "was produced by a different experiment; use another output folder");
        } else {
            if (run.valueStarted)
                run.valueStarted(value);
            AttentionPoolingCnn model;
            const std::string modelPath = (fs::path(run.dir) / (stem + ".emolens")).string();
            FoldCallbacks callbacks;
            callbacks.train = run.train;
            const FoldOutcome o = trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
            result = parseJson(o.toJson(fs::path(modelPath).filename().string()), file);
            result["parameters"] = model.parameterCount();
            writeFileAtomically(file, result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
        }
        const auto &m = result.at("metrics");
        auto num = [](const nlohmann::ordered_json &v) { return v.is_null() ? std::nan("") : v.get<double>(); };
        points.push_back({value, num(m.at("wa")), num(m.at("ua")), num(m.at("segmentAccuracy")),
                          result.value("parameters", std::int64_t(0)), fs::path(file).filename().string()});
    }
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    std::ostringstream tsv;
    tsv << run.param << "\twa\tua\tsegment_accuracy\tparameters\n";
    for (const auto &p : points) {
        rows.push_back({{"value", p.value}, {"wa", p.wa}, {"ua", p.ua}, {"segmentAccuracy", p.segmentAccuracy},
                        {"parameters", p.parameters}, {"file", p.file}});
        tsv << p.value << '\t' << p.wa << '\t' << p.ua << '\t' << p.segmentAccuracy << '\t' << p.parameters << '\n';
    }
    const nlohmann::ordered_json table{{"fold", fold.heldOut}, {"param", run.param}, {"rows", rows}};
    writeFileAtomically((fs::path(run.dir) / ("sweep-" + run.param + ".json")).string(), table.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    writeFileAtomically((fs::path(run.dir) / ("sweep-" + run.param + ".tsv")).string(), tsv.str());
    return points;
}

std::string sharedExperimentJson(const std::string &metadataJson)
{
    Json j = parseJson(metadataJson, "experiment");
    for (const char *key : {"emolens", "created", "heldOutSpeaker", "trainingSpeakers", "metrics", "history", "origin"})
        j.erase(key);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string CrossValSummary::toJson() const
{
    Json folds = Json::array();
    auto number = [](double v) { return std::isnan(v) ? Json(nullptr) : Json(v); };
    for (std::size_t i = 0; i < this->folds.size(); ++i)
        folds.push_back({{"fold", this->folds[i]},
                         {"wa", number(wa[i])},
                         {"ua", number(ua[i])},
                         {"segmentAccuracy", number(segmentAccuracy[i])},
                         {"utterances", utterances[i]}});
    return Json{{"experiment", parseJson(experimentJson, "summary")},
                {"folds", folds},
                {"wa", {{"mean", number(waMean.mean)}, {"sd", number(waMean.sd)}, {"n", waMean.n}}},
                {"ua", {{"mean", number(uaMean.mean)}, {"sd", number(uaMean.sd)}, {"n", uaMean.n}}},
                {"pooled",
                 {{"wa", number(pooled.weightedAccuracy())},
                  {"ua", number(pooled.unweightedAccuracy())},
                  {"utterances", pooled.total()},
                  {"confusion", parseJson(pooled.toJson(), "summary")}}}}
        .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

CrossValSummary CrossValSummary::fromFoldFiles(const std::vector<std::string> &files)
{
    std::vector<std::string> texts;
    for (const auto &file : files) {
        texts.push_back(readWholeFile(file));
        try {
            fromFoldJsons({texts.back()}); // each file on its own first, so an error can name it
        } catch (const Error &e) {
            throwBadInput(file, e.problem());
        }
    }
    return fromFoldJsons(texts);
}

CrossValSummary CrossValSummary::fromFoldJsons(const std::vector<std::string> &foldJsons)
{
    CrossValSummary s;
    if (foldJsons.empty())
        throwBadInput({}, "no finished folds to summarise");
    try {
        for (const auto &text : foldJsons) {
            const Json j = parseJson(text, "fold result");
            const std::string shared = sharedExperimentJson(j.at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            if (s.experimentJson.empty())
                s.experimentJson = shared;
            else if (shared != s.experimentJson)
                throwBadInput({}, "fold " + j.at("fold").get<std::string>() +
                                      " comes from a different experiment (protocol, features, model or training differ)");
            const ConfusionMatrix m = ConfusionMatrix::fromJson(j.at("metrics").at("confusion").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            if (s.folds.empty())
                s.pooled = ConfusionMatrix(m.classes());
            s.pooled.merge(m);
            s.folds.push_back(j.at("fold").get<std::string>());
            s.wa.push_back(m.weightedAccuracy());
            s.ua.push_back(m.unweightedAccuracy());
            const auto &metrics = j.at("metrics");
            const auto segments = metrics.at("segments").get<std::int64_t>();
            s.segmentAccuracy.push_back(segments ? static_cast<double>(metrics.at("segmentCorrect").get<std::int64_t>()) / segments
                                                 : std::numeric_limits<double>::quiet_NaN());
            s.utterances.push_back(m.total());
        }
    } catch (const nlohmann::json::exception &e) {
        throwBadInput({}, std::string("malformed fold result: ") + e.what());
    }
    s.waMean = meanAndSd(s.wa);
    s.uaMean = meanAndSd(s.ua);
    return s;
}

CrossValSummary CrossValSummary::fromJson(const std::string &json, const std::string &context)
{
    CrossValSummary s;
    try {
        const Json j = parseJson(json, context);
        s.experimentJson = j.at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        for (const auto &f : j.at("folds")) {
            s.folds.push_back(f.at("fold").get<std::string>());
            auto num = [](const Json &v) { return v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>(); };
            s.wa.push_back(num(f.at("wa")));
            s.ua.push_back(num(f.at("ua")));
            s.segmentAccuracy.push_back(num(f.at("segmentAccuracy")));
            s.utterances.push_back(f.at("utterances").get<std::int64_t>());
        }
        s.pooled = ConfusionMatrix::fromJson(j.at("pooled").at("confusion").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(context, std::string("malformed cross-validation summary: ") + e.what());
    } catch (const Error &e) {
        throwBadInput(context, e.problem());
    }
    s.waMean = meanAndSd(s.wa);
    s.uaMean = meanAndSd(s.ua);
    return s;
}

} // namespace emolens
