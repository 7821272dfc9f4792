// fused::batchStatistics (FusedLayers.h): batch norm's mean and variance in one read
// of a channels_last activation. ATen's batch_norm_update_stats read z twice (about
// 4 % of a training step's profile) and summed in float, which put the first layers'
// gradients up to 1 % off the same step in double (tst_trainstep).
//
// Each row of positions is summed in z's type relative to the row's first position
// (so the sum of squares does not cancel however far the mean lies from zero), turned
// into a mean and a sum of squared deviations in double, and rows, then samples, are
// merged in a fixed order (Chan, Golub & LeVeque's pairwise update).
#include "model/FusedLayers.h"

#include <ATen/Parallel.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace emolens::model::fused {

namespace {

/// Count, mean and sum of squared deviations of a set of values.
struct Moments {
    double count = 0, mean = 0, m2 = 0;

    /// This set joined with \p o (o.count > 0).
    void merge(const Moments &o)
    {
        const double total = count + o.count, delta = o.mean - mean;
        mean += delta * (o.count / total);
        m2 += o.m2 + delta * delta * (count * o.count / total);
        count = total;
    }
};

/// A row's moments from its sums relative to \p shift: sum (v - shift), sum (v - shift)^2.
inline Moments rowMoments(double count, double shift, double sum, double sumSq)
{
    return Moments{count, shift + sum / count, std::max(0.0, sumSq - sum * sum / count)};
}

/// Sample \p zn's moments per channel into \p out ([C]). The portable form (double:
/// tests; float without AVX-512).
template <typename T> void sampleMoments(const T *zn, const Shape s, Moments *out)
{
    std::vector<T> row(static_cast<std::size_t>(2 * s.c));
    T *__restrict r1 = row.data();
    T *__restrict r2 = r1 + s.c;
    for (std::int64_t h = 0; h < s.h; ++h) {
        const T *first = zn + h * s.w * s.c;
        std::fill(row.begin(), row.end(), T(0));
        for (std::int64_t w = 0; w < s.w; ++w) {
            const T *__restrict p = first + w * s.c;
            for (std::int64_t c = 0; c < s.c; ++c) {
                const T v = p[c] - first[c];
                r1[c] += v;
                r2[c] += v * v;
            }
        }
        for (std::int64_t c = 0; c < s.c; ++c)
            out[c].merge(rowMoments(static_cast<double>(s.w), first[c], r1[c], r2[c]));
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
#define EMOLENS_STATISTICS_AVX512 1
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized" // GCC 12's _mm512_undefined_*() (FusedLayers.cpp)
/// sampleMoments for float, sixteen channels at a time, the channel tail under a mask;
/// four positions in flight so the additions do not wait on each other. The row's
/// partial sums are added in a fixed order: the same bits whatever the thread count.
__attribute__((target("avx512f"))) void sampleMomentsAvx512(const float *zn, const Shape s, Moments *out)
{
    alignas(64) float k[16], r1[16], r2[16];
    for (std::int64_t c = 0; c < s.c; c += 16) {
        const std::int64_t left = std::min<std::int64_t>(16, s.c - c);
        const __mmask16 m = static_cast<__mmask16>((1u << left) - 1u);
        for (std::int64_t h = 0; h < s.h; ++h) {
            const float *p = zn + h * s.w * s.c + c;
            const __m512 shift = _mm512_maskz_loadu_ps(m, p);
            __m512 a1[4], a2[4];
            for (int i = 0; i < 4; ++i)
                a1[i] = a2[i] = _mm512_setzero_ps();
            std::int64_t w = 0;
            for (; w + 4 <= s.w; w += 4)
                for (int i = 0; i < 4; ++i) {
                    const __m512 v = _mm512_sub_ps(_mm512_maskz_loadu_ps(m, p + (w + i) * s.c), shift);
                    a1[i] = _mm512_add_ps(a1[i], v);
                    a2[i] = _mm512_fmadd_ps(v, v, a2[i]);
                }
            for (; w < s.w; ++w) {
                const __m512 v = _mm512_sub_ps(_mm512_maskz_loadu_ps(m, p + w * s.c), shift);
                a1[0] = _mm512_add_ps(a1[0], v);
                a2[0] = _mm512_fmadd_ps(v, v, a2[0]);
            }
            _mm512_store_ps(k, shift);
            _mm512_store_ps(r1, _mm512_add_ps(_mm512_add_ps(a1[0], a1[1]), _mm512_add_ps(a1[2], a1[3])));
            _mm512_store_ps(r2, _mm512_add_ps(_mm512_add_ps(a2[0], a2[1]), _mm512_add_ps(a2[2], a2[3])));
            for (std::int64_t j = 0; j < left; ++j)
                out[c + j].merge(rowMoments(static_cast<double>(s.w), k[j], r1[j], r2[j]));
        }
    }
}
#pragma GCC diagnostic pop
#endif

/// One sample: AVX-512 for float (applies() takes float only on such CPUs).
template <typename T> void momentsOf(const T *zn, const Shape s, Moments *out)
{
#if defined(EMOLENS_STATISTICS_AVX512)
    if constexpr (std::is_same_v<T, float>) {
        sampleMomentsAvx512(zn, s, out);
        return;
    }
#endif
    sampleMoments(zn, s, out);
}

} // namespace

void batchStatistics(const torch::Tensor &z, torch::Tensor &mean, torch::Tensor &variance)
{
    TORCH_CHECK(applies(z), "fused::batchStatistics: not a channels_last float or double CPU activation");
    const Shape s(z);
    TORCH_CHECK(s.n > 0 && s.h > 0 && s.w > 0, "fused::batchStatistics: an empty activation ", z.sizes());
    std::vector<Moments> perSample(static_cast<std::size_t>(s.n * s.c));
    AT_DISPATCH_FLOATING_TYPES(z.scalar_type(), "fused::batchStatistics", [&] {
        const scalar_t *zp = z.data_ptr<scalar_t>();
        at::parallel_for(0, s.n, 1, [&](std::int64_t n0, std::int64_t n1) {
            for (std::int64_t n = n0; n < n1; ++n)
                momentsOf(zp + n * s.plane(), s, perSample.data() + n * s.c);
        });
    });
    // Samples merged in order.
    mean = torch::empty({s.c}, torch::kDouble);
    variance = torch::empty({s.c}, torch::kDouble);
    double *mp = mean.data_ptr<double>(), *vp = variance.data_ptr<double>();
    for (std::int64_t c = 0; c < s.c; ++c) {
        Moments all = perSample[static_cast<std::size_t>(c)];
        for (std::int64_t n = 1; n < s.n; ++n)
            all.merge(perSample[static_cast<std::size_t>(n * s.c + c)]);
        mp[c] = all.mean;
        vp[c] = all.m2 / all.count;
    }
}

} // namespace emolens::model::fused
