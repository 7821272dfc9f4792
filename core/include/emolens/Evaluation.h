#pragma once
/// \file Evaluation.h
/// Prediction, leave-one-speaker-out folds, and fold results. An utterance's
/// prediction is the mean of its segments' softmax probabilities (segments at
/// the evaluation hop, 0.4 s; an utterance shorter than 2 s is one zero-padded
/// segment, never dropped). Folds are speaker-disjoint and checked to be.

#include "emolens/Corpus.h"
#include "emolens/FeatureStore.h"
#include "emolens/Metrics.h"
#include "emolens/Model.h"
#include "emolens/ModelFile.h"
#include "emolens/Progress.h"
#include "emolens/Training.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace emolens {

struct SegmentPrediction {
    double startSeconds = 0.0, endSeconds = 0.0;
    double paddedSeconds = 0.0; ///< zero padding past the signal's end
    std::vector<float> probabilities;
};

struct UtterancePrediction {
    std::vector<float> probabilities; ///< mean of the segments' softmax
    int predicted = -1; ///< argmax of probabilities
    std::vector<SegmentPrediction> segments;
};

/// Runs \p model over every segment of \p features (in batches of \p batchSize).
UtterancePrediction predictUtterance(AttentionPoolingCnn &model, const UtteranceFeatures &features, int sampleRateHz,
                                     int batchSize = 16);

/// The same for a whole signal (mono, at the front end's rate, segmented at its
/// evaluation hop), streaming: features are computed and predicted one batch at a
/// time, so memory beyond the signal itself stays at one batch of matrices
/// however long the signal is. Progress is the fraction of segments done.
UtterancePrediction predictSignal(AttentionPoolingCnn &model, FrontEnd &frontEnd, const std::vector<float> &signal,
                                  int batchSize = 16, const ProgressFn &progress = {},
                                  const CancelToken *cancel = nullptr);

/// One leave-one-speaker-out fold: indices into Selection::utterances.
struct Fold {
    std::string heldOut;
    std::vector<std::size_t> train, test;
    std::vector<std::string> trainSpeakers;
    std::vector<std::size_t> validation; ///< empty unless withValidation split some off
    std::vector<std::string> validationSpeakers;
};

/// One fold per speaker of \p selection (sorted by name), or only for the
/// speakers in \p only. Throws Error(BadInput) for an unknown speaker in \p only
/// or when fewer than two speakers remain. Every fold passes checkSpeakerDisjoint
/// and checkNoSharedAudio.
std::vector<Fold> planLeaveOneSpeakerOut(const Selection &selection, const std::vector<std::string> &only = {});

/// \p fold with \p count of its training speakers moved to validation: the
/// speakers that follow the held-out one in sorted order (cyclically), so the
/// choice rotates over the folds and depends on nothing but the speaker names —
/// never on the held-out speaker's data. Throws Error(BadInput) unless at least
/// one training speaker remains. \p count 0 returns \p fold unchanged.
Fold withValidation(const Selection &selection, const Fold &fold, int count);

/// Throws Error(Internal) when a speaker has utterances on both sides of
/// \p fold, when a test utterance is not the held-out speaker's, or when an
/// utterance is on both sides.
void checkSpeakerDisjoint(const Selection &selection, const Fold &fold);

/// Throws Error(BadInput) naming both utterances when a test utterance and a
/// training utterance use the same audio: the same file (after resolving links
/// and "..") with overlapping regions, or a byte-identical copy of it under
/// another name (files of equal size are compared by a content digest). Checked
/// by audio, not by row, so a corpus listing one recording under two speakers
/// cannot leak test audio into training.
void checkNoSharedAudio(const Selection &selection, const Fold &fold);

struct UtteranceResult {
    std::string id, speaker;
    int truth = -1, predicted = -1;
    std::vector<float> probabilities;
    int segments = 0;
    std::vector<int> segmentPredicted; ///< each segment's argmax, in time order
};

struct EvaluationResult {
    ConfusionMatrix confusion; ///< utterance level
    std::int64_t segmentCorrect = 0, segmentTotal = 0;
    std::vector<UtteranceResult> utterances;
    double seconds = 0.0;

    double weightedAccuracy() const { return confusion.weightedAccuracy(); }
    double unweightedAccuracy() const { return confusion.unweightedAccuracy(); }
    double segmentAccuracy() const;
    /// {"wa", "ua", "segmentAccuracy", "utterances", "segments", "segmentCorrect", "recall": {class: r}, "confusion":
    /// {...}}
    std::string metricsJson() const;
};

/// Evaluates \p model on the utterances \p indices of \p selection.
EvaluationResult evaluate(AttentionPoolingCnn &model, FeatureStore &store, const Selection &selection,
                          const std::vector<std::size_t> &indices, const ProgressFn &progress = {},
                          const CancelToken *cancel = nullptr);

/// Everything that defines an experiment besides the data.
struct ExperimentSetup {
    std::string corpusSpec;
    Protocol protocol;
    FeatureConfig features;
    ModelConfig model; ///< numClasses is set from the protocol
    TrainingConfig training;
};

/// The metadata every model and result of \p setup on \p selection carries: corpus,
/// protocol (with the selection's classes), the three configs, the model's class
/// count and input size taken from them. Fold-specific fields stay empty.
ModelMetadata experimentMetadata(const ExperimentSetup &setup, const Selection &selection);

struct FoldOutcome {
    Fold fold;
    ModelMetadata metadata; ///< written into the model file and the fold result
    TrainResult training;
    EvaluationResult evaluation;
    /// The same evaluation with bfloat16 inference, when asked for
    /// (FoldCallbacks::compareBfloat16): what switching precision would cost.
    std::optional<EvaluationResult> bfloat16;
    std::string computedOn; ///< computeDescription() of the training device
    /// The fold result file: {"fold", "experiment" (the metadata), "metrics",
    /// "predictions", "trainingSeconds", "evaluationSeconds", "computedOn", "model"} and, with
    /// a bfloat16 evaluation, "bfloat16": {"metrics", "utterancesChanged",
    /// "segmentsChanged", "segmentAgreement"} against the float32 one.
    std::string toJson(const std::string &modelFile = {}) const;
};

struct FoldCallbacks {
    TrainOptions train; ///< progress, cancel, checkpoint, threads
    ProgressFn evaluationProgress;
    /// Also evaluate the held-out speaker with bfloat16 inference (FoldOutcome::bfloat16).
    bool compareBfloat16 = false;
};

/// Trains on the fold's training speakers (their utterances only) and evaluates
/// on the held-out speaker. Returns the trained model in \p modelOut.
FoldOutcome runFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold, FeatureStore &store,
                    AttentionPoolingCnn &modelOut, const FoldCallbacks &callbacks = {});

/// Trains and evaluates \p fold, saves the model to \p modelPath (a checkpoint at
/// MODEL.ckpt while it trains, resumed when present, removed when done) and
/// returns the outcome with the metadata as saved.
FoldOutcome trainAndSaveFold(const ExperimentSetup &setup, const Selection &selection, const Fold &fold,
                             FeatureStore &store, const std::string &modelPath, AttentionPoolingCnn &model,
                             const FoldCallbacks &callbacks = {});

} // namespace emolens
