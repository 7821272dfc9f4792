#include "emolens/FrontEnd.h"
#include "emolens/Error.h"

#include <fftw3.h>
#include <samplerate.h>
#include <sndfile.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
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

/// ln(y) for y >= 1: Cephes' single-precision logf (relative error about 1e-7),
/// written without branches or calls so the loops that use it vectorise; the
/// μ-law pass takes 80 000 logarithms a segment, which std::log1p made the front
/// end's bottleneck.
inline float logAtLeastOne(float y)
{
    std::uint32_t bits;
    std::memcpy(&bits, &y, sizeof bits);
    float e = static_cast<float>(static_cast<int>(bits >> 23) - 127);
    bits = (bits & 0x007FFFFFu) | 0x3F800000u; // mantissa m in [1, 2)
    float m;
    std::memcpy(&m, &bits, sizeof m);
    const float big = m > 1.41421356f ? 1.0f : 0.0f; // m in [sqrt(1/2), sqrt(2)) after halving
    m = m * (1.0f - 0.5f * big);
    e += big;
    const float x = m - 1.0f, z = x * x;
    float p = 7.0376836292e-2f;
    p = p * x - 1.1514610310e-1f;
    p = p * x + 1.1676998740e-1f;
    p = p * x - 1.2420140846e-1f;
    p = p * x + 1.4249322787e-1f;
    p = p * x - 1.6668057665e-1f;
    p = p * x + 2.0000714765e-1f;
    p = p * x - 2.4999993993e-1f;
    p = p * x + 3.3333331174e-1f;
    float r = x * z * p + e * -2.12194440e-4f - 0.5f * z;
    return x + r + e * 0.693359375f;
}
#if defined(__SSE2__)
/// logAtLeastOne on four lanes (SSE2, which every x86-64 has): the same steps, so
/// the same results as the scalar form.
inline __m128 logAtLeastOne4(__m128 y)
{
    const __m128i bits = _mm_castps_si128(y);
    __m128 e = _mm_cvtepi32_ps(_mm_sub_epi32(_mm_srli_epi32(bits, 23), _mm_set1_epi32(127)));
    __m128 m =
        _mm_castsi128_ps(_mm_or_si128(_mm_and_si128(bits, _mm_set1_epi32(0x007FFFFF)), _mm_set1_epi32(0x3F800000)));
    const __m128 big = _mm_and_ps(_mm_cmpgt_ps(m, _mm_set1_ps(1.41421356f)), _mm_set1_ps(1.0f));
    m = _mm_mul_ps(m, _mm_sub_ps(_mm_set1_ps(1.0f), _mm_mul_ps(_mm_set1_ps(0.5f), big)));
    e = _mm_add_ps(e, big);
    const __m128 x = _mm_sub_ps(m, _mm_set1_ps(1.0f)), z = _mm_mul_ps(x, x);
    __m128 p = _mm_set1_ps(7.0376836292e-2f);
    for (const float c : {-1.1514610310e-1f, 1.1676998740e-1f, -1.2420140846e-1f, 1.4249322787e-1f, -1.6668057665e-1f,
                          2.0000714765e-1f, -2.4999993993e-1f, 3.3333331174e-1f})
        p = _mm_add_ps(_mm_mul_ps(p, x), _mm_set1_ps(c));
    __m128 r = _mm_mul_ps(_mm_mul_ps(x, z), p);
    r = _mm_add_ps(r, _mm_mul_ps(e, _mm_set1_ps(-2.12194440e-4f)));
    r = _mm_sub_ps(r, _mm_mul_ps(_mm_set1_ps(0.5f), z));
    return _mm_add_ps(_mm_add_ps(x, r), _mm_mul_ps(e, _mm_set1_ps(0.693359375f)));
}
#endif

/// dst[i] = ln(1 + gain src[i]) * scale for i < n (src >= 0): the μ-law pass.
/// Every variant takes the same steps on each lane, without fused multiply-adds
/// (this file is compiled with -ffp-contract=off), so all give the same bits.
using CompandFn = void (*)(const float *src, float *dst, int n, float gain, float scale);

void compandScalar(const float *src, float *dst, int n, float gain, float scale)
{
    for (int i = 0; i < n; ++i)
        dst[i] = logAtLeastOne(1.0f + src[i] * gain) * scale;
}

