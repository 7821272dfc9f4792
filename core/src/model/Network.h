#pragma once
// Private to core (includes torch): the network as a torch::nn::Module, used by
// the public AttentionPoolingCnn and by training.

#include "emolens/Model.h"
#include "emolens/Progress.h"

#include <torch/torch.h>

namespace emolens::model {

struct Forward {
    torch::Tensor logits;   // [B, C]
    torch::Tensor topDown;  // [B, C, H, W] class maps T_k (average/max: the 1x1 class maps)
    torch::Tensor bottomUp; // [B, H, W] softmax(B) over positions; undefined unless attention
};

class NetworkImpl : public torch::nn::Module {
public:
    explicit NetworkImpl(const ModelConfig &config);
    Forward forward(const torch::Tensor &input); // input [B, 1, H, W]
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

    ModelConfig m_config;
    torch::nn::Conv2d conv1a{nullptr}, conv1b{nullptr};
    torch::nn::BatchNorm2d bn1a{nullptr}, bn1b{nullptr};
    torch::nn::ModuleList convs, bns;
};
TORCH_MODULE(Network);

} // namespace emolens::model

namespace emolens {
struct AttentionPoolingCnn::Impl {
    model::Network net;
    explicit Impl(const ModelConfig &c) : net(c) {}
};
} // namespace emolens
