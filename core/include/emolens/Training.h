#pragma once
/// \file Training.h
/// Training with the paper's schedule: SGD with Nesterov momentum 0.9, weight
/// decay 1e-4, batch 64, learning rate 0.05 divided by 10 at epochs 21, 31 and
/// 41, 50 epochs, cross-entropy over 2 s segments at the 1 s hop, each carrying
/// its utterance's label. Seeded: the same data, config and seed give the same
/// weights. Nothing here sees a test speaker; there is no early stopping.

#include "emolens/Corpus.h"
#include "emolens/Device.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/Progress.h"
#include "emolens/TrainingConfig.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace emolens {

/// Reported after every batch (on the training thread).
struct TrainProgress {
    int epoch = 0, epochs = 0; ///< 1-based epoch
    int batch = 0, batches = 0; ///< 1-based batch within the epoch
    double loss = 0.0; ///< mean cross-entropy of the epoch so far
    double accuracy = 0.0; ///< segment accuracy of the epoch so far (training mode)
    double learningRate = 0.0;
    double elapsedSeconds = 0.0; ///< since this call started
    double etaSeconds = 0.0; ///< estimate for the remaining epochs of this call
};

struct EpochStats {
    int epoch = 0;
    double loss = 0.0, accuracy = 0.0, learningRate = 0.0, seconds = 0.0;
    std::int64_t segments = 0;
    /// On the validation speakers after this epoch (NaN without validation).
    double validationWa = std::nan(""), validationUa = std::nan(""), validationLoss = std::nan("");
};

/// A model's scores on the validation speakers.
struct ValidationScore {
    double wa = 0.0, ua = 0.0;
    double loss = 0.0; ///< mean cross-entropy of the utterance-level probabilities
};

struct TrainOptions {
    std::function<void(const TrainProgress &)> progress;
    std::function<void(const EpochStats &)> epochDone;
    /// Fraction of the training utterances whose features are ready (before the first epoch).
    ProgressFn prepareProgress;
    /// Called once when training resumes from a checkpoint, with the epochs it already holds.
    std::function<void(const std::vector<EpochStats> &)> resumed;
    const CancelToken *cancel = nullptr;
    /// Written (atomically) after every epoch; when it exists at the start and
    /// belongs to the same run (configs, seed and training utterances), training
    /// resumes after its last epoch with identical results. A checkpoint from a
    /// different run is refused with Error(BadInput).
    std::string checkpointPath;
    int threads = 0; ///< intra-op threads; <= 0: one per core
    /// Where the network trains (chooseDevice); features and batches are made on the CPU
    /// and moved there. Checkpoints and models hold CPU tensors either way.
    ComputeDevice device;
    /// Scores the model on the validation speakers after every epoch (set by
    /// runFold when TrainingConfig::validationSpeakers > 0); training keeps the
    /// best epoch's weights (also across a resume: they are in the checkpoint).
    std::function<ValidationScore(AttentionPoolingCnn &)> validate;
};

struct TrainResult {
    std::vector<EpochStats> history; ///< every epoch, including ones done before a resume
    int resumedAfterEpoch = 0; ///< 0: started from scratch
    double seconds = 0.0; ///< wall time of this call
    std::int64_t trainingSegments = 0;
    int epochs = 0; ///< the resolved length (TrainingConfig::resolvedFor)
    std::vector<int> learningRateDrops; ///< the resolved drop epochs
    int chosenEpoch = 0; ///< the epoch whose weights the model holds (the last without validation)
};

/// [{"epoch", "loss", "accuracy", "learningRate", "seconds", "segments"}, ...]
std::string historyToJson(const std::vector<EpochStats> &history);
std::vector<EpochStats> historyFromJson(const std::string &json); ///< throws Error(BadInput)

/// Trains \p model on \p utterances (class index parallel) with features from
/// \p store at the config's training hop. Throws Error(Cancelled) when cancelled,
/// within one layer's time (checked inside forward and backward, always before the
/// update): the epochs finished before stay in the checkpoint, the cancelled one is
/// discarded. Error(BadInput) for empty or inconsistent input.
TrainResult trainModel(AttentionPoolingCnn &model, FeatureStore &store, const std::vector<Utterance> &utterances,
                       const std::vector<int> &classIndex, const TrainingConfig &config,
                       const TrainOptions &options = {});

} // namespace emolens
