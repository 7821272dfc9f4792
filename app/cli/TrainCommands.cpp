// train, crossval, report and sweep: the experiment commands.
#include "Commands.h"
#include "Experiment.h"
#include "Report.h"

#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/ModelFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace emolens::cli {

namespace {

using Json = nlohmann::ordered_json;

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::string item;
    for (char c : text + ",") {
        if (c != ',') {
            item += c;
        } else if (!item.empty()) {
            out.push_back(item);
            item.clear();
        }
    }
    return out;
}

/// Trains and evaluates one fold, with a resumable checkpoint next to the model.
FoldOutcome trainFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold, FeatureStore &store,
                      const std::string &modelPath, int threads, AttentionPoolingCnn &model)
{
    FoldCallbacks callbacks;
    callbacks.train = consoleTrainOptions("[" + fold.heldOut + "]", threads);
    std::cerr << "fold " << fold.heldOut << ": " << fold.train.size() << " training utterances ("
              << fold.trainSpeakers.size() << " speakers), " << fold.test.size() << " test utterances\n";
    callbacks.compareBfloat16 = bfloat16IsNative();
    return trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
}

} // namespace

int runTrain(const std::vector<std::string> &argv)
{
    auto values = experimentValueOptions();
    values.insert({"--fold", "--out", "--json"});
    const Args args(argv, values, experimentFlagOptions());
    if (!args.positionals().empty())
        throw UsageError("train takes no positional arguments (unexpected '" + args.positionals().front() + "')");
    const auto out = args.value("--out");
    if (!out)
        throw UsageError("train needs --out MODEL");
    ExperimentSetup setup = setupFromArgs(args);
    const int threads = threadsFromArgs(args);
    requireWritable(*out);
    if (const auto json = args.value("--json"))
        requireWritable(*json); // now, not after the training
    installCancelHandler();
    const Selection selection = selectFromSetup(setup);
    auto store = storeFromArgs(args, setup.features);
    AttentionPoolingCnn model;

    if (const auto speaker = args.value("--fold")) {
        const Fold fold = planLeaveOneSpeakerOut(selection, {*speaker}).front();
        const FoldOutcome outcome = trainFold(setup, selection, fold, *store, *out, threads, model);
        const std::string report = outcome.toJson(*out);
        if (const auto json = args.value("--json"))
            writeTextFile(*json, report);
        const Json m = Json::parse(outcome.evaluation.metricsJson());
        std::cout << "held-out speaker " << fold.heldOut << ": WA " << percent(outcome.evaluation.weightedAccuracy())
                  << " %, UA " << percent(outcome.evaluation.unweightedAccuracy()) << " %, segments "
                  << percent(outcome.evaluation.segmentAccuracy()) << " % (" << outcome.evaluation.confusion.total()
                  << " utterances)\n";
        printConfusion(std::cout, outcome.evaluation.confusion);
        std::cout << "model written to " << *out << '\n';
        return 0;
    }

    // No --fold: train on every speaker (a model for analysis; nothing held out to score).
    if (setup.training.validationSpeakers > 0)
        throw UsageError("--validation-speakers chooses the epoch within a fold; give --fold SPEAKER (or train with "
                         "--epochs/--steps set to the length the folds chose)");
    ModelMetadata m = experimentMetadata(setup, selection);
    model = AttentionPoolingCnn(m.model, setup.training.seed);
    TrainOptions options = consoleTrainOptions("[all]", threads);
    options.checkpointPath = *out + ".ckpt";
    const TrainResult r = trainModel(model, *store, selection.utterances, selection.classIndex, setup.training, options);
    for (const auto &[speaker, row] : selection.counts())
        m.trainingSpeakers.push_back(speaker);
    m.historyJson = historyToJson(r.history);
    saveModel(*out, model, m);
    std::error_code ec;
    fs::remove(options.checkpointPath, ec);
    if (const auto json = args.value("--json"))
        writeTextFile(*json, Json{{"experiment", Json::parse(m.toJson())}, {"model", *out}, {"trainingSeconds", r.seconds}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    std::cout << "trained on all " << m.trainingSpeakers.size() << " speakers (no held-out speaker, so no test figures); model written to "
              << *out << '\n';
    return 0;
}

int runCrossval(const std::vector<std::string> &argv)
{
    auto values = experimentValueOptions();
    values.insert({"--folds", "--out", "--models"});
    auto flags = experimentFlagOptions();
    flags.insert("--plan");
    const Args args(argv, values, flags);
    if (!args.positionals().empty())
        throw UsageError("crossval takes no positional arguments (unexpected '" + args.positionals().front() + "')");
    const auto dir = args.value("--out");
    if (!dir)
        throw UsageError("crossval needs --out DIR");
    ExperimentSetup setup = setupFromArgs(args);
    const int threads = threadsFromArgs(args);
    const Selection selection = selectFromSetup(setup);
    const std::string foldsArg = args.valueOr("--folds", "all");
    if (args.has("--plan")) {
        // The folds this command would run, one held-out speaker per line (finished ones marked on stderr).
        if (resultsFolderMatch(setup, selection, *dir) == ResultsFolder::OtherExperiment)
            throwBadInput(*dir, "holds a different experiment's results; use another output folder");
        for (const auto &fold : planLeaveOneSpeakerOut(selection, foldsArg == "all" ? std::vector<std::string>{} : splitList(foldsArg))) {
            std::cout << fold.heldOut << '\n';
            if (fs::exists(fs::path(*dir) / ("fold-" + fold.heldOut + ".json")))
                std::cerr << "fold " << fold.heldOut << ": finished\n";
        }
        return 0;
    }
    installCancelHandler();
    auto store = storeFromArgs(args, setup.features);
    CrossValRun run;
    run.dir = *dir;
    run.modelsDir = args.valueOr("--models", *dir);
    run.folds = foldsArg == "all" ? std::vector<std::string>{} : splitList(foldsArg);
    run.foldSkipped = [](const Fold &fold, const std::string &file) {
        std::cerr << "fold " << fold.heldOut << ": finished earlier (" << file << "), skipped\n";
    };
    // Each fold gets console progress labelled with its speaker (runCrossValidation reads run.train after this).
    run.foldStarted = [&run, threads](const Fold &fold) {
        run.train = consoleTrainOptions("[" + fold.heldOut + "]", threads);
        std::cerr << "fold " << fold.heldOut << ": " << fold.train.size() << " training utterances ("
                  << fold.trainSpeakers.size() << " speakers), " << fold.test.size() << " test utterances\n";
    };
    run.train = consoleTrainOptions("", threads);
    run.foldFinished = [](const FoldOutcome &outcome, const std::string &file) {
        std::cerr << "fold " << outcome.fold.heldOut << ": WA " << percent(outcome.evaluation.weightedAccuracy()) << " %, UA "
                  << percent(outcome.evaluation.unweightedAccuracy()) << " % -> " << file << '\n';
    };
    const CrossValSummary summary = runCrossValidation(setup, selection, *store, run);
    printSummary(std::cout, summary);
    return 0;
}

int runSweep(const std::vector<std::string> &argv)
{
    auto values = experimentValueOptions();
    values.insert({"--fold", "--out", "--param", "--values"});
    const Args args(argv, values, experimentFlagOptions());
    const auto dir = args.value("--out");
    const auto speaker = args.value("--fold");
    const auto param = args.value("--param");
    const auto list = args.value("--values");
    if (!dir || !speaker || !param || !list)
        throw UsageError("sweep needs --fold SPEAKER, --param NAME, --values A,B,... and --out DIR");
    if (*param != "conv1a-height" && *param != "conv1b-width" && *param != "pooling")
        throw UsageError("--param must be conv1a-height, conv1b-width or pooling");
    if (args.has("--" + *param))
        throw UsageError("--" + *param + " is the swept parameter; give its values with --values");
    ExperimentSetup base = setupFromArgs(args);
    const int threads = threadsFromArgs(args);
    installCancelHandler();
    const Selection selection = selectFromSetup(base);
    const Fold fold = planLeaveOneSpeakerOut(selection, {*speaker}).front();
    auto store = storeFromArgs(args, base.features);
    SweepRun run;
    run.dir = *dir;
    run.param = *param;
    run.values = splitList(*list);
    run.train = consoleTrainOptions("[" + *speaker + "]", threads);
    run.valueStarted = [&](const std::string &value) { std::cerr << *param << " = " << value << ":\n"; };
    const std::vector<SweepPoint> points = runSweep(base, selection, fold, *store, run);
    std::cout << "held-out speaker " << *speaker << " - " << kSweepScoredOn << "\n" << std::left << std::setw(16) << *param << std::right << std::setw(8)
              << "WA %" << std::setw(8) << "UA %" << std::setw(10) << "seg. %" << std::setw(12) << "parameters" << '\n';
    for (const auto &p : points)
        std::cout << std::left << std::setw(16) << p.value << std::right << std::setw(8) << percent(p.wa) << std::setw(8)
                  << percent(p.ua) << std::setw(10) << percent(p.segmentAccuracy) << std::setw(12) << p.parameters << '\n';
    return 0;
}

} // namespace emolens::cli
