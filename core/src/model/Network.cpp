// The attention-pooling CNN (Li et al. 2018) in LibTorch. See Model.h for the
// architecture's parameters and docs/MODEL.md for the exact layer table.
#include "model/Network.h"
#include "emolens/Error.h"
#include "model/BlockCache.h"
#include "model/FirstLayer.h"
#include "model/FusedLayers.h"

#include <cstdlib>
#include <thread>

namespace emolens {

namespace F = torch::nn::functional;

namespace model {

NetworkImpl::NetworkImpl(const ModelConfig &config) : m_config(config)
{
    const int c1 = config.conv1Channels;
    conv1a = register_module(
        "conv1a", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, c1, {config.conv1aHeight, config.conv1aWidth})));
    conv1b = register_module(
        "conv1b", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, c1, {config.conv1bHeight, config.conv1bWidth})));
    bn1a = register_module("bn1a", torch::nn::BatchNorm2d(c1));
    bn1b = register_module("bn1b", torch::nn::BatchNorm2d(c1));
    convs = register_module("convs", torch::nn::ModuleList());
    bns = register_module("bns", torch::nn::ModuleList());
    int in = 2 * c1;
    for (int out : config.channels) {
        convs->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1)));
        bns->push_back(torch::nn::BatchNorm2d(out));
        in = out;
    }
    topDownConv = register_module("topDown", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, config.numClasses, 1)));
    if (config.pooling == "attention")
        bottomUpConv = register_module("bottomUp", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, 1, 1)));
}

torch::Tensor padForBranch(const torch::Tensor &x, int kh, int kw)
{
    const int padH = kh - 2, padW = kw - 2;
    return F::pad(x, F::PadFuncOptions({padW / 2, padW - padW / 2, padH / 2, padH - padH / 2}));
}

torch::Tensor NetworkImpl::branch(const torch::Tensor &x, torch::nn::Conv2d &conv, torch::nn::BatchNorm2d &bn, int kh,
                                  int kw)
{
    const auto padded = padForBranch(x, kh, kw);
    // In place: batch norm's backward needs its input, not its output, so the ReLU may
    // overwrite it (one activation fewer kept for backward).
    return bn(conv(padded)).relu_();
}

void NetworkImpl::cancelPoint(torch::Tensor &x) const
{
    if (!cancel)
        return;
    throwIfCancelled(cancel);
    if (x.requires_grad()) {
        const CancelToken *token = cancel;
        // Thrown inside backward, the autograd engine hands our Error back to the caller.
        x.register_hook([token](const torch::Tensor &) { throwIfCancelled(token); });
    }
}

Forward NetworkImpl::forward(const torch::Tensor &input)
{
    const ModelConfig &c = m_config;
    auto x = torch::cat({branch(input, conv1a, bn1a, c.conv1aHeight, c.conv1aWidth),
                         branch(input, conv1b, bn1b, c.conv1bHeight, c.conv1bWidth)},
                        1);
    cancelPoint(x);
    for (std::size_t i = 0; i < convs->size(); ++i) {
        x = bns[i]->as<torch::nn::BatchNorm2d>()->forward(convs[i]->as<torch::nn::Conv2d>()->forward(x)).relu_();
        if (pooledAfter(i))
            x = F::max_pool2d(x, F::MaxPool2dFuncOptions(2));
        cancelPoint(x);
    }
    return pool(x, Forward{});
}

Forward NetworkImpl::pool(const torch::Tensor &x, Forward out)
{
    const ModelConfig &c = m_config;
    out.topDown = topDownConv(x); // [B, C, H, W]
    const auto flat = out.topDown.flatten(2); // [B, C, HW]
    if (c.pooling == "attention") {
        const auto weights = torch::softmax(bottomUpConv(x).flatten(1), 1); // [B, HW], sums to 1
        out.logits = (flat * weights.unsqueeze(1)).sum(2);
        out.bottomUp = weights.view({x.size(0), x.size(2), x.size(3)});
    } else if (c.pooling == "average") {
        out.logits = flat.mean(2);
    } else {
        out.logits = std::get<0>(flat.max(2));
    }
    return out;
}

void setMemoryFormat(Network &net, torch::MemoryFormat format)
{
    torch::NoGradGuard guard;
    for (auto &p : net->parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous(format));
}

namespace {
std::pair<torch::Tensor, torch::Tensor> foldOne(const torch::nn::Conv2dImpl &conv, const torch::nn::BatchNorm2dImpl &bn,
                                                torch::MemoryFormat format)
{
    const auto scale = bn.weight / torch::sqrt(bn.running_var + bn.options.eps());
    auto w = (conv.weight * scale.view({-1, 1, 1, 1})).contiguous(format);
    auto b = (conv.bias - bn.running_mean) * scale + bn.bias;
    return {w, b};
}
} // namespace

