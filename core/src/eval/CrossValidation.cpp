// Leave-one-speaker-out runs into a results folder, their summaries, and the
// receptive-field/pooling sweep (CrossValidation.h). No torch here.
#include "emolens/CrossValidation.h"
#include "emolens/Error.h"
#include "emolens/FileLock.h"
#include "emolens/Files.h"
#include "io/Json.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace emolens {

namespace {
using Json = nlohmann::ordered_json;
} // namespace

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
            if (sharedExperimentJson(parseJson(readWholeFile(file), file)
                                         .at("experiment")
                                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) != expected)
                return ResultsFolder::OtherExperiment;
        } catch (const nlohmann::json::exception &) {
            return ResultsFolder::OtherExperiment; // unreadable: not ours to resume
        }
    }
    return any ? ResultsFolder::SameExperiment : ResultsFolder::Empty;
}

namespace {

void createFolder(const std::string &dir, const char *what)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throwIo(dir, std::string("cannot create the ") + what + " (" + ec.message() + ")");
}

/// A results folder holds one experiment: refuses (before any training) a folder whose
/// experiment.json or any fold result is another experiment's, and marks an empty one
/// as this experiment's (so a folder with only a checkpoint still says whose it is).
void claimResultsFolder(const std::string &dir, const std::string &expected, const std::string &metadataJson)
{
    const std::string marker = (std::filesystem::path(dir) / "experiment.json").string();
    if (std::filesystem::exists(marker) && sharedExperimentJson(readWholeFile(marker)) != expected)
        throwBadInput(marker,
                      "describes a different experiment (corpus, protocol, features, model or training differ); "
                      "use another output folder");
    for (const auto &file : foldResultFiles(dir)) {
        try {
            if (sharedExperimentJson(parseJson(readWholeFile(file), file)
                                         .at("experiment")
                                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) != expected)
                throwBadInput(file, "was produced by a different experiment (corpus, protocol, features, model or "
                                    "training differ); use another output folder");
        } catch (const nlohmann::json::exception &e) {
            throwBadInput(file, std::string("malformed fold result: ") + e.what());
        }
    }
    if (!std::filesystem::exists(marker))
        writeFileAtomically(marker, metadataJson + "\n");
}

} // namespace

CrossValSummary runCrossValidation(const ExperimentSetup &setup, const Selection &selection, FeatureStore &store,
                                   const CrossValRun &run)
{
    namespace fs = std::filesystem;
    const auto folds = planLeaveOneSpeakerOut(selection, run.folds);
    createFolder(run.dir, "output folder");
    const std::string modelsDir = run.modelsDir.empty() ? run.dir : run.modelsDir;
    createFolder(modelsDir, "models folder");
    // Every fold file in the folder, not only this call's: a run split over
    // processes (one fold each, or a job array) still gets one whole summary.
    auto summarise = [&] {
        CrossValSummary summary = CrossValSummary::fromFoldFiles(foldResultFiles(run.dir));
        writeFileAtomically((fs::path(run.dir) / "summary.json").string(), summary.toJson() + "\n");
        return summary;
    };
    const std::string metadata = experimentMetadata(setup, selection).toJson();
    claimResultsFolder(run.dir, sharedExperimentJson(metadata), metadata);
    for (const auto &fold : folds) {
        const std::string file = (fs::path(run.dir) / ("fold-" + fold.heldOut + ".json")).string();
        // The result is written after the model, so its presence means the fold finished.
        if (fs::exists(file)) {
            if (run.foldSkipped)
                run.foldSkipped(fold, file);
            continue;
        }
        // One process per fold: another (a job array task, a second run) may be on it.
        std::string holder;
        const auto lock =
            FileLock::tryLock((fs::path(modelsDir) / ("fold-" + fold.heldOut + ".lock")).string(), &holder);
        if (!lock) {
            if (run.foldBusy)
                run.foldBusy(fold, holder);
            continue;
        }
        if (fs::exists(file)) { // it finished between the check above and the lock
            if (run.foldSkipped)
                run.foldSkipped(fold, file);
            continue;
        }
        if (run.foldStarted)
            run.foldStarted(fold);
        AttentionPoolingCnn model;
        const std::string modelPath = (fs::path(modelsDir) / ("fold-" + fold.heldOut + ".emolens")).string();
        FoldCallbacks callbacks;
        callbacks.train = run.train;
        callbacks.compareBfloat16 = run.compareBfloat16 && bfloat16IsNative(); // emulated, it would only cost time
        const FoldOutcome outcome = trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
        // The model's path as seen from the results folder, so the two can live apart.
        writeFileAtomically(file, outcome.toJson(fs::path(modelPath).lexically_proximate(run.dir).string()) + "\n");
        summarise(); // current after every fold, so a long run can be inspected while it goes on
        if (run.foldFinished)
            run.foldFinished(outcome, file);
    }
    if (foldResultFiles(run.dir).empty()) {
        CrossValSummary none; // every fold asked for is another process's, and none has finished yet
        return none;
    }
    return summarise();
}

