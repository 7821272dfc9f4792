// A training step with a hand-written backward that keeps a third of autograd's
// activations. Autograd keeps, per convolution, its output (for batch norm), the
// ReLU's output (for the ReLU and the next convolution), max-pooling indices (int64)
// and the concatenated first layer: about 3.8 GB at batch 64 for this network. Here
// each layer from conv2 on keeps only its convolution's output z (and its pooled
// output, the next layer's input) and the batch statistics; batch norm + ReLU
// (+ max-pooling) are recomputed from z in backward, a slice of the batch at a time,
// which is elementwise work, not another convolution. The first layer (one input
// channel, 1 % of the arithmetic) keeps only its statistics and is recomputed from
// the input. Live tensors peak at about 1.5 GB.
//
// Per layer (z = conv(x), x_hat = (z - mean) * invstd, y = relu(gamma x_hat + beta)):
//   forward:  batch mean and (biased) variance of z; running statistics updated as
//             torch's BatchNorm2d does (momentum, unbiased variance, batch counter).
//   backward: g = dL/dy masked where y <= 0 (after max-pooling's backward);
//             dz = gamma invstd (g - mean(g) - x_hat mean(g x_hat)),
//             dgamma = sum(g x_hat), dbeta = sum(g); then the convolution's backward.
// The classification head (1x1 maps, attention pooling, cross-entropy) is small and
// runs through autograd from the last layer's output.
//
// The elementwise work (batch norm applied, ReLU, max-pooling, and the backward above)
// runs as fused single passes (FusedLayers.h) for channels_last float on AVX-512 CPUs
// and for double; otherwise as the composed ATen operations below, in slices.
#include "emolens/Error.h"
#include "model/BlockCache.h"
#include "model/FusedLayers.h"
#include "model/Network.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <tuple>
#include <utility>

