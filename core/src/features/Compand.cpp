#include "features/Compand.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace emolens::compand {

namespace {

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

} // namespace

/// The widest μ-law pass this CPU runs, or the one EMOLENS_FRONTEND_SIMD names
/// (scalar, sse2, avx2, avx512: for tests and benchmarks; a level the CPU lacks
/// falls back to the widest it has).
Fn pick()
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

} // namespace emolens::compand
