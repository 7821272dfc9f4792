#include "emolens/FrontEnd.h"
#include "emolens/Error.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace emolens {

namespace {
// FFTW's planner keeps global state and is not thread-safe; execution of an
// existing plan is. Every plan and destroy goes through this lock.
std::mutex &fftwPlannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct FftwFree {
    void operator()(void *p) const { fftwf_free(p); }
};
} // namespace

struct FrontEnd::Impl {
    FeatureConfig config;
    std::vector<float> window;   // symmetric Hamming, windowSamples long
    std::vector<float> segment;  // L samples, zero-padded copy of the input
    std::unique_ptr<float, FftwFree> frame;
    std::unique_ptr<fftwf_complex, FftwFree> spectrum;
    fftwf_plan plan = nullptr;

    explicit Impl(const FeatureConfig &c) : config(c)
    {
        config.requireValid();
        const int W = config.windowSamples;
        window.resize(static_cast<std::size_t>(W));
        // w[n] = 0.54 - 0.46 cos(2 pi n / (W - 1)): the symmetric form (docs/FRONTEND.md).
        for (int n = 0; n < W; ++n)
            window[static_cast<std::size_t>(n)] =
                static_cast<float>(0.54 - 0.46 * std::cos(2.0 * M_PI * n / (W - 1)));
        segment.assign(static_cast<std::size_t>(config.segmentSamples), 0.0f);

        const int N = config.fftSize;
        frame.reset(static_cast<float *>(fftwf_malloc(sizeof(float) * static_cast<std::size_t>(N))));
        spectrum.reset(static_cast<fftwf_complex *>(
            fftwf_malloc(sizeof(fftwf_complex) * static_cast<std::size_t>(N / 2 + 1))));
        if (!frame || !spectrum)
            throw Error(ErrorKind::Internal, {}, "FFTW could not allocate its buffers");
        std::fill_n(frame.get(), N, 0.0f);
        {
            std::lock_guard<std::mutex> lock(fftwPlannerMutex());
            // FFTW_ESTIMATE: the same algorithm on every run, so features are
            // bit-identical run to run (MEASURE picks by timing, which varies).
            plan = fftwf_plan_dft_r2c_1d(N, frame.get(), spectrum.get(), FFTW_ESTIMATE);
        }
        if (!plan)
            throw Error(ErrorKind::Internal, {}, "FFTW could not plan a transform of size " + std::to_string(N));
    }

    ~Impl()
    {
        if (plan) {
            std::lock_guard<std::mutex> lock(fftwPlannerMutex());
            fftwf_destroy_plan(plan);
        }
    }

    void computeSegment(const float *samples, std::int64_t count, float *out)
    {
        const int L = config.segmentSamples, W = config.windowSamples, S = config.shiftSamples;
        const int rows = config.freqBins, cols = config.frameColumns, frames = config.framesPerSegment();
        const auto n = static_cast<std::size_t>(std::clamp<std::int64_t>(count, 0, L));
        std::copy_n(samples, n, segment.begin());
        std::fill(segment.begin() + static_cast<std::ptrdiff_t>(n), segment.end(), 0.0f);
        std::fill_n(out, static_cast<std::size_t>(rows) * cols, 0.0f);

        float *in = frame.get();
        const fftwf_complex *X = spectrum.get();
        float peak = 0.0f;
        for (int f = 0; f < frames; ++f) {
            const float *src = segment.data() + static_cast<std::ptrdiff_t>(f) * S;
            // Samples W..fftSize-1 of `in` stay zero: out-of-place r2c preserves its input.
            for (int i = 0; i < W; ++i)
                in[i] = src[i] * window[static_cast<std::size_t>(i)];
            fftwf_execute(plan);
            for (int k = 0; k < rows; ++k) {
                const float magnitude = std::sqrt(X[k][0] * X[k][0] + X[k][1] * X[k][1]);
                out[static_cast<std::size_t>(k) * cols + f] = magnitude;
                peak = std::max(peak, magnitude);
            }
        }
        if (peak <= 0.0f)
            return; // silence stays all zeros
        const float mu = config.muLaw, scale = 1.0f / std::log1p(mu);
        for (int k = 0; k < rows; ++k) {
            float *row = out + static_cast<std::size_t>(k) * cols;
            for (int f = 0; f < frames; ++f)
                row[f] = std::log1p(mu * (row[f] / peak)) * scale; // values are >= 0 here
        }
    }

    /// The loop behind forEachSegment and compute, over segments already cut.
    void run(const std::vector<float> &signal, const std::vector<Segment> &segments,
             const std::function<void(std::size_t, const Segment &, const float *)> &sink, const ProgressFn &progress,
             const CancelToken *cancel)
    {
        std::vector<float> matrix(static_cast<std::size_t>(config.matrixSize()));
        for (std::size_t i = 0; i < segments.size(); ++i) {
            throwIfCancelled(cancel);
            const Segment &seg = segments[i];
            const std::int64_t available = static_cast<std::int64_t>(signal.size()) - seg.startSample;
            computeSegment(signal.data() + seg.startSample, std::min<std::int64_t>(available, config.segmentSamples),
                           matrix.data());
            sink(i, seg, matrix.data());
            if (progress)
                progress(static_cast<double>(i + 1) / static_cast<double>(segments.size()));
        }
    }
};

FrontEnd::FrontEnd(const FeatureConfig &config) : d(std::make_unique<Impl>(config)) {}
FrontEnd::~FrontEnd() = default;
FrontEnd::FrontEnd(FrontEnd &&) noexcept = default;
FrontEnd &FrontEnd::operator=(FrontEnd &&) noexcept = default;

const FeatureConfig &FrontEnd::config() const
{
    return d->config;
}

void FrontEnd::computeSegment(const float *samples, std::int64_t count, float *out)
{
    d->computeSegment(samples, count, out);
}

void FrontEnd::forEachSegment(const std::vector<float> &signal, int hopSamples,
                              const std::function<void(std::size_t, const Segment &, const float *)> &sink,
                              const ProgressFn &progress, const CancelToken *cancel)
{
    d->run(signal, segmentSignal(static_cast<std::int64_t>(signal.size()), d->config.segmentSamples, hopSamples), sink,
           progress, cancel);
}

SegmentFeatures FrontEnd::compute(const std::vector<float> &signal, int hopSamples, const ProgressFn &progress,
                                  const CancelToken *cancel)
{
    SegmentFeatures result;
    result.config = d->config;
    result.segments = segmentSignal(static_cast<std::int64_t>(signal.size()), d->config.segmentSamples, hopSamples);
    const auto size = static_cast<std::size_t>(d->config.matrixSize());
    result.values.resize(result.segments.size() * size);
    d->run(
        signal, result.segments,
        [&](std::size_t i, const Segment &, const float *m) { std::copy_n(m, size, result.values.begin() + i * size); },
        progress, cancel);
    return result;
}

} // namespace emolens
