// Device choice: the only place that asks LibTorch about CUDA.
#include "emolens/Device.h"
#include "emolens/Error.h"

#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <cctype>

namespace emolens {

std::string ComputeDevice::name() const
{
    return cuda ? "cuda:" + std::to_string(index) : std::string("cpu");
}

bool cudaBuilt()
{
    return at::hasCUDA();
}

int cudaDeviceCount()
{
    return cudaBuilt() ? static_cast<int>(torch::cuda::device_count()) : 0;
}

std::string computeDescription(const ComputeDevice &device)
{
    std::string s = device.name();
    if (!device.cuda) {
        const int threads = torch::get_num_threads();
        s += ", " + std::to_string(threads) + (threads == 1 ? " thread" : " threads");
    }
    s += ", LibTorch " TORCH_VERSION;
    if (device.cuda && cudaBuilt()) {
        const long v = at::detail::getCUDAHooks().versionCUDART(); // 13000 for 13.0
        s += ", CUDA " + std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10);
    }
    return s;
}

ComputeDevice chooseDevice(const std::string &spec, std::string *why)
{
    auto say = [why](const ComputeDevice &d, const std::string &reason) {
        if (why)
            *why = d.name() + (reason.empty() ? std::string() : " (" + reason + ")");
        return d;
    };
    const int gpus = cudaDeviceCount();
    if (spec == "auto") {
        if (gpus > 0)
            return say({true, 0}, "auto: " + std::to_string(gpus) + " CUDA GPU" + (gpus == 1 ? "" : "s") + " visible");
        return say({}, cudaBuilt() ? "auto: this LibTorch has CUDA but no GPU is visible"
                                   : "auto: this LibTorch was built without CUDA");
    }
    if (spec == "cpu")
        return say({}, "");
    if (spec.rfind("cuda", 0) != 0)
        throwBadInput({}, "--device must be auto, cpu, cuda or cuda:N, not '" + spec + "'");
    int index = 0;
    if (spec.size() > 4) {
        const std::string digits = spec.substr(5);
        if (spec[4] != ':' || digits.empty() || digits.size() > 4 ||
            !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
            throwBadInput({}, "--device must be auto, cpu, cuda or cuda:N, not '" + spec + "'");
        index = std::stoi(digits);
    }
    if (!cudaBuilt())
        throwBadInput({}, "--device " + spec +
                              ": this EmoLens is built against a LibTorch without CUDA (Debian's); build it against a "
                              "CUDA LibTorch (docs/CLUSTER.md) or use --device cpu");
    if (index >= gpus)
        throwBadInput({}, "--device " + spec + ": " +
                              (gpus == 0 ? std::string("no CUDA GPU is visible to this process")
                                         : "only " + std::to_string(gpus) + " CUDA GPU" + (gpus == 1 ? "" : "s") +
                                               " visible (cuda:0" +
                                               (gpus > 1 ? "..cuda:" + std::to_string(gpus - 1) : "") + ")"));
    return say({true, index}, "");
}

} // namespace emolens
