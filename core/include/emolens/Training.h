#pragma once
/// \file Training.h
/// Training with the paper's schedule: SGD with Nesterov momentum 0.9, weight
/// decay 1e-4, batch 64, learning rate 0.05 divided by 10 at epochs 21, 31 and
/// 41, 50 epochs, cross-entropy over 2 s segments at the 1 s hop, each carrying
/// its utterance's label. Seeded: the same data, config and seed give the same
/// weights. Nothing here sees a test speaker; there is no early stopping.

#include "emolens/Corpus.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/Progress.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace emolens {

struct TrainingConfig {
    int epochs = 50;
    /// > 0: the length in SGD steps (batches) instead of epochs, for schedules that
    /// must fit corpora of any size: a training set of B batches per epoch trains
    /// for ceil(steps / B) epochs (resolvedFor). 0: \p epochs.
    std::int64_t steps = 0;
    int batchSize = 64;
    double learningRate = 0.05;
    std::vector<int> learningRateDrops = {21, 31, 41}; ///< 1-based epochs at which the rate is multiplied by dropFactor
    /// Non-empty: the drops at these fractions of the length instead (epoch
    /// floor(f * epochs) + 1), so a longer schedule keeps the paper's shape:
    /// {0.4, 0.6, 0.8} of 50 epochs are the paper's epochs 21, 31 and 41.
    std::vector<double> learningRateDropFractions;
    double dropFactor = 0.1;
    double momentum = 0.9;
    bool nesterov = true;
    double weightDecay = 1e-4; ///< L2, on every parameter (as torch.optim.SGD's weight_decay)
    std::uint64_t seed = 1;    ///< initial weights and the shuffling of every epoch
    bool channelsLast = true;  ///< memory format of the convolutions (same results, faster on CPU)
    /// Convolutions (forward and backward) in bfloat16 (AVX512-BF16 via oneDNN, about
    /// 2x here), batch-norm statistics, the head, gradients and the update in float32.
    /// An option: float32 stays the default until its accuracy cost is measured on all folds.
    InferencePrecision precision = InferencePrecision::Float32;
    /// Per fold, this many of the training speakers are held out as validation
    /// speakers (never the test speaker): the model is trained on the others and
    /// the epoch whose weights score the highest validation UA (ties: the lower
    /// validation loss) is kept ("best-epoch"). 0: no validation, the last epoch.
    int validationSpeakers = 0;
    /// "none" (the paper) or "balanced": each class's segments weigh
    /// n / (classes * n_class) in the cross-entropy, from the training set's own
    /// counts, so a majority class does not dominate (UA is the target metric).
    std::string classWeighting = "none";
    /// Drop an epoch's last batch when it is smaller than batchSize (its segments,
    /// reshuffled, come in other epochs): a batch of 2 makes batch-norm statistics
    /// meaningless and its update erratic. Off in the paper's schedule.
    bool dropPartialBatch = false;

    /// The paper's fractions of the length at which the rate drops (epochs 21, 31, 41 of 50).
    static std::vector<double> paperDropFractions() { return {0.4, 0.6, 0.8}; }

    /// The concrete schedule for a training set of \p batchesPerEpoch batches:
    /// epochs from steps, drop epochs from fractions (steps 0, fractions empty).
    TrainingConfig resolvedFor(std::int64_t batchesPerEpoch) const;
    /// The rate used during 1-based \p epoch (of a resolved schedule).
    double learningRateAt(int epoch) const;

    std::vector<std::string> validate() const;
    std::string toJson() const;
    static TrainingConfig fromJson(const std::string &json); ///< throws Error(BadInput)
};

/// Reported after every batch (on the training thread).
struct TrainProgress {
    int epoch = 0, epochs = 0;   ///< 1-based epoch
    int batch = 0, batches = 0;  ///< 1-based batch within the epoch
    double loss = 0.0;           ///< mean cross-entropy of the epoch so far
    double accuracy = 0.0;       ///< segment accuracy of the epoch so far (training mode)
    double learningRate = 0.0;
    double elapsedSeconds = 0.0; ///< since this call started
    double etaSeconds = 0.0;     ///< estimate for the remaining epochs of this call
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
    /// Scores the model on the validation speakers after every epoch (set by
    /// runFold when TrainingConfig::validationSpeakers > 0); training keeps the
    /// best epoch's weights (also across a resume: they are in the checkpoint).
    std::function<ValidationScore(AttentionPoolingCnn &)> validate;
};

struct TrainResult {
    std::vector<EpochStats> history; ///< every epoch, including ones done before a resume
    int resumedAfterEpoch = 0;       ///< 0: started from scratch
    double seconds = 0.0;            ///< wall time of this call
    std::int64_t trainingSegments = 0;
    int epochs = 0;                  ///< the resolved length (TrainingConfig::resolvedFor)
    std::vector<int> learningRateDrops; ///< the resolved drop epochs
    int chosenEpoch = 0;             ///< the epoch whose weights the model holds (the last without validation)
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
                       const std::vector<int> &classIndex, const TrainingConfig &config, const TrainOptions &options = {});

} // namespace emolens
