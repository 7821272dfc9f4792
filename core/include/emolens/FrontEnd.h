#pragma once
/// \file FrontEnd.h
/// The paper's front end (docs/FRONTEND.md): 2 s segments, 40 ms symmetric
/// Hamming frames every 10 ms, NFFT 1600, |X[k]| for 0-3990 Hz, a 400x200
/// matrix (frequency ascending x frames), peak normalisation, mu-law (mu = 255).

#include "emolens/FeatureConfig.h"
#include "emolens/Progress.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace emolens {

/// The front end's numerics version: bump it with any change to FrontEnd that can
/// change a feature value (framing, window, FFT, normalisation, companding, their
/// vectorised forms), so cached features of the old numerics are never reused.
/// 2: frames shared between overlapping segments, vectorised log (issue 11).
constexpr int kFrontEndVersion = 2;

/// Everything besides FeatureConfig that features depend on: this front end's
/// version and the versions of libsndfile (decoding) and libsamplerate
/// (resampling) in use, e.g. "frontend 2; libsndfile-1.2.0; libsamplerate-0.2.2".
std::string featureNumericsVersion();

/// One segment of a signal, in samples at FeatureConfig::sampleRateHz.
struct Segment {
    std::int64_t startSample = 0;
    std::int64_t endSample = 0; ///< start + L (exclusive), even when zero-padded
    std::int64_t paddedSamples = 0; ///< samples past the signal's end, filled with 0
};

/// Segment starts: 0, hop, 2 hop, ... while start + L <= N; if the last one ends
/// before N, one more ending exactly at N. N < L gives one zero-padded segment.
/// Throws Error(BadInput) for L <= 0 or hop <= 0.
std::vector<Segment> segmentSignal(std::int64_t numSamples, int segmentSamples, int hopSamples);

/// F(x) = sgn(x) ln(1 + mu |x|) / ln(1 + mu), for x in [-1, 1].
float muLaw(float x, float mu);

/// Features of a whole signal: segments x freqBins x frameColumns, C order.
struct SegmentFeatures {
    FeatureConfig config;
    std::vector<Segment> segments;
    std::vector<float> values;
    const float *matrix(std::size_t segment) const
    {
        return values.data() + segment * static_cast<std::size_t>(config.matrixSize());
    }
};

/// Computes feature matrices. Owns FFTW plans and work buffers made once in the
/// constructor (planning is serialised internally: FFTW's planner is not
/// thread-safe). One instance per thread; instances are cheap to keep.
class FrontEnd {
public:
    /// Throws Error(BadInput) when \p config is invalid.
    explicit FrontEnd(const FeatureConfig &config = {});
    ~FrontEnd();
    FrontEnd(FrontEnd &&) noexcept;
    FrontEnd &operator=(FrontEnd &&) noexcept;
    FrontEnd(const FrontEnd &) = delete;
    FrontEnd &operator=(const FrontEnd &) = delete;

    const FeatureConfig &config() const;

    /// One segment: \p count (<= L) samples, zero-padded to L, into \p out
    /// (freqBins x frameColumns, row-major). No heap allocation.
    void computeSegment(const float *samples, std::int64_t count, float *out);

    /// The segments of a signal of \p numSamples samples, cut for \p use (its hop from
    /// the config) or at \p hopSamples: ask once, then compute exactly these.
    std::vector<Segment> segment(std::int64_t numSamples, SegmentUse use) const;
    std::vector<Segment> segment(std::int64_t numSamples, int hopSamples) const;

    /// Calls \p sink for each of \p segments (from segment()) of \p signal, in order,
    /// with a matrix valid only during the call. Memory stays at one matrix,
    /// whatever the signal's length. Checks \p cancel before every segment.
    /// Throws Error(BadInput) for a segment that is not one of \p signal's.
    void forEachSegment(const std::vector<float> &signal, const std::vector<Segment> &segments,
                        const std::function<void(std::size_t index, const Segment &, const float *matrix)> &sink,
                        const ProgressFn &progress = {}, const CancelToken *cancel = nullptr);
    /// The same for the segments cut for \p use.
    void forEachSegment(const std::vector<float> &signal, SegmentUse use,
                        const std::function<void(std::size_t index, const Segment &, const float *matrix)> &sink,
                        const ProgressFn &progress = {}, const CancelToken *cancel = nullptr);
    /// Calls \p sink for every segment of \p signal at \p hopSamples, in order,
    /// with a matrix valid only during the call. Memory stays at one matrix,
    /// whatever the signal's length. Checks \p cancel before every segment.
    void forEachSegment(const std::vector<float> &signal, int hopSamples,
                        const std::function<void(std::size_t index, const Segment &, const float *matrix)> &sink,
                        const ProgressFn &progress = {}, const CancelToken *cancel = nullptr);

    /// All segments in memory (segments x 80 000 floats: mind long files).
    SegmentFeatures compute(const std::vector<float> &signal, SegmentUse use, const ProgressFn &progress = {},
                            const CancelToken *cancel = nullptr);
    SegmentFeatures compute(const std::vector<float> &signal, int hopSamples, const ProgressFn &progress = {},
                            const CancelToken *cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace emolens
