#pragma once
/// \file Device.h
/// Where the network computes: the CPU, or a CUDA GPU when the LibTorch EmoLens
/// was built against has CUDA (Debian's has not; a LibTorch 2.x with CUDA given
/// through CMAKE_PREFIX_PATH has, docs/CLUSTER.md). Features are always made and
/// cached on the CPU; batches move to the device, results come back. Model files
/// hold CPU tensors, so a model trained on one device loads on the other.

#include <string>

namespace emolens {

struct ComputeDevice {
    bool cuda = false;
    int index = 0; ///< the GPU, when cuda
    std::string name() const; ///< "cpu" or "cuda:N"
    bool operator==(const ComputeDevice &o) const { return cuda == o.cuda && (!cuda || index == o.index); }
};

/// Whether this LibTorch was built with CUDA.
bool cudaBuilt();
/// GPUs this process can use (0 without CUDA or without a visible GPU).
int cudaDeviceCount();

/// The device --device names: "auto" (the first GPU when cudaDeviceCount() > 0,
/// else the CPU), "cpu", "cuda" (GPU 0) or "cuda:N". \p why, when given, gets one
/// line saying which device and why ("cpu (auto: this LibTorch has no CUDA)").
/// Throws Error(BadInput) for other text and for a GPU this build or machine lacks,
/// saying which.
ComputeDevice chooseDevice(const std::string &spec, std::string *why = nullptr);

/// Where a result was computed, for its record: "cpu, 1 thread, LibTorch 1.13.0" or
/// "cuda:0, LibTorch 2.11.0, CUDA 13.0". Devices, thread counts and LibTorch builds round
/// differently and training amplifies it, so results record which made them.
std::string computeDescription(const ComputeDevice &device);

} // namespace emolens
