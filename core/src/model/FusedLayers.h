#pragma once
// Private to core: the elementwise parts of a training step's layers (batch norm
// applied, ReLU, 2x2 max-pooling, and their backward) as single passes over a
// channels_last activation, for TrainStep.cpp. Composed from ATen operations these
// took about 40 passes over each layer's convolution output per step (650 MB for
// conv2 at batch 64): memory traffic that cost as much as the convolution itself.

#include <torch/torch.h>

namespace emolens::model::fused {

/// An activation's sizes in channels_last order: element (n, h, w, c) is at
/// ((n H + h) W + w) C + c. Shared by the passes' source files.
struct Shape {
    std::int64_t n, h, w, c;
    explicit Shape(const torch::Tensor &t) : n(t.size(0)), h(t.size(2)), w(t.size(3)), c(t.size(1)) { }
    std::int64_t plane() const { return h * w * c; }
};

/// Whether the fused passes take \p z: a 4-D float or double CPU tensor,
/// contiguous in channels_last. Otherwise callers compose ATen operations.
bool applies(const torch::Tensor &z);

/// relu(z * scale + shift), then 2x2 max-pooling (stride 2, floor) when \p pooled.
/// scale, shift: [C] of z's type. Returns a channels_last tensor of z's type.
torch::Tensor activation(const torch::Tensor &z, const torch::Tensor &scale, const torch::Tensor &shift, bool pooled);

/// activation() into \p out: z's type and output shape, its channels contiguous per
/// position (channels_last, or a channel slice of a wider channels_last tensor, so two
/// branches fill one concatenated tensor without a copy).
void activationInto(const torch::Tensor &z, const torch::Tensor &scale, const torch::Tensor &shift, bool pooled,
                    const torch::Tensor &out);

/// Inference: relu(z) then 2x2 max-pooling (stride 2, floor) in one pass, for a
/// float or bfloat16 CPU tensor contiguous in channels_last (else the composed
/// operations); the same values as relu_() followed by max_pool2d, without the pass
/// that rewrites z (nor, in bfloat16, max_pool2d's index tensor).
torch::Tensor reluMaxPool(const torch::Tensor &z);

/// Batch statistics of z per channel, as batch norm's training forward takes them:
/// \p mean and the biased \p variance ([C], double), in one read of z. Each row of
/// positions is summed in z's type relative to its first position, then rows and
/// samples are merged in double in a fixed order: accurate however far the mean lies
/// from zero, and the same bits whatever the thread count.
void batchStatistics(const torch::Tensor &z, torch::Tensor &mean, torch::Tensor &variance);

/// The backward of activation() and of the batch norm before it.
/// \p dOut: dL/d(activation output) (any layout and floating type: converted).
/// With g = dL/dy routed through the pooling (to the first maximum of each window, as
/// torch's max_pool2d) and masked where y <= 0, returns dL/dz
///   = gamma invstd (g - mean(g) - x_hat mean(g x_hat)),   x_hat = (z - mean) invstd,
/// and sets \p sumG = sum(g), \p sumGCentred = sum(g (z - mean)) per channel ([C], z's
/// type: dgamma = invstd sumGCentred, dbeta = sumG). Sums are taken in double, per
/// sample, and added in sample order: the same bits whatever the thread count.
torch::Tensor normaliseBackward(const torch::Tensor &z, const torch::Tensor &dOut, const torch::Tensor &mean,
                                const torch::Tensor &invstd, const torch::Tensor &gamma, const torch::Tensor &scale,
                                const torch::Tensor &shift, bool pooled, torch::Tensor &sumG,
                                torch::Tensor &sumGCentred);

} // namespace emolens::model::fused
