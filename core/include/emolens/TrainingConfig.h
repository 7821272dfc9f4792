#pragma once
/// \file TrainingConfig.h
/// The training schedule as a plain value (the paper's by default), written
/// into every model file and result.

#include "emolens/ModelConfig.h"

#include <cstdint>
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
    std::uint64_t seed = 1; ///< initial weights and the shuffling of every epoch
    bool channelsLast = true; ///< memory format of the convolutions (same results, faster on CPU)
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
    /// Every field: key, meaning, default and admissible values (for help texts and forms).
    static const std::vector<ConfigField> &fields();
    std::string toJson() const;
    static TrainingConfig fromJson(const std::string &json); ///< throws Error(BadInput)
};

} // namespace emolens
