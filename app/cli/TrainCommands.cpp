// train, crossval, report and sweep: the experiment commands.
#include "Commands.h"
#include "Experiment.h"
#include "Report.h"

#include "emolens/Device.h"
#include "emolens/Error.h"
#include "emolens/FileLock.h"
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

struct TrainCommandOptions {
    ExperimentOptions experiment;
    std::string out;
    std::string fold;
    std::string json;
};

struct CrossvalOptions {
    ExperimentOptions experiment;
    std::string out;
    std::string folds = "all";
    std::string models;
    bool plan = false;
};

struct SweepOptions {
    ExperimentOptions experiment;
    std::string out;
    std::string fold;
    std::string param;
    std::string values;
};

/// Trains and evaluates one fold, with a resumable checkpoint next to the model.
FoldOutcome trainFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold, FeatureStore &store,
                      const std::string &modelPath, const ExperimentOptions &options, AttentionPoolingCnn &model)
{
    FoldCallbacks callbacks;
    callbacks.train = consoleTrainOptions("[" + fold.heldOut + "]", options);
    std::cerr << "fold " << fold.heldOut << ": " << fold.train.size() << " training utterances ("
              << fold.trainSpeakers.size() << " speakers), " << fold.test.size() << " test utterances\n";
    callbacks.compareBfloat16 = bfloat16IsNative();
    return trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
}