namespace emolens::model {

namespace {

/// What one conv + batch-norm layer keeps for backward.
struct Layer {
    torch::nn::Conv2dImpl *conv = nullptr;
    torch::nn::BatchNorm2dImpl *bn = nullptr;
    std::vector<std::int64_t> padding;
    bool pooled = false;
    torch::ScalarType dtype = torch::kFloat; // of the convolutions and the layer's output (the next one's input)
    torch::Tensor z; // the convolution's output
    torch::Tensor mean; // [C] batch mean of z
    torch::Tensor invstd; // [C] 1 / sqrt(biased batch variance + eps)
    torch::Tensor scale; // [1, C, 1, 1] gamma * invstd
    torch::Tensor shift; // [1, C, 1, 1] beta - mean * scale
};

/// Samples per slice for the elementwise recomputation: about 64 MB of z at a time.
std::int64_t sliceOf(const torch::Tensor &z)
{
    const std::int64_t perSample = z.numel() / std::max<std::int64_t>(1, z.size(0)) * z.element_size();
    return std::max<std::int64_t>(1, (std::int64_t(64) << 20) / std::max<std::int64_t>(1, perSample));
}

template <typename Fn> void forSlices(const torch::Tensor &z, Fn fn)
{
    const std::int64_t n = z.size(0), step = sliceOf(z);
    for (std::int64_t b = 0; b < n; b += step)
        fn(b, std::min(step, n - b));
}

torch::Tensor perChannel(const torch::Tensor &t)
{
    return t.view({1, -1, 1, 1});
}

/// \p x (one channel: the first layer's input) with \p format's strides. A one-channel
/// tensor is contiguous in both formats, and ATen reads its ordinary strides as NCHW:
/// the first layer's convolutions then produced NCHW outputs that a strided scalar
/// copy turned into channels_last (three times per branch and step), and its backward ran
/// on the NCHW path. Given channels_last strides, ATen keeps the whole layer there.
torch::Tensor inFormat(const torch::Tensor &x, torch::MemoryFormat format)
{
    if (format != torch::MemoryFormat::ChannelsLast || x.dim() != 4 || x.size(1) != 1)
        return x.contiguous(format);
    return torch::empty(x.sizes(), x.options().memory_format(format)).copy_(x);
}

/// z = conv(x), in \p format even where the input has one channel (both formats at
/// once), so the next convolution gets the layout it runs fastest with.
void convolve(Layer &l, const torch::Tensor &x, torch::MemoryFormat format)
{
    // z itself in the parameters' type: batch norm and its backward run as in float32
    // (converting z once was faster than keeping it in bfloat16 and converting slices).
    const auto type = l.conv->weight.scalar_type();
    l.z = torch::conv2d(x.to(l.dtype), l.conv->weight.to(l.dtype), l.conv->bias.to(l.dtype), 1, l.padding)
              .to(type)
              .contiguous(format);
}

/// EMOLENS_EXACT_BN_STATS=1: batch statistics from fused::batchStatistics's double sums
/// instead of ATen's float ones. Closer to the same step in double (conv1a's gradient
/// 0.05 % off instead of 0.7 %, tst_trainstep), but not the default: it bought no speed, and
/// ATen's statistics are what the committed cross-validations computed. Whether either
/// trains better, three seeds of EmoDB fold 03 could not tell (docs/PERFORMANCE.md).
bool exactBatchStatistics()
{
    const char *v = std::getenv("EMOLENS_EXACT_BN_STATS");
    return v != nullptr && std::string_view(v) == "1";
}

/// z = conv(x); batch statistics; running statistics as BatchNorm2d updates them.
void convolveAndNormalise(Layer &l, const torch::Tensor &x, torch::MemoryFormat format)
{
    convolve(l, x, format);
    const double momentum = l.bn->options.momentum().value_or(0.1);
    torch::Tensor mean, var;
    if (exactBatchStatistics() && fused::applies(l.z)) {
        // One pass (FusedLayers.h), in double; running statistics updated as BatchNorm2d
        // does (momentum, unbiased variance).
        fused::batchStatistics(l.z, mean, var);
        const double count = static_cast<double>(l.z.numel() / l.z.size(1));
        auto &runningMean = l.bn->running_mean, &runningVar = l.bn->running_var;
        runningMean.copy_(mean * momentum + runningMean.to(torch::kDouble) * (1 - momentum));
        runningVar.copy_(var * (momentum * count / std::max(1.0, count - 1)) +
                         runningVar.to(torch::kDouble) * (1 - momentum));
        const auto type = l.bn->weight.scalar_type();
        mean = mean.to(type);
        var = var.to(type);
    } else {
        // Batch mean and biased variance, running statistics updated in place: the
        // statistics half of torch's batch-norm kernel.
        std::tie(mean, var) = at::batch_norm_update_stats(l.z, l.bn->running_mean, l.bn->running_var, momentum);
    }
    l.bn->num_batches_tracked.add_(1);
    l.mean = mean;
    l.invstd = (var + l.bn->options.eps()).rsqrt();
    l.scale = perChannel(l.bn->weight * l.invstd);
    l.shift = perChannel(l.bn->bias - mean * l.invstd * l.bn->weight);
}

/// relu(bn(z)) in the parameters' type (scale and shift have it, whatever z has).
torch::Tensor activation(const Layer &l, const torch::Tensor &z)
{
    return (z * l.scale).add_(l.shift).relu_();
}

/// relu(bn(z)), max-pooled 2x2 when the layer pools: the next layer's input.
torch::Tensor layerOutput(const Layer &l)
{
    if (fused::applies(l.z)) // one pass (FusedLayers.h)
        return fused::activation(l.z, l.scale.view(-1), l.shift.view(-1), l.pooled).to(l.dtype);
    if (!l.pooled)
        return activation(l, l.z).to(l.dtype);
    const auto &z = l.z;
    auto out = torch::empty({z.size(0), z.size(1), z.size(2) / 2, z.size(3) / 2},
                            z.options().memory_format(z.suggest_memory_format()));
    forSlices(z, [&](std::int64_t b, std::int64_t n) {
        out.narrow(0, b, n).copy_(torch::max_pool2d(activation(l, z.narrow(0, b, n)), 2));
    });
    return out;
}

/// From dL/d(output) to dL/dz (returned), setting gamma's and beta's gradients.
torch::Tensor normaliseBackward(const Layer &l, const torch::Tensor &dOut)
{
    const auto &z = l.z;
    if (fused::applies(z)) { // two passes (FusedLayers.h)
        torch::Tensor sumG, sumGCentred;
        auto dz = fused::normaliseBackward(z, dOut, l.mean, l.invstd, l.bn->weight, l.scale.view(-1), l.shift.view(-1),
                                           l.pooled, sumG, sumGCentred);
        l.bn->weight.mutable_grad() = l.invstd * sumGCentred;
        l.bn->bias.mutable_grad() = sumG;
        return dz;
    }
    const auto parameterType = l.conv->weight.scalar_type();
    auto g = torch::empty_like(z, z.options().dtype(parameterType)); // gradients in the parameters' type
    forSlices(z, [&](std::int64_t b, std::int64_t n) {
        auto y = activation(l, z.narrow(0, b, n));
        auto slice = g.narrow(0, b, n);
        if (l.pooled) {
            const auto pooled = torch::max_pool2d_with_indices(y, 2);
            at::max_pool2d_with_indices_backward_out(slice, dOut.narrow(0, b, n).to(parameterType), y, {2, 2}, {2, 2},
                                                     {0, 0}, {1, 1}, false, std::get<1>(pooled));
        } else {
            slice.copy_(dOut.narrow(0, b, n));
        }
        slice.mul_(y.sign_()); // ReLU's backward: y >= 0, so sign(y) is its mask
    });
    auto sumG = torch::zeros_like(l.mean), sumGCentred = torch::zeros_like(l.mean);
    const auto mean = perChannel(l.mean);
    forSlices(z, [&](std::int64_t b, std::int64_t n) {
        const auto gs = g.narrow(0, b, n);
        sumG += gs.sum({0, 2, 3});
        sumGCentred += (z.narrow(0, b, n) - mean).mul_(gs).sum({0, 2, 3});
    });
    const double count = static_cast<double>(z.numel() / z.size(1));
    const auto &gamma = l.bn->weight;
    // dz = A g + B (z - mean) + C, per channel.
    const auto a = perChannel(gamma * l.invstd);
    const auto bcoef = perChannel(-gamma * l.invstd.pow(3) * sumGCentred / count);
    const auto c = perChannel(-gamma * l.invstd * sumG / count);
    forSlices(z, [&](std::int64_t b, std::int64_t n) {
        g.narrow(0, b, n).mul_(a).add_((z.narrow(0, b, n) - mean).mul_(bcoef)).add_(c);
    });
    l.bn->weight.mutable_grad() = l.invstd * sumGCentred;
    l.bn->bias.mutable_grad() = sumG;
    return g;
}

/// The convolution's backward: weight and bias gradients set, input gradient returned
/// (undefined unless \p inputGradient).
torch::Tensor convolutionBackward(const Layer &l, const torch::Tensor &dz, const torch::Tensor &input,
                                  bool inputGradient)
{
    const auto &w = l.conv->weight;
    auto [dx, dw, db] =
        at::convolution_backward(dz.to(l.dtype), input.to(l.dtype), w.to(l.dtype), at::IntArrayRef{w.size(0)}, {1, 1},
                                 l.padding, {1, 1}, false, {0, 0}, 1, {inputGradient, true, true});
    l.conv->weight.mutable_grad() = dw.to(w.scalar_type());
    l.conv->bias.mutable_grad() = db.to(w.scalar_type());
    return dx;
}

} // namespace

/// One manual step's convolution layers: the first layer's two branches (a, b) and conv2...
struct NetworkImpl::ManualPass {
    ManualPass(NetworkImpl &net, const torch::Tensor &input, torch::ScalarType dtype, const CancelToken *cancel)
        : format(net.convs[0]->as<torch::nn::Conv2dImpl>()->weight.suggest_memory_format()), // >= 2 layers (validated)
          inputA(inFormat(padForBranch(input, net.m_config.conv1aHeight, net.m_config.conv1aWidth), format)),
          inputB(inFormat(padForBranch(input, net.m_config.conv1bHeight, net.m_config.conv1bWidth), format)),
          cancel(cancel)
    {
        a.conv = net.conv1a.get();
        a.bn = net.bn1a.get();
        b.conv = net.conv1b.get();
        b.bn = net.bn1b.get();
        a.padding = b.padding = {0, 0};
        a.dtype = b.dtype = dtype;
        layers.resize(net.convs->size());
        outputs.resize(layers.size());
        for (std::size_t i = 0; i < layers.size(); ++i) {
            Layer &l = layers[i];
            l.conv = net.convs[i]->as<torch::nn::Conv2dImpl>();
            l.bn = net.bns[i]->as<torch::nn::BatchNorm2dImpl>();
            l.padding = {1, 1};
            l.pooled = pooledAfter(i);
            l.dtype = dtype;
        }
    }