FoldedWeights NetworkImpl::fold(torch::MemoryFormat format)
{
    torch::NoGradGuard guard;
    FoldedWeights f;
    // (Merging the two branches into one zero-padded 10x8 kernel, which saves the
    // concatenation, was tried: no faster within the noise, and more memory.)
    std::tie(f.w1a, f.b1a) = foldOne(*conv1a, *bn1a, format);
    std::tie(f.w1b, f.b1b) = foldOne(*conv1b, *bn1b, format);
    for (std::size_t i = 0; i < convs->size(); ++i) {
        auto [w, b] =
            foldOne(*convs[i]->as<torch::nn::Conv2dImpl>(), *bns[i]->as<torch::nn::BatchNorm2dImpl>(), format);
        f.w.push_back(w);
        f.b.push_back(b);
    }
    return f;
}

Forward NetworkImpl::forwardFolded(const torch::Tensor &input, const FoldedWeights &f, torch::ScalarType dtype)
{
    const ModelConfig &c = m_config;
    torch::Tensor x;
    if (fused::firstLayerApplies(input, f.w1a, f.w1b) && !std::getenv("EMOLENS_NO_FUSED")) {
        x = fused::firstLayer(input, f.w1a, f.b1a, f.w1b, f.b1b, dtype); // one pass (FirstLayer.h)
    } else {
        const auto in = input.to(dtype);
        auto branchFolded = [&in](const torch::Tensor &w, const torch::Tensor &b, int kh, int kw) {
            return torch::conv2d(padForBranch(in, kh, kw), w, b).relu_();
        };
        x = torch::cat({branchFolded(f.w1a, f.b1a, c.conv1aHeight, c.conv1aWidth),
                        branchFolded(f.w1b, f.b1b, c.conv1bHeight, c.conv1bWidth)},
                       1);
    }
    for (std::size_t i = 0; i < f.w.size(); ++i) {
        x = torch::conv2d(x, f.w[i], f.b[i], 1, 1);
        // ReLU and max-pooling in one pass where they meet (the same values).
        x = pooledAfter(i) ? fused::reluMaxPool(x) : x.relu_();
    }
    return pool(x.to(torch::kFloat32), Forward{}); // the 1x1 maps, softmax and pooling in float32
}

} // namespace model

bool bfloat16IsNative()
{
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_cpu_supports("avx512bf16") != 0;
#else
    return false;
#endif
}

InferencePrecision defaultInferencePrecision(const ComputeDevice &device)
{
    return !device.cuda && bfloat16IsNative() ? InferencePrecision::BFloat16 : InferencePrecision::Float32;
}

InferencePrecision choosePrecision(const std::string &spec, const ComputeDevice &device, std::string *why)
{
    if (spec != "auto") {
        if (spec != "fp32" && spec != "bf16")
            throwBadInput({}, "precision must be auto, fp32 or bf16, not '" + spec + "'");
        const InferencePrecision p = parsePrecision(spec);
        if (why)
            *why = precisionName(p);
        return p;
    }
    const InferencePrecision p = defaultInferencePrecision(device);
    if (why)
        *why = precisionName(p) + (device.cuda          ? " (auto: on a GPU)"
                                   : bfloat16IsNative() ? " (auto: this CPU has AVX512-BF16)"
                                                        : " (auto: this CPU has no native bfloat16)");
    return p;
}

void setComputeThreads(int threads)
{
    const int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(n);
}

int computeThreads()
{
    return torch::get_num_threads();
}

AttentionPoolingCnn::AttentionPoolingCnn(const ModelConfig &config, std::uint64_t seed)
{
    throwIfInvalid("model config", "model configuration", config.validate());
    torch::manual_seed(seed); // the same seed gives the same initial weights
    d = std::make_unique<Impl>(config);
}

AttentionPoolingCnn::~AttentionPoolingCnn() = default;
AttentionPoolingCnn::AttentionPoolingCnn(AttentionPoolingCnn &&) noexcept = default;
AttentionPoolingCnn &AttentionPoolingCnn::operator=(AttentionPoolingCnn &&) noexcept = default;

const ModelConfig &AttentionPoolingCnn::config() const
{
    return d->net->config();
}

AttentionPoolingCnn::Impl &AttentionPoolingCnn::impl()
{
    return *d;
}

const AttentionPoolingCnn::Impl &AttentionPoolingCnn::impl() const
{
    return *d;
}

void AttentionPoolingCnn::setInferencePrecision(InferencePrecision precision)
{
    if (precision != d->precision)
        d->foldedVersion = -1; // fold again in the new precision
    d->precision = precision;
}

InferencePrecision AttentionPoolingCnn::inferencePrecision() const
{
    return d->precision;
}