std::string sharedExperimentJson(const std::string &metadataJson)
{
    Json j = parseJson(metadataJson, "experiment");
    // What the run was, not how this build writes files: a fold from a build with another
    // model-file format (formatVersion) pools and resumes with the others.
    for (const char *key : {"emolens", "commit", "formatVersion", "created", "heldOutSpeaker", "trainingSpeakers",
                            "validationSpeakers", "metrics", "history", "origin"})
        j.erase(key);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string CrossValSummary::toJson() const
{
    Json folds = Json::array();
    auto number = [](double v) { return std::isnan(v) ? Json(nullptr) : Json(v); };
    std::int64_t changedUtterances = 0, changedSegments = 0, comparedSegments = 0, comparedFolds = 0;
    for (std::size_t i = 0; i < this->folds.size(); ++i) {
        Json f{{"fold", this->folds[i]},
               {"wa", number(wa[i])},
               {"ua", number(ua[i])},
               {"segmentAccuracy", number(segmentAccuracy[i])},
               {"utterances", utterances[i]},
               {"trainingSeconds", number(trainingSeconds[i])},
               {"commit", commits[i]},
               {"epochs", epochs[i]},
               {"chosenEpoch", chosenEpochs[i]},
               {"computedOn", i < computedOn.size() ? computedOn[i] : std::string("not recorded")}};
        if (bf16UtterancesChanged[i] >= 0) {
            f["bfloat16"] = {{"wa", number(bf16Wa[i])},
                             {"ua", number(bf16Ua[i])},
                             {"utterancesChanged", bf16UtterancesChanged[i]},
                             {"segmentsChanged", bf16SegmentsChanged[i]},
                             {"segmentsCompared", bf16SegmentsCompared[i]}};
            changedUtterances += bf16UtterancesChanged[i];
            changedSegments += bf16SegmentsChanged[i];
            comparedSegments += bf16SegmentsCompared[i];
            ++comparedFolds;
        }
        folds.push_back(f);
    }
    std::vector<std::string> distinct = commits;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    Json out{{"experiment", parseJson(experimentJson, "summary")},
             {"commits", distinct},
             {"folds", folds},
             {"wa", {{"mean", number(waMean.mean)}, {"sd", number(waMean.sd)}, {"n", waMean.n}}},
             {"ua", {{"mean", number(uaMean.mean)}, {"sd", number(uaMean.sd)}, {"n", uaMean.n}}},
             {"pooled",
              {{"wa", number(pooled.weightedAccuracy())},
               {"ua", number(pooled.unweightedAccuracy())},
               {"utterances", pooled.total()},
               {"confusion", parseJson(pooled.toJson(), "summary")}}}};
    if (comparedFolds > 0)
        out["bfloat16"] = {{"folds", comparedFolds},
                           {"utterancesChanged", changedUtterances},
                           {"segmentsChanged", changedSegments},
                           {"segmentAgreement", comparedSegments ? 1.0 - static_cast<double>(changedSegments) /
                                                                             static_cast<double>(comparedSegments)
                                                                 : 1.0}};
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
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

namespace {

/// A fold's training time. A resumed fold's "trainingSeconds" count only the run that
/// finished it; the epochs before the resume are in its history (each epoch's seconds).
double trainingSecondsOf(const Json &fold)
{
    if (!fold.contains("trainingSeconds"))
        return std::numeric_limits<double>::quiet_NaN();
    double seconds = fold.at("trainingSeconds").get<double>();
    const int resumedAfter = fold.value("resumedAfterEpoch", 0);
    if (resumedAfter > 0)
        for (const auto &h : fold.at("experiment").value("history", Json::array()))
            if (h.value("epoch", 0) <= resumedAfter)
                seconds += h.value("seconds", 0.0);
    return seconds;
}

/// A fold's bfloat16 check (FoldOutcome::bfloat16) onto \p s; "not scored" for folds without one.
void addBfloat16(CrossValSummary &s, const Json &j)
{
    if (!j.contains("bfloat16")) {
        s.bf16Wa.push_back(std::numeric_limits<double>::quiet_NaN());
        s.bf16Ua.push_back(std::numeric_limits<double>::quiet_NaN());
        s.bf16UtterancesChanged.push_back(-1);
        s.bf16SegmentsChanged.push_back(-1);
        s.bf16SegmentsCompared.push_back(0);
        return;
    }
    const auto &b = j.at("bfloat16");
    const ConfusionMatrix bm = ConfusionMatrix::fromJson(
        b.at("metrics").at("confusion").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    s.bf16Wa.push_back(bm.weightedAccuracy());
    s.bf16Ua.push_back(bm.unweightedAccuracy());
    s.bf16UtterancesChanged.push_back(b.at("utterancesChanged").get<std::int64_t>());
    s.bf16SegmentsChanged.push_back(b.at("segmentsChanged").get<std::int64_t>());
    s.bf16SegmentsCompared.push_back(b.at("segmentsCompared").get<std::int64_t>());
}

} // namespace

CrossValSummary CrossValSummary::fromFoldJsons(const std::vector<std::string> &foldJsons)
{
    CrossValSummary s;
    if (foldJsons.empty())
        throwBadInput({}, "no finished folds to summarise");
    try {
        for (const auto &text : foldJsons) {
            const Json j = parseJson(text, "fold result");
            const std::string shared =
                sharedExperimentJson(j.at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            if (s.experimentJson.empty())
                s.experimentJson = shared;
            else if (shared != s.experimentJson)
                throwBadInput({},
                              "fold " + j.at("fold").get<std::string>() +
                                  " comes from a different experiment (protocol, features, model or training differ)");
            const ConfusionMatrix m = ConfusionMatrix::fromJson(
                j.at("metrics").at("confusion").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            if (s.folds.empty())
                s.pooled = ConfusionMatrix(m.classes());
            s.pooled.merge(m);
            s.folds.push_back(j.at("fold").get<std::string>());
            s.wa.push_back(m.weightedAccuracy());
            s.ua.push_back(m.unweightedAccuracy());
            const auto &metrics = j.at("metrics");
            const auto segments = metrics.at("segments").get<std::int64_t>();
            s.segmentAccuracy.push_back(
                segments ? static_cast<double>(metrics.at("segmentCorrect").get<std::int64_t>()) / segments
                         : std::numeric_limits<double>::quiet_NaN());
            s.utterances.push_back(m.total());
            s.trainingSeconds.push_back(trainingSecondsOf(j));
            s.commits.push_back(j.at("experiment").value("commit", std::string("not recorded")));
            s.computedOn.push_back(j.value("computedOn", std::string("not recorded")));
            const Json schedule = j.value("schedule", Json::object());
            s.epochs.push_back(
                schedule.value("epochs", static_cast<int>(j.at("experiment").value("history", Json::array()).size())));
            s.chosenEpochs.push_back(schedule.value(
                "chosenEpoch", static_cast<int>(j.at("experiment").value("history", Json::array()).size())));
            addBfloat16(s, j);
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
            auto num = [](const Json &v) {
                return v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>();
            };
            s.wa.push_back(num(f.at("wa")));
            s.ua.push_back(num(f.at("ua")));
            s.segmentAccuracy.push_back(num(f.at("segmentAccuracy")));
            s.utterances.push_back(f.at("utterances").get<std::int64_t>());
            s.trainingSeconds.push_back(f.contains("trainingSeconds") ? num(f.at("trainingSeconds"))
                                                                      : std::numeric_limits<double>::quiet_NaN());
            s.commits.push_back(f.value("commit", std::string("not recorded")));
            s.computedOn.push_back(f.value("computedOn", std::string("not recorded")));
            s.epochs.push_back(f.value("epochs", 0));
            s.chosenEpochs.push_back(f.value("chosenEpoch", 0));
            const bool compared = f.contains("bfloat16");
            s.bf16Wa.push_back(compared ? num(f.at("bfloat16").at("wa")) : std::numeric_limits<double>::quiet_NaN());
            s.bf16Ua.push_back(compared ? num(f.at("bfloat16").at("ua")) : std::numeric_limits<double>::quiet_NaN());
            s.bf16UtterancesChanged.push_back(compared ? f.at("bfloat16").at("utterancesChanged").get<std::int64_t>()
                                                       : -1);
            s.bf16SegmentsChanged.push_back(compared ? f.at("bfloat16").at("segmentsChanged").get<std::int64_t>() : -1);
            s.bf16SegmentsCompared.push_back(compared ? f.at("bfloat16").at("segmentsCompared").get<std::int64_t>()
                                                      : 0);
        }
        s.pooled = ConfusionMatrix::fromJson(
            j.at("pooled").at("confusion").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
