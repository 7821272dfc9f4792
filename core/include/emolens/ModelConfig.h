#pragma once
/// \file ModelConfig.h
/// The network's architecture and the arithmetic it runs in: plain values,
/// written into every model file (no torch, no Qt).

#include "emolens/FeatureConfig.h"

#include <string>
#include <vector>

namespace emolens {

/// Every architectural choice the paper's experiments vary. Written into model files.
struct ModelConfig {
    int numClasses = 4;
    /// The input matrix, as the front end makes it: the numbers live in FeatureConfig
    /// (a model file records both, and loading checks they agree).
    int inputHeight = FeatureConfig{}.freqBins; ///< frequency rows
    int inputWidth = FeatureConfig{}.frameColumns; ///< frame columns
    int conv1aHeight = 10; ///< frequency extent of the first branch's kernel (paper: 10)
    int conv1aWidth = 2; ///< time extent of the first branch's kernel (paper: 2)
    int conv1bHeight = 2; ///< frequency extent of the second branch's kernel (paper: 2)
    int conv1bWidth = 8; ///< time extent of the second branch's kernel (paper: 8)
    int conv1Channels = 8; ///< output channels of each first-layer branch (concatenated: 2x)
    std::vector<int> channels = {32, 48, 64, 80}; ///< conv2..conv5, all 3x3, padding 1
    std::string pooling = "attention"; ///< attention | average | max

    std::vector<std::string> validate() const;
    /// Every field: key, meaning, default and admissible values (for help texts and forms).
    static const std::vector<ConfigField> &fields();
    std::string toJson() const;
    static ModelConfig fromJson(const std::string &json); ///< throws Error(BadInput)
    /// Height and width of the last feature map (99 x 49 for the defaults).
    int mapHeight() const;
    int mapWidth() const;
    /// Input rows (frames) per map cell: the first layer acts as a 2x2 window (its
    /// output r centred at input r + 0.5) and two 2x2 max-poolings follow, so map
    /// cell i comes from input rows (frames) 4i ... 4i + 3, centred at 4i + 2, plus
    /// the convolutions' receptive field (AttentionAnalysis maps and draws on that grid).
    static constexpr int mapStride() { return 4; }
};

/// Arithmetic of inference. bfloat16 (fast on CPUs with AVX512-BF16 or AMX) keeps
/// float32 accumulation in oneDNN and the 1x1 maps and pooling in float32; it is the
/// default where the CPU runs it natively (defaultInferencePrecision in Model.h),
/// float32 elsewhere. Its accuracy cost is written down in docs/PERFORMANCE.md.
enum class InferencePrecision { Float32, BFloat16 };
/// "fp32" / "bf16"; parsePrecision throws Error(BadInput) for anything else.
std::string precisionName(InferencePrecision precision);
InferencePrecision parsePrecision(const std::string &name);

} // namespace emolens