#if defined(__SSE2__)
void compandSse2(const float *src, float *dst, int n, float gain, float scale)
{
    int i = 0;
    for (; i + 4 <= n; i += 4)
        _mm_storeu_ps(dst + i, _mm_mul_ps(logAtLeastOne4(_mm_add_ps(
                                              _mm_set1_ps(1.0f), _mm_mul_ps(_mm_loadu_ps(src + i), _mm_set1_ps(gain)))),
                                          _mm_set1_ps(scale)));
    compandScalar(src + i, dst + i, n - i, gain, scale);
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#define EMOLENS_FRONTEND_DISPATCH 1
/// The same steps on eight lanes (AVX2, without FMA).
__attribute__((target("avx2"))) void compandAvx2(const float *src, float *dst, int n, float gain, float scale)
{
    const __m256 one = _mm256_set1_ps(1.0f), g = _mm256_set1_ps(gain), sc = _mm256_set1_ps(scale);
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 y = _mm256_add_ps(one, _mm256_mul_ps(_mm256_loadu_ps(src + i), g));
        const __m256i bits = _mm256_castps_si256(y);
        __m256 e = _mm256_cvtepi32_ps(_mm256_sub_epi32(_mm256_srli_epi32(bits, 23), _mm256_set1_epi32(127)));
        __m256 m = _mm256_castsi256_ps(
            _mm256_or_si256(_mm256_and_si256(bits, _mm256_set1_epi32(0x007FFFFF)), _mm256_set1_epi32(0x3F800000)));
        const __m256 big = _mm256_and_ps(_mm256_cmp_ps(m, _mm256_set1_ps(1.41421356f), _CMP_GT_OQ), one);
        m = _mm256_mul_ps(m, _mm256_sub_ps(one, _mm256_mul_ps(_mm256_set1_ps(0.5f), big)));
        e = _mm256_add_ps(e, big);
        const __m256 x = _mm256_sub_ps(m, one), z = _mm256_mul_ps(x, x);
        __m256 p = _mm256_set1_ps(7.0376836292e-2f);
        for (const float c : {-1.1514610310e-1f, 1.1676998740e-1f, -1.2420140846e-1f, 1.4249322787e-1f,
                              -1.6668057665e-1f, 2.0000714765e-1f, -2.4999993993e-1f, 3.3333331174e-1f})
            p = _mm256_add_ps(_mm256_mul_ps(p, x), _mm256_set1_ps(c));
        __m256 r = _mm256_mul_ps(_mm256_mul_ps(x, z), p);
        r = _mm256_add_ps(r, _mm256_mul_ps(e, _mm256_set1_ps(-2.12194440e-4f)));
        r = _mm256_sub_ps(r, _mm256_mul_ps(_mm256_set1_ps(0.5f), z));
        const __m256 l = _mm256_add_ps(_mm256_add_ps(x, r), _mm256_mul_ps(e, _mm256_set1_ps(0.693359375f)));
        _mm256_storeu_ps(dst + i, _mm256_mul_ps(l, sc));
    }
    compandScalar(src + i, dst + i, n - i, gain, scale);
}

/// The same steps on sixteen lanes (AVX-512F), the tail under a mask.
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*(), which its
// -Wmaybe-uninitialized reports at every use.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
__attribute__((target("avx512f"))) void compandAvx512(const float *src, float *dst, int n, float gain, float scale)
{
    const __m512 one = _mm512_set1_ps(1.0f), g = _mm512_set1_ps(gain), sc = _mm512_set1_ps(scale);
    for (int i = 0; i < n; i += 16) {
        const int left = n - i;
        const __mmask16 mask = left >= 16 ? static_cast<__mmask16>(0xFFFF) : static_cast<__mmask16>((1u << left) - 1u);
        const __m512 y = _mm512_add_ps(one, _mm512_mul_ps(_mm512_maskz_loadu_ps(mask, src + i), g));
        const __m512i bits = _mm512_castps_si512(y);
        __m512 e = _mm512_cvtepi32_ps(_mm512_sub_epi32(_mm512_srli_epi32(bits, 23), _mm512_set1_epi32(127)));
        __m512 m = _mm512_castsi512_ps(
            _mm512_or_epi32(_mm512_and_epi32(bits, _mm512_set1_epi32(0x007FFFFF)), _mm512_set1_epi32(0x3F800000)));
        const __m512 big = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(m, _mm512_set1_ps(1.41421356f), _CMP_GT_OQ), one);
        m = _mm512_mul_ps(m, _mm512_sub_ps(one, _mm512_mul_ps(_mm512_set1_ps(0.5f), big)));
        e = _mm512_add_ps(e, big);
        const __m512 x = _mm512_sub_ps(m, one), z = _mm512_mul_ps(x, x);
        __m512 p = _mm512_set1_ps(7.0376836292e-2f);
        for (const float c : {-1.1514610310e-1f, 1.1676998740e-1f, -1.2420140846e-1f, 1.4249322787e-1f,
                              -1.6668057665e-1f, 2.0000714765e-1f, -2.4999993993e-1f, 3.3333331174e-1f})
            p = _mm512_add_ps(_mm512_mul_ps(p, x), _mm512_set1_ps(c));
        __m512 r = _mm512_mul_ps(_mm512_mul_ps(x, z), p);
        r = _mm512_add_ps(r, _mm512_mul_ps(e, _mm512_set1_ps(-2.12194440e-4f)));
        r = _mm512_sub_ps(r, _mm512_mul_ps(_mm512_set1_ps(0.5f), z));
        const __m512 l = _mm512_add_ps(_mm512_add_ps(x, r), _mm512_mul_ps(e, _mm512_set1_ps(0.693359375f)));
        _mm512_mask_storeu_ps(dst + i, mask, _mm512_mul_ps(l, sc));
    }
}
#pragma GCC diagnostic pop
#endif

/// The widest μ-law pass this CPU runs, or the one EMOLENS_FRONTEND_SIMD names
/// (scalar, sse2, avx2, avx512: for tests and benchmarks; a level the CPU lacks
/// falls back to the widest it has).
CompandFn pickCompand()
{
    const char *forced = std::getenv("EMOLENS_FRONTEND_SIMD");
    const std::string want = forced ? forced : "";
    if (want == "scalar")
        return compandScalar;
#if defined(EMOLENS_FRONTEND_DISPATCH)
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f"), avx2 = __builtin_cpu_supports("avx2");
    if (avx512 && (want.empty() || want == "avx512"))
        return compandAvx512;
    if (avx2 && (want.empty() || want == "avx512" || want == "avx2"))
        return compandAvx2;
#endif
#if defined(__SSE2__)
    return compandSse2;
#else
    return compandScalar;
#endif
}
} // namespace

struct FrontEnd::Impl {
    FeatureConfig config;
    CompandFn compandRow = pickCompand();
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
