#pragma once
// Private to core: inference's first layer in one pass. The layer is two
// convolutions of the one-channel input (10x2 and 2x8 in the paper, 8 channels
// each, batch norm folded in), each zero-padded to (H-1) x (W-1), ReLU, then the
// two concatenated by channel. Composed from ATen operations that took two padded
// copies of the input, two oneDNN convolutions that run at a tenth of their speed
// on one input channel, two ReLU passes and a channels_last concatenation of
// 8-channel blocks: about a quarter of a bfloat16 forward pass. Here each output
// position's 16 channels are summed in float registers and written once.

#include <torch/torch.h>

namespace emolens::model::fused {

/// Whether firstLayer() takes this input and these branch weights: a CPU float
/// input [B, 1, H, W], weights [C1, 1, kh, kw] of each branch with C1 == 8 (the
/// paper's; other widths use the composed operations).
bool firstLayerApplies(const torch::Tensor &input, const torch::Tensor &wA, const torch::Tensor &wB);

/// relu(cat(conv(padForBranch(x, A), wA) + bA, conv(padForBranch(x, B), wB) + bB))
/// as a channels_last [B, 2 C1, H-1, W-1] tensor of type \p out (float, or
/// bfloat16 rounded to nearest even from the float sums). Weights and biases may be
/// float or bfloat16; sums are taken in float, tap by tap in a fixed order (the same
/// bits at any thread count and on any x86-64 CPU).
torch::Tensor firstLayer(const torch::Tensor &input, const torch::Tensor &wA, const torch::Tensor &bA,
                         const torch::Tensor &wB, const torch::Tensor &bB, torch::ScalarType out);

} // namespace emolens::model::fused
