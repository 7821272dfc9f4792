// The paper's receptive-field and pooling study: one fold retrained per value of one
// model parameter, each value's result kept (and read back when rerun), and the table
// labelled exploratory (it is scored on the held-out speaker).
#include "emolens/CrossValidation.h"
#include "emolens/Error.h"
#include "emolens/FileLock.h"
#include "emolens/Files.h"
#include "io/Json.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace emolens {

namespace {

/// \p base with the swept parameter set to \p value, checked.
ExperimentSetup sweptSetup(const ExperimentSetup &base, const std::string &param, const std::string &value)
{
    ExperimentSetup setup = base;
    if (param == "pooling") {
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
        (param == "conv1a-height" ? setup.model.conv1aHeight : setup.model.conv1bWidth) = v;
    }
    if (const auto problems = setup.model.validate(); !problems.empty())
        throwBadInput({}, "sweep value " + value + ": " + problems.front());
    return setup;
}

/// A value's result written earlier, refused when another experiment wrote it.
nlohmann::ordered_json finishedValue(const ExperimentSetup &setup, const Selection &selection, const std::string &file)
{
    nlohmann::ordered_json result = parseJson(readWholeFile(file), file);
    if (sharedExperimentJson(result.at("experiment").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) !=
        sharedExperimentJson(experimentMetadata(setup, selection).toJson()))
        throwBadInput(file, "was produced by a different experiment; use another output folder");
    return result;
}

/// One value's fold result: read back when it finished earlier (and is this experiment's),
/// else trained and written.
nlohmann::ordered_json sweepValue(const ExperimentSetup &setup, const Selection &selection, const Fold &fold,
                                  FeatureStore &store, const SweepRun &run, const std::string &value)
{
    namespace fs = std::filesystem;
    const std::string stem = "sweep-" + run.param + "-" + value;
    const std::string file = (fs::path(run.dir) / (stem + ".json")).string();
    if (fs::exists(file))
        return finishedValue(setup, selection, file);
    // One process per value: another sweep into this folder may be on it. Wait for it
    // (its result then exists) rather than leave a hole in this sweep's table.
    std::string holder;
    std::unique_ptr<FileLock> lock;
    for (bool told = false; !(lock = FileLock::tryLock((fs::path(run.dir) / (stem + ".lock")).string(), &holder));) {
        if (!told && run.valueBusy)
            run.valueBusy(value, holder);
        told = true;
        if (run.train.cancel && run.train.cancel->load())
            throw Error(ErrorKind::Cancelled, {}, "cancelled while waiting for another process to train " + stem);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    if (fs::exists(file)) // the other process finished it
        return finishedValue(setup, selection, file);
    if (run.valueStarted)
        run.valueStarted(value);
    AttentionPoolingCnn model;
    const std::string modelPath = (fs::path(run.dir) / (stem + ".emolens")).string();
    FoldCallbacks callbacks;
    callbacks.train = run.train;
    const FoldOutcome o = trainAndSaveFold(setup, selection, fold, store, modelPath, model, callbacks);
    nlohmann::ordered_json result = parseJson(o.toJson(fs::path(modelPath).filename().string()), file);
    result["parameters"] = model.parameterCount();
    writeFileAtomically(file, result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    return result;
}

/// DIR/sweep-PARAM.json and .tsv: the table, labelled exploratory.
void writeSweepTable(const SweepRun &run, const Fold &fold, const std::vector<SweepPoint> &points)
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    std::ostringstream tsv;
    tsv << "# " << kSweepScoredOn << '\n' << run.param << "\twa\tua\tsegment_accuracy\tparameters\n";
    for (const auto &p : points) {
        rows.push_back({{"value", p.value},
                        {"wa", p.wa},
                        {"ua", p.ua},
                        {"segmentAccuracy", p.segmentAccuracy},
                        {"parameters", p.parameters},
                        {"file", p.file}});
        tsv << p.value << '\t' << p.wa << '\t' << p.ua << '\t' << p.segmentAccuracy << '\t' << p.parameters << '\n';
    }
    const nlohmann::ordered_json table{
        {"fold", fold.heldOut}, {"param", run.param}, {"scoredOn", kSweepScoredOn}, {"rows", rows}};
    const std::filesystem::path dir(run.dir);
    writeFileAtomically((dir / ("sweep-" + run.param + ".json")).string(),
                        table.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    writeFileAtomically((dir / ("sweep-" + run.param + ".tsv")).string(), tsv.str());
}

} // namespace

std::vector<SweepPoint> runSweep(const ExperimentSetup &base, const Selection &selection, const Fold &fold,
                                 FeatureStore &store, const SweepRun &run)
{
    if (run.param != "conv1a-height" && run.param != "conv1b-width" && run.param != "pooling")
        throwBadInput({}, "sweep parameter must be conv1a-height, conv1b-width or pooling, not '" + run.param + "'");
    std::error_code ec;
    std::filesystem::create_directories(run.dir, ec);
    if (ec)
        throwIo(run.dir, "cannot create the output folder (" + ec.message() + ")");
    std::vector<SweepPoint> points;
    for (const auto &value : run.values) {
        const ExperimentSetup setup = sweptSetup(base, run.param, value);
        const nlohmann::ordered_json result = sweepValue(setup, selection, fold, store, run, value);
        const auto &m = result.at("metrics");
        auto num = [](const nlohmann::ordered_json &v) { return v.is_null() ? std::nan("") : v.get<double>(); };
        points.push_back({value, num(m.at("wa")), num(m.at("ua")), num(m.at("segmentAccuracy")),
                          result.value("parameters", std::int64_t(0)), "sweep-" + run.param + "-" + value + ".json"});
    }
    writeSweepTable(run, fold, points);
    return points;
}

} // namespace emolens
