#include "emolens/FrontEnd.h"
#include "emolens/Error.h"
#include "features/Compand.h"

#include <fftw3.h>
#include <samplerate.h>
#include <sndfile.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <string>

namespace emolens {

std::string featureNumericsVersion()
{
    static const std::string version = "frontend " + std::to_string(kFrontEndVersion) + "; " + sf_version_string() +
                                       "; " + src_get_version() + "; " + fftwf_version;
    return version;
}

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
    compand::Fn compandRow = compand::pick();
    std::vector<float> window; // symmetric Hamming, windowSamples long
    std::vector<float> segment; // L samples, zero-padded copy of the input
    std::vector<float> magnitudes; // one frame's |X_k|
    // Frames of |X_k| by frequency: row k holds frame g in column g % F
    // (F = framesPerSegment), so the F frames of any segment on the frame grid are
    // at most two contiguous runs in every row, ready for the μ-law pass: no
    // transposition per segment. 400 x 197 floats.
    std::vector<float> ring;
    std::vector<float> ringPeak; // each slot's maximum
    std::int64_t ringFrom = -1, ringTo = -1; // the ring holds frames [ringFrom, ringTo)
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
            window[static_cast<std::size_t>(n)] = static_cast<float>(0.54 - 0.46 * std::cos(2.0 * M_PI * n / (W - 1)));
        segment.assign(static_cast<std::size_t>(config.segmentSamples), 0.0f);
        magnitudes.assign(static_cast<std::size_t>(config.freqBins), 0.0f);
        ring.assign(static_cast<std::size_t>(config.framesPerSegment()) * config.freqBins, 0.0f);
        ringPeak.assign(static_cast<std::size_t>(config.framesPerSegment()), 0.0f);

        const int N = config.fftSize;
        frame.reset(static_cast<float *>(fftwf_malloc(sizeof(float) * static_cast<std::size_t>(N))));
        spectrum.reset(
            static_cast<fftwf_complex *>(fftwf_malloc(sizeof(fftwf_complex) * static_cast<std::size_t>(N / 2 + 1))));
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
        const int L = config.segmentSamples, S = config.shiftSamples, frames = config.framesPerSegment();
        const auto n = static_cast<std::size_t>(std::clamp<std::int64_t>(count, 0, L));
        std::copy_n(samples, n, segment.begin());
        std::fill(segment.begin() + static_cast<std::ptrdiff_t>(n), segment.end(), 0.0f);
        for (int f = 0; f < frames; ++f)
            putFrame(f, segment.data() + static_cast<std::ptrdiff_t>(f) * S);
        assembleSegment(0, out);
        ringFrom = ringTo = -1; // the ring now holds this segment's frames, not the signal's
    }

    /// |X_k| for k < freqBins of the windowed frame at \p src (windowSamples
    /// samples) into ring slot \p slot and its maximum into ringPeak.
    void putFrame(int slot, const float *src)
    {
        const int W = config.windowSamples, rows = config.freqBins;
        const auto frames = static_cast<std::size_t>(config.framesPerSegment());
        float *in = frame.get();
        const fftwf_complex *X = spectrum.get();
        // Samples W..fftSize-1 of `in` stay zero: out-of-place r2c preserves its input.
        for (int i = 0; i < W; ++i)
            in[i] = src[i] * window[static_cast<std::size_t>(i)];
        fftwf_execute(plan);
        float *mag = magnitudes.data();
        float peak = 0.0f;
        int k = 0;
#if defined(__SSE2__)
        // Four bins at a time: the same products, sum and correctly rounded square
        // root as the scalar loop. max(mag, peak) keeps the peak when mag is NaN,
        // as std::max(peak, mag) does.
        __m128 peak4 = _mm_setzero_ps();
        const float *xs = &X[0][0];
        for (; k + 4 <= rows; k += 4) {
            const __m128 a = _mm_loadu_ps(xs + 2 * k), b = _mm_loadu_ps(xs + 2 * k + 4);
            const __m128 re = _mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0)),
                         im = _mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1));
            const __m128 m4 = _mm_sqrt_ps(_mm_add_ps(_mm_mul_ps(re, re), _mm_mul_ps(im, im)));
            _mm_storeu_ps(mag + k, m4);
            peak4 = _mm_max_ps(m4, peak4);
        }
        alignas(16) float lanes[4];
        _mm_store_ps(lanes, peak4);
        for (const float lane : lanes)
            peak = std::max(peak, lane);
