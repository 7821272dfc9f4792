#pragma once
/// \file Model.h
/// The attention-pooling CNN of Li et al. (Interspeech 2018), behind a torch-free
/// interface. Input: feature matrices [batch, 400, 200] (frequency x time) from
/// FrontEnd. Not thread-safe: one instance per thread (or a mutex around it).

#include "emolens/Device.h"
#include "emolens/ModelConfig.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace emolens {

/// Attention maps of one input, at mapHeight() x mapWidth(), row-major.
struct AttentionMaps {
    int height = 0, width = 0, classes = 0;
    std::vector<float> bottomUp; ///< softmax(B) over all positions: sums to 1 (attention pooling only)
    std::vector<float> topDown; ///< T_k for every class k: classes x height x width
};

struct ModelOutput {
    std::vector<float> logits; ///< batch x numClasses
    std::vector<AttentionMaps> maps; ///< one per input when asked for, else empty
};

/// Whether this CPU runs bfloat16 arithmetic natively (AVX512-BF16). Elsewhere
/// bfloat16 still works but through slow emulation, so checks that merely measure
/// it (the cross-validation's bfloat16 scoring) are skipped.
bool bfloat16IsNative();

/// The inference precision used unless one is asked for: bfloat16 on a CPU that runs
/// it natively (bfloat16IsNative), float32 elsewhere (a CUDA GPU, or a CPU that would
/// emulate bfloat16). bfloat16 became the default after its cost was measured on all
/// ten EmoDB fold models (docs/PERFORMANCE.md: no prediction changed).
InferencePrecision defaultInferencePrecision(const ComputeDevice &device);
/// The precision \p spec names for a model computing on \p device: "auto"
/// (defaultInferencePrecision), "fp32" or "bf16". \p why, when given, gets e.g.
/// "bf16 (auto: this CPU has AVX512-BF16)". Throws Error(BadInput) for other text.
InferencePrecision choosePrecision(const std::string &spec, const ComputeDevice &device, std::string *why = nullptr);

/// Sets the compute threads once for the process (Debian's LibTorch starts with one).
/// \p threads <= 0 means one per core.
void setComputeThreads(int threads);
int computeThreads();

class AttentionPoolingCnn {
public:
    /// Fresh weights from \p seed (the same seed gives the same weights). Throws Error(BadInput).
    explicit AttentionPoolingCnn(const ModelConfig &config = {}, std::uint64_t seed = 0);
    ~AttentionPoolingCnn();
    AttentionPoolingCnn(AttentionPoolingCnn &&) noexcept;
    AttentionPoolingCnn &operator=(AttentionPoolingCnn &&) noexcept;

    const ModelConfig &config() const;
    std::int64_t parameterCount() const;

    /// Inference (eval mode, no gradients) on \p batch matrices of
    /// inputHeight x inputWidth floats each, laid out contiguously.
    ModelOutput forward(const float *features, int batch, bool withMaps = false);
    /// The arithmetic forward() uses from now on (training is always float32).
    void setInferencePrecision(InferencePrecision precision);
    InferencePrecision inferencePrecision() const;
    /// Moves the weights to \p device (from chooseDevice); forward() and training then
    /// compute there. Inputs and outputs stay on the CPU side of this interface.
    void setDevice(const ComputeDevice &device);
    ComputeDevice device() const;

    struct Impl; ///< torch module and state; defined in core/src/model
    Impl &impl();
    const Impl &impl() const;

private:
    std::unique_ptr<Impl> d;
};

} // namespace emolens