int runTrain(TrainCommandOptions &o)
{
    const std::string *out = &o.out;
    ExperimentSetup setup = finishSetup(o.experiment);
    requireWritable(*out);
    if (!o.json.empty())
        requireWritable(o.json); // now, not after the training
    // One writer per model: a second run given the same --out would overwrite the first's
    // weights and checkpoint, and report weights it did not train.
    std::string holder;
    const auto lock = FileLock::tryLock(*out + ".lock", &holder);
    if (!lock)
        throwBadInput(*out, "is being trained by another emolens-cli (" +
                                (holder.empty() ? "its lock is held" : holder) +
                                "); give another --out, or wait for that run");
    installCancelHandler();
    const Selection selection = selectFromSetup(setup);
    // After the inputs are checked (their error stays the only line), before any features or training.
    o.experiment.computeDevice = chooseAndSayDevice(o.experiment.device);
    auto store = makeStore(o.experiment, setup.features);
    AttentionPoolingCnn model;

    if (!o.fold.empty()) {
        const Fold fold = planLeaveOneSpeakerOut(selection, {o.fold}).front();
        const FoldOutcome outcome = trainFold(setup, selection, fold, *store, *out, o.experiment, model);
        const std::string report = outcome.toJson(*out);
        if (!o.json.empty())
            writeTextFile(o.json, report);
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
    TrainOptions options = consoleTrainOptions("[all]", o.experiment);
    options.checkpointPath = *out + ".ckpt";
    const TrainResult r =
        trainModel(model, *store, selection.utterances, selection.classIndex, setup.training, options);
    for (const auto &[speaker, row] : selection.counts())
        m.trainingSpeakers.push_back(speaker);
    m.historyJson = historyToJson(r.history);
    saveModel(*out, model, m);
    std::error_code ec;
    fs::remove(options.checkpointPath, ec);
    if (!o.json.empty())
        writeTextFile(o.json, Json{{"experiment", Json::parse(m.toJson())},
                                   {"model", *out},
                                   {"trainingSeconds", r.seconds},
                                   {"computedOn", computeDescription(options.device)}}
                                  .dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    std::cout << "trained on all " << m.trainingSpeakers.size()
              << " speakers (no held-out speaker, so no test figures); model written to " << *out << '\n';
    return 0;
}

int runCrossval(CrossvalOptions &o)
{
    const std::string *dir = &o.out;
    ExperimentSetup setup = finishSetup(o.experiment);
    const Selection selection = selectFromSetup(setup);
    const std::string &foldsArg = o.folds;
    if (o.plan) {
        // The folds this command would run, one held-out speaker per line (finished ones marked on stderr).
        if (resultsFolderMatch(setup, selection, *dir) == ResultsFolder::OtherExperiment)
            throwBadInput(*dir, "holds a different experiment's results; use another output folder");
        for (const auto &fold :
             planLeaveOneSpeakerOut(selection, foldsArg == "all" ? std::vector<std::string>{} : splitList(foldsArg))) {
            std::cout << fold.heldOut << '\n';
            if (fs::exists(fs::path(*dir) / ("fold-" + fold.heldOut + ".json")))
                std::cerr << "fold " << fold.heldOut << ": finished\n";
        }
        return 0;
    }
    // Not for --plan: a login node without the GPUs the tasks will have still lists the folds.
    o.experiment.computeDevice = chooseAndSayDevice(o.experiment.device);
    installCancelHandler();
    auto store = makeStore(o.experiment, setup.features);
    CrossValRun run;
    run.dir = *dir;
    run.modelsDir = o.models.empty() ? *dir : o.models;
    run.folds = foldsArg == "all" ? std::vector<std::string>{} : splitList(foldsArg);
    run.foldSkipped = [](const Fold &fold, const std::string &file) {
        std::cerr << "fold " << fold.heldOut << ": finished earlier (" << file << "), skipped\n";
    };
    // Each fold gets console progress labelled with its speaker (runCrossValidation reads run.train after this).
    run.foldStarted = [&run, &o](const Fold &fold) {
        run.train = consoleTrainOptions("[" + fold.heldOut + "]", o.experiment);
        std::cerr << "fold " << fold.heldOut << ": " << fold.train.size() << " training utterances ("
                  << fold.trainSpeakers.size() << " speakers), " << fold.test.size() << " test utterances\n";
    };
    run.train = consoleTrainOptions("", o.experiment);
    run.foldFinished = [](const FoldOutcome &outcome, const std::string &file) {
        std::cerr << "fold " << outcome.fold.heldOut << ": WA " << percent(outcome.evaluation.weightedAccuracy())
                  << " %, UA " << percent(outcome.evaluation.unweightedAccuracy()) << " % -> " << file << '\n';
    };
    run.foldBusy = [](const Fold &fold, const std::string &holder) {
        std::cerr << "fold " << fold.heldOut << ": another process runs it ("
                  << (holder.empty() ? "its lock is held" : holder) << "); left to it\n";
    };
    const CrossValSummary summary = runCrossValidation(setup, selection, *store, run);
    if (summary.folds.empty()) {
        std::cout << "no fold has finished in " << *dir << " yet\n";
        return 0;
    }
    printSummary(std::cout, summary);
    return 0;
}

int runSweep(SweepOptions &o, const CLI::App &command)
{
    const std::string *dir = &o.out, *speaker = &o.fold, *param = &o.param;
    if (command.count("--" + *param) > 0)
        throw UsageError("--" + *param + " is the swept parameter; give its values with --values");
    ExperimentSetup base = finishSetup(o.experiment);
    installCancelHandler();
    const Selection selection = selectFromSetup(base);
    const Fold fold = planLeaveOneSpeakerOut(selection, {*speaker}).front();
    o.experiment.computeDevice = chooseAndSayDevice(o.experiment.device);
    auto store = makeStore(o.experiment, base.features);
    SweepRun run;
    run.dir = *dir;
    run.param = *param;
    run.values = splitList(o.values);
    run.train = consoleTrainOptions("[" + *speaker + "]", o.experiment);
    run.valueStarted = [&](const std::string &value) { std::cerr << *param << " = " << value << ":\n"; };
    run.valueBusy = [&](const std::string &value, const std::string &holder) {
        std::cerr << *param << " = " << value << ": another process trains it ("
                  << (holder.empty() ? std::string("its lock is held") : holder) << "); waiting for its result\n";
    };
    const std::vector<SweepPoint> points = runSweep(base, selection, fold, *store, run);
    std::cout << "held-out speaker " << *speaker << " - " << kSweepScoredOn << "\n"
              << std::left << std::setw(16) << *param << std::right << std::setw(8) << "WA %" << std::setw(8) << "UA %"
              << std::setw(10) << "seg. %" << std::setw(12) << "parameters" << '\n';
    for (const auto &p : points)
        std::cout << std::left << std::setw(16) << p.value << std::right << std::setw(8) << percent(p.wa)
                  << std::setw(8) << percent(p.ua) << std::setw(10) << percent(p.segmentAccuracy) << std::setw(12)
                  << p.parameters << '\n';
    return 0;
}

} // namespace

void addTrainCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<TrainCommandOptions>();
    CLI::App *c =
        addCommand(app, run, "train", "train the attention-pooling CNN (one held-out speaker, or every speaker)", o,
                   [](TrainCommandOptions &options) { return runTrain(options); });
    setFooter(*c,
              "Trains on every speaker but --fold's and scores the held-out speaker (WA, UA, segment accuracy, "
              "confusion). Without --fold it trains on every speaker and scores nothing. MODEL holds the weights and "
              "the full protocol; MODEL.ckpt is written after every epoch and resumed from if the run is interrupted "
              "(Ctrl-C).");
    c->add_option("--out", o->out, "the model file to write")->required();
    c->add_option("--fold", o->fold, "the held-out speaker");
    c->add_option("--json", o->json, "write the fold result (metrics, predictions, protocol) to this file");
    addExperimentOptions(*c, o->experiment);
}

void addCrossvalCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<CrossvalOptions>();
    CLI::App *c = addCommand(app, run, "crossval", "leave-one-speaker-out cross-validation (resumable)", o,
                             [](CrossvalOptions &options) { return runCrossval(options); });
    setFooter(*c,
              "One fold per speaker: train on the others, score the held-out one. Writes DIR/fold-<speaker>.json "
              "(metrics, predictions, the same scoring in bfloat16, protocol, commit) and DIR/summary.json (per-fold "
              "WA/UA, mean and sd, pooled confusion, rebuilt from every fold file in DIR after every fold). Rerunning "
              "skips folds whose result is in DIR (with or without the model) and resumes an interrupted one from its "
              "checkpoint; another protocol's results in DIR are refused.");
    c->add_option("--out", o->out, "the results folder")->required();
    c->add_option("--folds", o->folds, "all, or the held-out speakers A,B,...")->capture_default_str();
    c->add_option("--models", o->models,
                  "where models and checkpoints go (default: the results folder), so the "
                  "results folder can hold only small files");
    c->add_flag("--plan", o->plan, "print the folds (held-out speakers) one per line and exit");
    addExperimentOptions(*c, o->experiment);
}

void addSweepCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<SweepOptions>();
    CLI::App *c = app.add_subcommand("sweep", "rerun one fold while varying conv1a height, conv1b width or pooling");
    c->configurable();
    c->callback([&run, o, c] { run = [o, c] { return runSweep(*o, *c); }; });
    setFooter(*c,
              "The paper's receptive-field and pooling experiments. Each value trains and scores the fold; results go "
              "to DIR/sweep-NAME-VALUE.json and the table to DIR/sweep-NAME.json and .tsv. Finished values are "
              "skipped when rerun. Exploratory: scored on the held-out speaker.");
    c->add_option("--fold", o->fold, "the held-out speaker")->required();
    c->add_option("--param", o->param, "the varied setting")
        ->required()
        ->check(CLI::IsMember({"conv1a-height", "conv1b-width", "pooling"}));
    c->add_option("--values", o->values, "its values, A,B,...")->required();
    c->add_option("--out", o->out, "the results folder")->required();
    addExperimentOptions(*c, o->experiment);
}

} // namespace emolens::cli