#endif
        for (; k < rows; ++k) {
            mag[k] = std::sqrt(X[k][0] * X[k][0] + X[k][1] * X[k][1]);
            peak = std::max(peak, mag[k]);
        }
        float *column = ring.data() + slot;
        for (k = 0; k < rows; ++k, column += frames)
            *column = mag[k];
        ringPeak[static_cast<std::size_t>(slot)] = peak;
    }

    /// The segment whose frames sit in ring slots firstSlot, firstSlot + 1, ...
    /// (mod F): peak normalisation and μ-law, x -> ln(1 + mu x / peak) / ln(1 + mu),
    /// row by row into \p out (freqBins x frameColumns); columns past F are zero.
    /// Silence stays zero.
    void assembleSegment(int firstSlot, float *out) const
    {
        const int rows = config.freqBins, cols = config.frameColumns, frames = config.framesPerSegment();
        float peak = 0.0f;
        for (const float p : ringPeak)
            peak = std::max(peak, p);
        const float gain = config.muLaw / peak, scale = 1.0f / std::log1p(config.muLaw);
        const int head = frames - firstSlot; // slots firstSlot..F-1, then 0..firstSlot-1
        for (int k = 0; k < rows; ++k) {
            const float *src = ring.data() + static_cast<std::size_t>(k) * frames;
            float *row = out + static_cast<std::size_t>(k) * cols;
            if (peak > 0.0f) {
                compandRow(src + firstSlot, row, head, gain, scale);
                compandRow(src, row + head, firstSlot, gain, scale);
            } else {
                std::copy_n(src + firstSlot, head, row);
                std::copy_n(src, firstSlot, row + head);
            }
            std::fill(row + frames, row + cols, 0.0f);
        }
    }

    /// Makes frames [firstFrame, firstFrame + framesPerSegment) of \p signal available in the ring.
    void fillRing(const std::vector<float> &signal, std::int64_t firstFrame)
    {
        const int frames = config.framesPerSegment();
        const std::int64_t last = firstFrame + frames;
        if (firstFrame < ringFrom || firstFrame > ringTo)
            ringFrom = ringTo = firstFrame; // not contiguous with what the ring holds: start over
        for (std::int64_t g = std::max(ringTo, firstFrame); g < last; ++g)
            putFrame(static_cast<int>(g % frames), signal.data() + g * config.shiftSamples);
        ringTo = std::max(ringTo, last);
        ringFrom = std::max(ringFrom, ringTo - frames);
    }

    /// The loop behind forEachSegment and compute, over segments already cut.
    void run(const std::vector<float> &signal, const std::vector<Segment> &segments,
             const std::function<void(std::size_t, const Segment &, const float *)> &sink, const ProgressFn &progress,
             const CancelToken *cancel)
    {
        std::vector<float> matrix(static_cast<std::size_t>(config.matrixSize()));
        const std::int64_t L = config.segmentSamples, S = config.shiftSamples;
        const int frames = config.framesPerSegment();
        ringFrom = ringTo = -1;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            throwIfCancelled(cancel);
            const Segment &seg = segments[i];
            const std::int64_t available = static_cast<std::int64_t>(signal.size()) - seg.startSample;
            if (seg.startSample % S == 0 && available >= L) {
                // On the frame grid and inside the signal: frames are shared with the neighbours.
                fillRing(signal, seg.startSample / S);
                assembleSegment(static_cast<int>((seg.startSample / S) % frames), matrix.data());
            } else { // a zero-padded short signal, or the final segment that ends at the last sample
                computeSegment(signal.data() + seg.startSample, std::min<std::int64_t>(available, L), matrix.data());
            }
            sink(i, seg, matrix.data());
            if (progress)
                progress(static_cast<double>(i + 1) / static_cast<double>(segments.size()));
        }
    }
};

FrontEnd::FrontEnd(const FeatureConfig &config) : d(std::make_unique<Impl>(config)) { }
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

std::vector<Segment> FrontEnd::segment(std::int64_t numSamples, SegmentUse use) const
{
    return segment(numSamples, d->config.hopSamples(use));
}

std::vector<Segment> FrontEnd::segment(std::int64_t numSamples, int hopSamples) const
{
    return segmentSignal(numSamples, d->config.segmentSamples, hopSamples);
}

void FrontEnd::forEachSegment(const std::vector<float> &signal, const std::vector<Segment> &segments,
                              const std::function<void(std::size_t, const Segment &, const float *)> &sink,
                              const ProgressFn &progress, const CancelToken *cancel)
{
    const auto n = static_cast<std::int64_t>(signal.size());
    for (const Segment &s : segments) {
        const std::int64_t real = std::min(s.endSample, n) - s.startSample;
        if (s.startSample < 0 || s.endSample - s.startSample != d->config.segmentSamples || (real <= 0 && n > 0) ||
            s.paddedSamples != s.endSample - s.startSample - std::max<std::int64_t>(real, 0))
            throwBadInput("segments", "a segment from " + std::to_string(s.startSample) + " to " +
                                          std::to_string(s.endSample) + " is not one of a " + std::to_string(n) +
                                          "-sample signal's " + std::to_string(d->config.segmentSamples) +
                                          "-sample segments");
    }
    d->run(signal, segments, sink, progress, cancel);
}

void FrontEnd::forEachSegment(const std::vector<float> &signal, SegmentUse use,
                              const std::function<void(std::size_t, const Segment &, const float *)> &sink,
                              const ProgressFn &progress, const CancelToken *cancel)
{
    d->run(signal, segment(static_cast<std::int64_t>(signal.size()), use), sink, progress, cancel);
}

SegmentFeatures FrontEnd::compute(const std::vector<float> &signal, SegmentUse use, const ProgressFn &progress,
                                  const CancelToken *cancel)
{
    return compute(signal, d->config.hopSamples(use), progress, cancel);
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