    /// Every convolution layer forward, keeping z and the statistics; returns the last output
    /// (which the pass then drops: the head holds it).
    torch::Tensor forward()
    {
        convolveAndNormalise(a, inputA, format);
        convolveAndNormalise(b, inputB, format);
        throwIfCancelled(cancel);
        for (std::size_t i = 0; i < layers.size(); ++i) {
            // The first layer's output is recomputed where backward needs it.
            convolveAndNormalise(layers[i], i == 0 ? firstOutput() : outputs[i - 1], format);
            outputs[i] = layerOutput(layers[i]);
            throwIfCancelled(cancel);
        }
        return std::exchange(outputs.back(), torch::Tensor());
    }

    /// From dL/d(last output) down to the input, setting every gradient and freeing as it goes.
    void backward(torch::Tensor dOut)
    {
        for (std::size_t i = layers.size(); i-- > 0;) {
            Layer &l = layers[i];
            const auto dz = normaliseBackward(l, dOut);
            l.z = torch::Tensor();
            if (i == 0) {
                convolve(a, inputA, format);
                convolve(b, inputB, format);
            }
            dOut = convolutionBackward(l, dz, i == 0 ? firstOutput() : outputs[i - 1], true);
            if (i > 0)
                outputs[i - 1] = torch::Tensor();
            throwIfCancelled(cancel);
        }
        const std::int64_t c1 = a.mean.size(0);
        for (Layer *l : {&a, &b}) {
            const auto &in = l == &a ? inputA : inputB;
            convolve(*l, in, format);
            convolutionBackward(*l, normaliseBackward(*l, dOut.narrow(1, l == &a ? 0 : c1, c1)), in, false);
            l->z = torch::Tensor();
        }
        throwIfCancelled(cancel);
    }

private:
    /// The first layer (1 input channel: cheap) keeps only its statistics; its output is
    /// recomputed from the input where needed.
    torch::Tensor firstOutput()
    {
        torch::Tensor out;
        if (fused::applies(a.z) && a.z.scalar_type() == a.dtype && a.z.sizes() == b.z.sizes() && !a.pooled &&
            !b.pooled) {
            // Both branches written into their halves of one tensor: no concatenating copy
            // (328 MB at batch 64, three times a step).
            const std::int64_t c1 = a.z.size(1);
            out = torch::empty({a.z.size(0), 2 * c1, a.z.size(2), a.z.size(3)},
                               a.z.options().memory_format(torch::MemoryFormat::ChannelsLast));
            fused::activationInto(a.z, a.scale.view(-1), a.shift.view(-1), false, out.narrow(1, 0, c1));
            fused::activationInto(b.z, b.scale.view(-1), b.shift.view(-1), false, out.narrow(1, c1, c1));
        } else {
            out = torch::cat({layerOutput(a), layerOutput(b)}, 1);
        }
        a.z = b.z = torch::Tensor();
        return out;
    }