void AttentionPoolingCnn::setDevice(const ComputeDevice &device)
{
    const torch::Device target = device.cuda ? torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(device.index))
                                             : torch::Device(torch::kCPU);
    if (target == d->device)
        return;
    if (target.is_cuda()) {
        // The same seed gives the same weights on a GPU too, and a resumed run continues
        // bit-identically, as on the CPU: cuDNN's autotuner would pick algorithms by timing
        // and some of them add in a varying order. Fixed, deterministic algorithms instead.
        at::globalContext().setBenchmarkCuDNN(false);
        at::globalContext().setDeterministicCuDNN(true);
    }
    try {
        d->net->to(target);
    } catch (const c10::Error &e) {
        throw Error(ErrorKind::Internal, {},
                    "cannot move the model to " + device.name() + ": " + e.what_without_backtrace());
    }
    d->device = target;
    d->foldedVersion = -1; // fold again on the new device
    if (!target.is_cpu())
        d->inferenceMemory.reset(); // the CPU's block cache has nothing to hold for it now
}

ComputeDevice AttentionPoolingCnn::device() const
{
    return d->device.is_cuda() ? ComputeDevice{true, d->device.index()} : ComputeDevice{};
}

std::string precisionName(InferencePrecision precision)
{
    return precision == InferencePrecision::BFloat16 ? "bf16" : "fp32";
}

InferencePrecision parsePrecision(const std::string &name)
{
    if (name == "fp32")
        return InferencePrecision::Float32;
    if (name == "bf16")
        return InferencePrecision::BFloat16;
    throwBadInput({}, "precision must be fp32 or bf16, not '" + name + "'");
}

std::int64_t AttentionPoolingCnn::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

ModelOutput AttentionPoolingCnn::forward(const float *features, int batch, bool withMaps)
{
    const ModelConfig &c = config();
    if (batch <= 0 || !features)
        throwBadInput({}, "forward needs at least one input matrix");
    ModelOutput out;
    try {
        // Outside InferenceMode, so the parameters stay ordinary (trainable) tensors.
        if (!d->inferenceFormat) {
            model::setMemoryFormat(d->net, torch::MemoryFormat::ChannelsLast);
            d->inferenceFormat = true;
        }
        if (const std::int64_t version = d->stateVersion(); d->foldedVersion != version) { // refold after any change
            d->folded = d->net->fold(torch::MemoryFormat::ChannelsLast);
            if (d->precision == InferencePrecision::BFloat16) {
                auto cast = [](torch::Tensor &t) { t = t.to(torch::kBFloat16); };
                for (torch::Tensor *t : {&d->folded.w1a, &d->folded.b1a, &d->folded.w1b, &d->folded.b1b})
                    cast(*t);
                for (auto &t : d->folded.w)
                    cast(t);
                for (auto &t : d->folded.b)
                    cast(t);
            }
            d->foldedVersion = version;
        }
        model::keepLargeBlocksInHeap();
        if (!d->inferenceMemory && d->device.is_cpu() && model::inferenceBlockCacheEnabled())
            d->inferenceMemory.emplace();
        const model::BlockCacheLooseFit looseFit; // a smaller batch runs in the larger ones' blocks
        torch::InferenceMode guard;
        d->net->eval();
        const auto input = torch::from_blob(const_cast<float *>(features), {batch, 1, c.inputHeight, c.inputWidth})
                               .contiguous(torch::MemoryFormat::ChannelsLast)
                               .to(d->device); // no copy on the CPU
        const bool bf16 = d->precision == InferencePrecision::BFloat16;
        const model::Forward f = d->net->forwardFolded(input, d->folded, bf16 ? torch::kBFloat16 : input.scalar_type());
        const auto logits = f.logits.to(torch::kCPU).contiguous();
        if (!torch::isfinite(logits).all().item<bool>())
            throwBadInput({}, "the model produced NaN or infinite outputs; its weights are not usable");
        out.logits.assign(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        if (withMaps) {
            const auto td = f.topDown.to(torch::kCPU).contiguous();
            const auto bottomUp = f.bottomUp.defined() ? f.bottomUp.to(torch::kCPU).contiguous() : f.bottomUp;
            const int h = static_cast<int>(td.size(2)), w = static_cast<int>(td.size(3));
            const std::int64_t per = static_cast<std::int64_t>(c.numClasses) * h * w;
            for (int b = 0; b < batch; ++b) {
                AttentionMaps m{h, w, c.numClasses, {}, {}};
                const float *t = td.data_ptr<float>() + b * per;
                m.topDown.assign(t, t + per);
                if (bottomUp.defined()) {
                    const float *bu = bottomUp.data_ptr<float>() + static_cast<std::int64_t>(b) * h * w;
                    m.bottomUp.assign(bu, bu + static_cast<std::int64_t>(h) * w);
                }
                out.maps.push_back(std::move(m));
            }
        }
    } catch (const c10::Error &e) {
        throw Error(ErrorKind::Internal, {}, std::string("model forward failed: ") + e.what_without_backtrace());
    }
    return out;
}

} // namespace emolens
