#pragma once
// Private to core (includes torch): the network as a torch::nn::Module, used by
// the public AttentionPoolingCnn and by training.

#include "emolens/Model.h"
#include "emolens/Progress.h"
#include "model/BlockCache.h"

#include <optional>
#include <torch/torch.h>

namespace emolens::model {

struct Forward {
    torch::Tensor logits; // [B, C]
    torch::Tensor topDown; // [B, C, H, W] class maps T_k (average/max: the 1x1 class maps)
    torch::Tensor bottomUp; // [B, H, W] softmax(B) over positions; undefined unless attention
};

/// The convolutions with their batch norms folded in, for inference:
/// w' = w * g / sqrt(v + eps), b' = (b - m) * g / sqrt(v + eps) + beta. One pass
/// over each large activation instead of two; the same function of the input.
struct FoldedWeights {
    torch::Tensor w1a, b1a, w1b, b1b; // the two first-layer branches
    std::vector<torch::Tensor> w, b; // conv2..: 3x3, padding 1
};

class NetworkImpl : public torch::nn::Module {
public:
    explicit NetworkImpl(const ModelConfig &config);
    Forward forward(const torch::Tensor &input); // input [B, 1, H, W]
    /// Eval-mode forward with \p folded (from fold()); no autograd. \p input in float;
    /// the convolutions compute in \p dtype (float, or bfloat16 with bfloat16 weights).
    Forward forwardFolded(const torch::Tensor &input, const FoldedWeights &folded, torch::ScalarType dtype);
    /// The current weights and running statistics folded, in \p format.
    FoldedWeights fold(torch::MemoryFormat format);
    /// One training step's forward and backward (TrainStep.cpp): the same function and
    /// gradients as forward() in training mode + cross-entropy + backward(), but it keeps
    /// only the convolutions' outputs from conv2 on for backward and recomputes batch
    /// norm, ReLU and max-pooling from them (and the cheap first layer from the input),
    /// in slices of the batch: about a third of autograd's memory.
    /// Leaves every parameter's gradient in grad() (replaced, not accumulated), updates
    /// the running statistics, and checks \p cancel between layers in both directions.
    struct Step {
        torch::Tensor logits; // [B, C], no autograd
        torch::Tensor loss; // scalar mean cross-entropy
    };
    /// With \p precision bf16 the convolutions run in bfloat16 (their outputs kept in it),
    /// batch-norm statistics, the head and every gradient in float32.
    /// \p classWeights (one per class, optional) weight the cross-entropy as torch's
    /// weight= does: sum of w[target] * loss over sum of w[target].
    Step trainStep(const torch::Tensor &input, const torch::Tensor &target, const CancelToken *cancel,
                   InferencePrecision precision = InferencePrecision::Float32, const torch::Tensor &classWeights = {});
    /// 2x2 max-pooling follows conv2 and conv3 (convs[0], convs[1]).
    static bool pooledAfter(std::size_t conv) { return conv < 2; }
    const ModelConfig &config() const { return m_config; }
    /// While set, forward() checks it after every layer, and in training (when the
    /// activations need gradients) backward() checks it at every layer too, so a
    /// cancel takes effect within one layer's time instead of one batch's.
    /// Cancelling throws Error(Cancelled) before the update: the weights are untouched.
    const CancelToken *cancel = nullptr;

    torch::nn::Conv2d bottomUpConv{nullptr}; // public so tests can fix B
    torch::nn::Conv2d topDownConv{nullptr};

private:
    /// Checks the cancel token now and (for autograd) when backward reaches \p x.
    void cancelPoint(torch::Tensor &x) const;
    torch::Tensor branch(const torch::Tensor &x, torch::nn::Conv2d &conv, torch::nn::BatchNorm2d &bn, int kh, int kw);
    Forward pool(const torch::Tensor &x, Forward out);
    /// trainStep's convolution layers: forward keeping what backward needs, then backward (TrainStep.cpp).
    struct ManualPass;
    /// trainStep's head through autograd from the last layer's output; sets \p dOut to dL/d(that output).
    Step headStep(const torch::Tensor &last, const torch::Tensor &target, const torch::Tensor &classWeights,
                  torch::Tensor &dOut);

    ModelConfig m_config;
    torch::nn::Conv2d conv1a{nullptr}, conv1b{nullptr};
    torch::nn::BatchNorm2d bn1a{nullptr}, bn1b{nullptr};
    torch::nn::ModuleList convs, bns;
};
TORCH_MODULE(Network);

/// The first-layer zero padding: every kernel shape gives (H-1) x (W-1), so both
/// branches concatenate; 10x2 gets (4,0) and 2x8 gets (0,3), as in the paper, and odd
/// totals put the extra row below / column right.
torch::Tensor padForBranch(const torch::Tensor &x, int kh, int kw);

/// Converts the 4-D parameters to \p format (channels_last runs faster on CPU, same values).
void setMemoryFormat(Network &net, torch::MemoryFormat format);

} // namespace emolens::model

namespace emolens {
struct AttentionPoolingCnn::Impl {
    model::Network net;
    bool inferenceFormat = false; ///< the 4-D parameters are channels_last
    std::int64_t foldedVersion = -1; ///< stateVersion() when \c folded was made
    InferencePrecision precision = InferencePrecision::Float32;
    torch::Device device = torch::kCPU; ///< where the parameters live (setDevice)
    model::FoldedWeights folded;
    /// From the first forward pass on the CPU for as long as the model lives: its batches
    /// reuse the block cache's huge-page blocks (BlockCache.h; inferenceBlockCacheEnabled).
    std::optional<model::BlockCacheScope> inferenceMemory;
    /// Changes whenever a parameter or buffer is modified in place (training, loading, tests):
    /// the sum of their autograd version counters.
    std::int64_t stateVersion() const
    {
        std::int64_t v = 0;
        for (const auto &p : net->parameters())
            v += static_cast<std::int64_t>(p._version());
        for (const auto &b : net->buffers())
            v += static_cast<std::int64_t>(b._version());
        return v;
    }
    explicit Impl(const ModelConfig &c) : net(c) { }
};
} // namespace emolens