    Layer a, b;
    std::vector<Layer> layers;
    std::vector<torch::Tensor> outputs; // outputs[i]: layer i's output, layer i+1's input
    const torch::MemoryFormat format;
    const torch::Tensor inputA, inputB;
    const CancelToken *cancel;
};

NetworkImpl::Step NetworkImpl::headStep(const torch::Tensor &lastOutput, const torch::Tensor &target,
                                        const torch::Tensor &classWeights, torch::Tensor &dOut)
{
    torch::AutoGradMode enable(true);
    const auto last = lastOutput.detach().to(topDownConv->weight.scalar_type()).requires_grad_(true);
    const Forward f = pool(last, Forward{});
    namespace F = torch::nn::functional;
    const auto loss =
        classWeights.defined()
            ? F::cross_entropy(f.logits, target,
                               F::CrossEntropyFuncOptions().weight(classWeights.to(f.logits.scalar_type())))
            : F::cross_entropy(f.logits, target);
    loss.backward();
    dOut = last.grad();
    return Step{f.logits.detach(), loss.detach()};
}

NetworkImpl::Step NetworkImpl::trainStep(const torch::Tensor &input, const torch::Tensor &target,
                                         const CancelToken *cancelToken, InferencePrecision precision,
                                         const torch::Tensor &classWeights)
{
    // The convolutions' type: bfloat16, or the parameters' own (float; double in tests).
    const auto dtype = precision == InferencePrecision::BFloat16 ? torch::kBFloat16 : conv1a->weight.scalar_type();
    blockCacheStepBoundary(); // the same blocks every step: planned once, then nothing mapped (BlockCache.h)
    for (auto &p : parameters())
        p.mutable_grad() = torch::Tensor();
    torch::NoGradGuard manual; // the layers compute their own gradients; the head enables autograd for itself
    ManualPass pass(*this, input, dtype, cancelToken);
    torch::Tensor dOut;
    const Step step = headStep(pass.forward(), target, classWeights, dOut);
    throwIfCancelled(cancelToken);
    pass.backward(dOut);
    return step;
}

} // namespace emolens::model
