#pragma once
/// \file CrossValidation.h
/// Leave-one-speaker-out cross-validation into a results folder (resumable,
/// one JSON file per finished fold), its summary, and the one-fold sweep of the
/// paper's receptive-field and pooling study.

#include "emolens/Evaluation.h"

#include <functional>
#include <string>
#include <vector>

namespace emolens {

struct CrossValSummary;

/// A resumable leave-one-speaker-out run into a folder: DIR/fold-<speaker>.json
/// and DIR/summary.json (rewritten after every fold, from every fold file in
/// DIR), with each fold's model (and its checkpoint while it trains) in
/// MODELS/fold-<speaker>.emolens. A fold whose result file exists is finished
/// and skipped, with or without its model, so a folder holding only the small
/// result files (committed, say, or copied from another machine) resumes where
/// it stopped; a folder holding another experiment's folds is refused with
/// Error(BadInput).
struct CrossValRun {
    std::string dir;
    std::string modelsDir; ///< where models and checkpoints go; empty: dir
    std::vector<std::string> folds; ///< held-out speakers; empty: all
    /// Also score each fold with bfloat16 inference (FoldOutcome::bfloat16), on CPUs
    /// that run it natively (bfloat16IsNative).
    bool compareBfloat16 = true;
    TrainOptions train; ///< threads, cancel; progress and epochDone get the fold from foldStarted
    std::function<void(const Fold &)> foldStarted;
    std::function<void(const Fold &, const std::string &file)> foldSkipped;
    /// Another process holds the fold (MODELS/fold-X.lock): it is left to that one.
    /// \p holder names it when known.
    std::function<void(const Fold &, const std::string &holder)> foldBusy;
    std::function<void(const FoldOutcome &, const std::string &file)> foldFinished;
};
/// Runs the folds (skipping finished ones and ones another process holds) and returns
/// the summary of every fold file in run.dir; an empty summary (no folds) when none
/// has finished there yet.
CrossValSummary runCrossValidation(const ExperimentSetup &setup, const Selection &selection, FeatureStore &store,
                                   const CrossValRun &run);
/// The fold files of a cross-validation folder, sorted. Empty when there are none.
std::vector<std::string> foldResultFiles(const std::string &dir);

/// What a results folder holds compared with \p setup on \p selection: nothing
/// yet, the same experiment (a run there resumes and skips finished folds), or
/// another one (a run there is refused). Judged from DIR/experiment.json, which
/// runCrossValidation writes before its first fold (so a folder with only a
/// checkpoint is judged too), and from the fold results.
enum class ResultsFolder { Empty, SameExperiment, OtherExperiment };
ResultsFolder resultsFolderMatch(const ExperimentSetup &setup, const Selection &selection, const std::string &dir);

/// What a sweep's figures are: each value is scored on the fold's held-out
/// speaker, so choosing a value by them would choose on test data.
inline constexpr const char *kSweepScoredOn =
    "exploratory: scored on the held-out speaker (choosing a value by these figures chooses on test data)";

/// One point of a sweep: the fold retrained with one value of one model parameter.
struct SweepPoint {
    std::string value;
    double wa = 0, ua = 0, segmentAccuracy = 0;
    std::int64_t parameters = 0; ///< trainable parameters of that model
    std::string file; ///< its fold result, in the sweep folder
};

/// The paper's receptive-field and pooling study on one fold: \p param is
/// conv1a-height, conv1b-width or pooling. Each value trains into
/// DIR/sweep-PARAM-VALUE.{json,emolens} (finished values are read back, not
/// retrained), under a lock so that two sweeps sharing DIR never train one value
/// twice; DIR/sweep-PARAM.json and .tsv hold the table. Throws
/// Error(BadInput) for an unknown parameter or an invalid value.
struct SweepRun {
    std::string dir, param;
    std::vector<std::string> values;
    TrainOptions train;
    std::function<void(const std::string &value)> valueStarted;
    /// Another process trains this value in DIR (DIR/sweep-PARAM-VALUE.lock): the sweep waits
    /// for it (cancellable through train.cancel) and reads its result, or trains the value
    /// itself when that process ends without one. \p holder names it when known.
    std::function<void(const std::string &value, const std::string &holder)> valueBusy;
};
std::vector<SweepPoint> runSweep(const ExperimentSetup &setup, const Selection &selection, const Fold &fold,
                                 FeatureStore &store, const SweepRun &run);

/// Per-fold and pooled figures from fold result files' JSON texts (all must come
/// from the same experiment: Error(BadInput) otherwise).
struct CrossValSummary {
    std::vector<std::string> folds;
    std::vector<double> wa, ua, segmentAccuracy;
    std::vector<std::int64_t> utterances;
    std::vector<double> trainingSeconds; ///< per fold, NaN when not recorded
    std::vector<std::string> commits; ///< per fold: the build that trained it
    /// Per fold: where it was computed (FoldOutcome::computedOn); "not recorded" for older folds.
    std::vector<std::string> computedOn;
    std::vector<int> epochs, chosenEpochs; ///< per fold: the resolved length and the epoch kept (0: not recorded)
    /// Per fold, when the fold was also scored with bfloat16 inference (NaN / -1 otherwise).
    std::vector<double> bf16Wa, bf16Ua;
    std::vector<std::int64_t> bf16UtterancesChanged, bf16SegmentsChanged, bf16SegmentsCompared;
    MeanSd waMean, uaMean;
    ConfusionMatrix pooled;
    std::string experimentJson; ///< the shared protocol/features/model/training, without fold specifics
    std::string toJson() const;
    static CrossValSummary fromFoldJsons(const std::vector<std::string> &foldJsons);
    /// The same from fold files; an unreadable, truncated or foreign one is named in the error.
    static CrossValSummary fromFoldFiles(const std::vector<std::string> &files);
    static CrossValSummary fromJson(const std::string &json, const std::string &context);
};

/// The parts of a fold's experiment that every fold of one cross-validation
/// shares (drops held-out/training speakers, metrics, history, dates).
std::string sharedExperimentJson(const std::string &metadataJson);

} // namespace emolens
