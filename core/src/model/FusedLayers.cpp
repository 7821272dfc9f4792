#include "model/FusedLayers.h"

#include <ATen/Parallel.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace emolens::model::fused {

namespace {

template <typename T> inline T relu(T v)
{
    return v > T(0) ? v : T(0);
}

/// max by value (std::max returns a reference, which kept GCC from vectorising).
template <typename T> inline T larger(T a, T b)
{
    return a < b ? b : a;
}

/// \p out: element (n, h, w, c) at n outSample + (h W' + w) outPixel + c (outPixel >= C:
/// channels_last, or a channel slice of a wider channels_last tensor).
template <typename T> void activationKernel(const T *z, const T *scale, const T *shift, T *out, std::int64_t outSample,
                                            std::int64_t outPixel, const Shape s, bool pooled)
{
    const std::int64_t C = s.c, H2 = s.h / 2, W2 = s.w / 2;
    at::parallel_for(0, s.n, 1, [&](std::int64_t n0, std::int64_t n1) {
        for (std::int64_t n = n0; n < n1; ++n) {
            const T *zn = z + n * s.plane();
            T *on = out + n * outSample;
            if (!pooled) {
                for (std::int64_t p = 0; p < s.h * s.w; ++p)
                    for (std::int64_t c = 0; c < C; ++c)
                        on[p * outPixel + c] = relu(zn[p * C + c] * scale[c] + shift[c]);
                continue;
            }
            for (std::int64_t i = 0; i < H2; ++i)
                for (std::int64_t j = 0; j < W2; ++j) {
                    const T *a = zn + ((2 * i) * s.w + 2 * j) * C, *b = a + C, *c2 = a + s.w * C, *d = c2 + C;
                    T *o = on + (i * W2 + j) * outPixel;
                    for (std::int64_t c = 0; c < C; ++c) {
                        const T ya = relu(a[c] * scale[c] + shift[c]), yb = relu(b[c] * scale[c] + shift[c]),
                                yc = relu(c2[c] * scale[c] + shift[c]), yd = relu(d[c] * scale[c] + shift[c]);
                        o[c] = std::max(std::max(ya, yb), std::max(yc, yd));
                    }
                }
        }
    });
}

/// T: float, or std::int16_t holding bfloat16 bits. For the latter relu and the
/// maximum are taken on the bits as signed integers: non-negative bfloat16 values
/// order as their bits do, and negative ones (sign bit set: negative integers) all
/// lose to zero, so relu(max) of the bits is the bits of relu(max) of the values,
/// exactly, in integer instructions any x86-64 CPU vectorises.
template <typename T> void reluMaxPoolKernel(const T *z, T *out, const Shape s)
{
    const std::int64_t C = s.c, H2 = s.h / 2, W2 = s.w / 2;
    at::parallel_for(0, s.n * H2, 1, [&](std::int64_t r0, std::int64_t r1) {
        for (std::int64_t r = r0; r < r1; ++r) { // one row of windows of one sample
            const std::int64_t n = r / H2, i = r % H2;
            const T *zn = z + n * s.plane();
            T *o = out + r * W2 * C;
            for (std::int64_t j = 0; j < W2; ++j, o += C) {
                const T *a = zn + ((2 * i) * s.w + 2 * j) * C, *b = a + C, *c2 = a + s.w * C, *d = c2 + C;
                for (std::int64_t c = 0; c < C; ++c)
                    o[c] = relu(larger(larger(a[c], b[c]), larger(c2[c], d[c])));
            }
        }
    });
}

/// Pass A of the backward: g = dL/dy routed and masked, and per-sample sums
/// sums[n][0][c] = sum g, sums[n][1][c] = sum g (z - mean), in double (each row of
/// positions summed in T first). The portable form: double precision (tests) takes
/// it; float takes routeAvx512, since GCC 12 does not vectorise this one.
template <typename T> void routeKernel(const T *z, const T *dOut, const std::int64_t dSample, const std::int64_t dPixel,
                                       const T *scale, const T *shift, const T *mean, T *g, const Shape s, bool pooled,
                                       double *sums)
{
    const std::int64_t C = s.c, H2 = s.h / 2, W2 = s.w / 2;
    at::parallel_for(0, s.n, 1, [&](std::int64_t n0, std::int64_t n1) {
        std::vector<T> rowG(static_cast<std::size_t>(C)), rowGC(static_cast<std::size_t>(C));
        T *__restrict accG = rowG.data();
        T *__restrict accGC = rowGC.data();
        for (std::int64_t n = n0; n < n1; ++n) {
            const T *__restrict zn = z + n * s.plane();
            T *__restrict gn = g + n * s.plane();
            double *sumG = sums + n * 2 * C, *sumGC = sumG + C;
            std::fill(sumG, sumG + 2 * C, 0.0);
            const auto addRow = [&] {
                for (std::int64_t c = 0; c < C; ++c) {
                    sumG[c] += static_cast<double>(accG[c]);
                    sumGC[c] += static_cast<double>(accGC[c]);
                }
            };
            if (!pooled) {
                const T *dn = dOut + n * dSample;
                for (std::int64_t h = 0; h < s.h; ++h) {
                    std::fill(rowG.begin(), rowG.end(), T(0));
                    std::fill(rowGC.begin(), rowGC.end(), T(0));
                    for (std::int64_t w = 0; w < s.w; ++w) {
                        const std::int64_t at = (h * s.w + w) * C;
                        const T *__restrict zp = zn + at;
                        const T *__restrict dp = dn + (h * s.w + w) * dPixel;
                        T *__restrict gp = gn + at;
                        for (std::int64_t c = 0; c < C; ++c) {
                            const T dv = dp[c];
                            const T gv = zp[c] * scale[c] + shift[c] > T(0) ? dv : T(0);
                            gp[c] = gv;
                            accG[c] += gv;
                            accGC[c] += (zp[c] - mean[c]) * gv;
                        }
                    }
                    addRow();
                }
                continue;
            }
            const T *__restrict dn = dOut + n * dSample;
            const std::int64_t row = s.w * C;
            for (std::int64_t i = 0; i < H2; ++i) {
                std::fill(rowG.begin(), rowG.end(), T(0));
                std::fill(rowGC.begin(), rowGC.end(), T(0));
                for (std::int64_t j = 0; j < W2; ++j) {
                    const std::int64_t at = ((2 * i) * s.w + 2 * j) * C, dAt = (i * W2 + j) * dPixel;
                    for (std::int64_t c = 0; c < C; ++c) {
                        const std::int64_t ka = at + c, kb = ka + C, kc = ka + row, kd = kc + C;
                        const T za = zn[ka], zb = zn[kb], zc = zn[kc], zd = zn[kd], sc = scale[c], sh = shift[c];
                        const T ya = relu(za * sc + sh), yb = relu(zb * sc + sh), yc = relu(zc * sc + sh),
                                yd = relu(zd * sc + sh);
                        const T best = larger(larger(ya, yb), larger(yc, yd));
                        // torch's max_pool2d routes to the first maximum in scan order (a b / c d);
                        // the ReLU passes it only where the maximum is positive.
                        const T dv = dn[dAt + c];
                        const T gv = best > T(0) ? dv : T(0);
                        // 0/1 weights: the first of the positions equal to the maximum (gv * 1 is gv).
                        const T wA = ya == best ? T(1) : T(0);
                        const T wB = (T(1) - wA) * (yb == best ? T(1) : T(0));
                        const T wC = (T(1) - wA - wB) * (yc == best ? T(1) : T(0));
                        const T wD = T(1) - wA - wB - wC;
                        const T gA = gv * wA, gB = gv * wB, gC = gv * wC, gD = gv * wD;
                        gn[ka] = gA;
                        gn[kb] = gB;
                        gn[kc] = gC;
                        gn[kd] = gD;
                        const T m = mean[c];
                        accG[c] += gv;
                        // Three of the four terms are zero: the picked position's (z - mean) g.
                        accGC[c] += ((za - m) * gA + (zb - m) * gB) + ((zc - m) * gC + (zd - m) * gD);
                    }
                }
                addRow();
            }
            // A last row or column outside every window (odd sizes: floor) gets no gradient.
            if (s.h % 2)
                std::fill(gn + (s.h - 1) * s.w * C, gn + s.plane(), T(0));
            if (s.w % 2)
                for (std::int64_t h = 0; h < 2 * H2; ++h)
                    std::fill(gn + (h * s.w + s.w - 1) * C, gn + (h * s.w + s.w) * C, T(0));
        }
    });
}

#if defined(__x86_64__) && defined(__GNUC__)
#define EMOLENS_FUSED_AVX512 1
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*(), which its
// -Wmaybe-uninitialized reports at every use.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
/// routeKernel for float on sixteen channels at a time (AVX-512F), the channel tail
/// under a mask. The same routing, mask and per-row float sums as the scalar form.
/// relu(v * scale + shift) on sixteen lanes.
__attribute__((target("avx512f"))) inline __m512 act16(__m512 v, __m512 scale, __m512 shift)
{
    return _mm512_max_ps(_mm512_add_ps(_mm512_mul_ps(v, scale), shift), _mm512_setzero_ps());
}

/// Samples [n0, n1) (no lambdas inside: they would not inherit the target).
__attribute__((target("avx512f"))) void routeAvx512Samples(const float *z, const float *dOut,
                                                           const std::int64_t dSample, const std::int64_t dPixel,
                                                           const float *scale, const float *shift, const float *mean,
                                                           float *g, const Shape s, bool pooled, double *sums,
                                                           std::int64_t n0, std::int64_t n1)
{
    const std::int64_t C = s.c, H2 = s.h / 2, W2 = s.w / 2;
    {
        std::vector<float> rowG(static_cast<std::size_t>(C)), rowGC(static_cast<std::size_t>(C));
        const __m512 zero = _mm512_setzero_ps();
        for (std::int64_t n = n0; n < n1; ++n) {
            const float *zn = z + n * s.plane();
            float *gn = g + n * s.plane();
            double *sumG = sums + n * 2 * C, *sumGC = sumG + C;
            std::fill(sumG, sumG + 2 * C, 0.0);
            const std::int64_t rows = pooled ? H2 : s.h, cols = pooled ? W2 : s.w, row = s.w * C;
            const float *dn = dOut + n * dSample;
            for (std::int64_t i = 0; i < rows; ++i) {
                std::fill(rowG.begin(), rowG.end(), 0.0f);
                std::fill(rowGC.begin(), rowGC.end(), 0.0f);
                for (std::int64_t j = 0; j < cols; ++j) {
                    const std::int64_t at = pooled ? ((2 * i) * s.w + 2 * j) * C : (i * s.w + j) * C;
                    const float *d = dn + (i * cols + j) * dPixel;
                    for (std::int64_t c = 0; c < C; c += 16) {
                        const std::int64_t left = C - c;
                        const __mmask16 m =
                            left >= 16 ? static_cast<__mmask16>(0xFFFF) : static_cast<__mmask16>((1u << left) - 1u);
                        const __m512 sc = _mm512_maskz_loadu_ps(m, scale + c), sh = _mm512_maskz_loadu_ps(m, shift + c),
                                     mu = _mm512_maskz_loadu_ps(m, mean + c), dv = _mm512_maskz_loadu_ps(m, d + c);
                        __m512 gv, zPicked;
                        if (!pooled) {
                            const __m512 zv = _mm512_maskz_loadu_ps(m, zn + at + c);
                            const __m512 y = _mm512_add_ps(_mm512_mul_ps(zv, sc), sh);
                            gv = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(y, zero, _CMP_GT_OQ), dv);
                            _mm512_mask_storeu_ps(gn + at + c, m, gv);
                            zPicked = zv;
                        } else {
                            const std::int64_t ka = at + c, kb = ka + C, kc = ka + row, kd = kc + C;
                            const __m512 za = _mm512_maskz_loadu_ps(m, zn + ka), zb = _mm512_maskz_loadu_ps(m, zn + kb),
                                         zc = _mm512_maskz_loadu_ps(m, zn + kc), zd = _mm512_maskz_loadu_ps(m, zn + kd);
                            const __m512 ya = act16(za, sc, sh), yb = act16(zb, sc, sh), yc = act16(zc, sc, sh),
                                         yd = act16(zd, sc, sh);
                            const __m512 best = _mm512_max_ps(_mm512_max_ps(ya, yb), _mm512_max_ps(yc, yd));
                            gv = _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(best, zero, _CMP_GT_OQ), dv);
                            // The first maximum in scan order (a b / c d), as torch's max_pool2d.
                            const __mmask16 isA = _mm512_cmp_ps_mask(ya, best, _CMP_EQ_OQ);
                            const __mmask16 isB =
                                static_cast<__mmask16>(~isA & _mm512_cmp_ps_mask(yb, best, _CMP_EQ_OQ));
                            const __mmask16 isC =
                                static_cast<__mmask16>(~(isA | isB) & _mm512_cmp_ps_mask(yc, best, _CMP_EQ_OQ));
                            const __mmask16 isD = static_cast<__mmask16>(~(isA | isB | isC));
                            _mm512_mask_storeu_ps(gn + ka, m, _mm512_maskz_mov_ps(isA, gv));
                            _mm512_mask_storeu_ps(gn + kb, m, _mm512_maskz_mov_ps(isB, gv));
                            _mm512_mask_storeu_ps(gn + kc, m, _mm512_maskz_mov_ps(isC, gv));
                            _mm512_mask_storeu_ps(gn + kd, m, _mm512_maskz_mov_ps(isD, gv));
                            zPicked = _mm512_mask_mov_ps(_mm512_mask_mov_ps(_mm512_mask_mov_ps(zd, isC, zc), isB, zb),
                                                         isA, za);
                        }
                        _mm512_mask_storeu_ps(rowG.data() + c, m,
                                              _mm512_add_ps(_mm512_maskz_loadu_ps(m, rowG.data() + c), gv));
                        _mm512_mask_storeu_ps(rowGC.data() + c, m,
                                              _mm512_add_ps(_mm512_maskz_loadu_ps(m, rowGC.data() + c),
                                                            _mm512_mul_ps(_mm512_sub_ps(zPicked, mu), gv)));
                    }
                }
                for (std::int64_t c = 0; c < C; ++c) {
                    sumG[c] += static_cast<double>(rowG[static_cast<std::size_t>(c)]);
                    sumGC[c] += static_cast<double>(rowGC[static_cast<std::size_t>(c)]);
                }
            }
            if (pooled && s.h % 2)
                std::fill(gn + (s.h - 1) * s.w * C, gn + s.plane(), 0.0f);
            if (pooled && s.w % 2)
                for (std::int64_t h = 0; h < 2 * H2; ++h)
                    std::fill(gn + (h * s.w + s.w - 1) * C, gn + (h * s.w + s.w) * C, 0.0f);
        }
    }
}
#pragma GCC diagnostic pop

void routeAvx512(const float *z, const float *dOut, const std::int64_t dSample, const std::int64_t dPixel,
                 const float *scale, const float *shift, const float *mean, float *g, const Shape s, bool pooled,
                 double *sums)
{
    at::parallel_for(0, s.n, 1, [&](std::int64_t n0, std::int64_t n1) {
        routeAvx512Samples(z, dOut, dSample, dPixel, scale, shift, mean, g, s, pooled, sums, n0, n1);
    });
}

bool cpuHasAvx512()
{
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") != 0;
    }();
    return has;
}
#else
bool cpuHasAvx512()
{
    return false;
}
#endif

/// Pass B: dz = a g + b (z - mean) + c, per channel, in place over g.
template <typename T>
void combineKernel(const T *z, const T *mean, const T *a, const T *b, const T *c0, T *g, const Shape s)
{
    const std::int64_t C = s.c;
    at::parallel_for(0, s.n, 1, [&](std::int64_t n0, std::int64_t n1) {
        for (std::int64_t n = n0; n < n1; ++n) {
            const T *zn = z + n * s.plane();
            T *gn = g + n * s.plane();
            for (std::int64_t p = 0; p < s.h * s.w; ++p)
                for (std::int64_t c = 0; c < C; ++c) {
                    const std::int64_t k = p * C + c;
                    gn[k] = gn[k] * a[c] + (zn[k] - mean[c]) * b[c] + c0[c];
                }
        }
    });
}

torch::Tensor channelsLast(const torch::Tensor &t, const torch::Tensor &like)
{
    return t.to(like.scalar_type()).contiguous(torch::MemoryFormat::ChannelsLast);
}

} // namespace

bool applies(const torch::Tensor &z)
{
    // float needs AVX-512: the portable form of the routing pass does not vectorise and
    // is slower than the composed ATen operations. double (tests) always takes it.
    return z.defined() && z.dim() == 4 && z.device().is_cpu() &&
           ((z.scalar_type() == torch::kFloat && cpuHasAvx512() && std::getenv("EMOLENS_NO_FUSED") == nullptr) ||
            z.scalar_type() == torch::kDouble) &&
           z.is_contiguous(torch::MemoryFormat::ChannelsLast);
}

torch::Tensor activation(const torch::Tensor &z, const torch::Tensor &scale, const torch::Tensor &shift, bool pooled)
{
    const Shape s(z);
    auto out = torch::empty({s.n, s.c, pooled ? s.h / 2 : s.h, pooled ? s.w / 2 : s.w},
                            z.options().memory_format(torch::MemoryFormat::ChannelsLast));
    activationInto(z, scale, shift, pooled, out);
    return out;
}

void activationInto(const torch::Tensor &z, const torch::Tensor &scale, const torch::Tensor &shift, bool pooled,
                    const torch::Tensor &out)
{
    const Shape s(z);
    const std::int64_t outH = pooled ? s.h / 2 : s.h, outW = pooled ? s.w / 2 : s.w;
    TORCH_CHECK(out.dim() == 4 && out.size(0) == s.n && out.size(1) == s.c && out.size(2) == outH &&
                    out.size(3) == outW && out.scalar_type() == z.scalar_type() && out.device().is_cpu(),
                "fused::activationInto: an output of shape ", out.sizes(), " for an activation of ", z.sizes());
    TORCH_CHECK(out.stride(1) == 1 && out.stride(3) >= s.c && out.stride(2) == outW * out.stride(3) &&
                    (s.n == 1 || out.stride(0) >= outH * outW * out.stride(3)),
                "fused::activationInto: the output's channels are not contiguous per position");
    const auto sc = scale.to(z.scalar_type()).contiguous(), sh = shift.to(z.scalar_type()).contiguous();
    AT_DISPATCH_FLOATING_TYPES(z.scalar_type(), "fused::activation", [&] {
        activationKernel<scalar_t>(z.data_ptr<scalar_t>(), sc.data_ptr<scalar_t>(), sh.data_ptr<scalar_t>(),
                                   out.data_ptr<scalar_t>(), out.stride(0), out.stride(3), s, pooled);
    });
}

torch::Tensor reluMaxPool(const torch::Tensor &z)
{
    const auto type = z.scalar_type();
    if (!(z.dim() == 4 && z.device().is_cpu() && (type == torch::kFloat || type == torch::kBFloat16) &&
          z.is_contiguous(torch::MemoryFormat::ChannelsLast)))
        return torch::max_pool2d(z.relu(), 2);
    const Shape s(z);
    auto out = torch::empty({s.n, s.c, s.h / 2, s.w / 2}, z.options().memory_format(torch::MemoryFormat::ChannelsLast));
    if (type == torch::kFloat)
        reluMaxPoolKernel(z.data_ptr<float>(), out.data_ptr<float>(), s);
    else
        reluMaxPoolKernel(reinterpret_cast<const std::int16_t *>(z.data_ptr<at::BFloat16>()),
                          reinterpret_cast<std::int16_t *>(out.data_ptr<at::BFloat16>()), s);
    return out;
}

torch::Tensor normaliseBackward(const torch::Tensor &z, const torch::Tensor &dOut, const torch::Tensor &mean,
                                const torch::Tensor &invstd, const torch::Tensor &gamma, const torch::Tensor &scale,
                                const torch::Tensor &shift, bool pooled, torch::Tensor &sumG,
                                torch::Tensor &sumGCentred)
{
    const Shape s(z);
    TORCH_CHECK(dOut.size(0) == s.n && dOut.size(1) == s.c && dOut.size(2) == (pooled ? s.h / 2 : s.h) &&
                    dOut.size(3) == (pooled ? s.w / 2 : s.w),
                "fused::normaliseBackward: a gradient of shape ", dOut.sizes(), " for an activation of ", z.sizes());
    const auto type = z.scalar_type();
    // dOut as it comes when its channels are contiguous per position (channels_last, or a
    // channel slice of it: the first layer's two branches); else a channels_last copy.
    const std::int64_t outH = pooled ? s.h / 2 : s.h, outW = pooled ? s.w / 2 : s.w;
    const bool direct = dOut.scalar_type() == type && dOut.device().is_cpu() && dOut.stride(1) == 1 &&
                        dOut.stride(3) >= s.c && dOut.stride(2) == outW * dOut.stride(3) &&
                        (s.n == 1 || dOut.stride(0) >= outH * outW * dOut.stride(3));
    const auto d = direct ? dOut : channelsLast(dOut, z);
    const std::int64_t dSample = d.stride(0), dPixel = d.stride(3);
    const auto sc = scale.to(type).contiguous(), sh = shift.to(type).contiguous(), mu = mean.to(type).contiguous();
    auto g = torch::empty_like(z, z.options().memory_format(torch::MemoryFormat::ChannelsLast));
    std::vector<double> sums(static_cast<std::size_t>(s.n * 2 * s.c));
#if defined(EMOLENS_FUSED_AVX512)
    if (type == torch::kFloat)
        routeAvx512(z.data_ptr<float>(), d.data_ptr<float>(), dSample, dPixel, sc.data_ptr<float>(),
                    sh.data_ptr<float>(), mu.data_ptr<float>(), g.data_ptr<float>(), s, pooled, sums.data());
    else
#endif
        AT_DISPATCH_FLOATING_TYPES(type, "fused::route", [&] {
            routeKernel<scalar_t>(z.data_ptr<scalar_t>(), d.data_ptr<scalar_t>(), dSample, dPixel,
                                  sc.data_ptr<scalar_t>(), sh.data_ptr<scalar_t>(), mu.data_ptr<scalar_t>(),
                                  g.data_ptr<scalar_t>(), s, pooled, sums.data());
        });
    // Samples added in order: the same sums whatever the threads did.
    std::vector<double> totalG(static_cast<std::size_t>(s.c)), totalGC(static_cast<std::size_t>(s.c));
    for (std::int64_t n = 0; n < s.n; ++n)
        for (std::int64_t c = 0; c < s.c; ++c) {
            totalG[static_cast<std::size_t>(c)] += sums[static_cast<std::size_t>(n * 2 * s.c + c)];
            totalGC[static_cast<std::size_t>(c)] += sums[static_cast<std::size_t>(n * 2 * s.c + s.c + c)];
        }
    const auto asTensor = [&](const std::vector<double> &v) {
        // clone: from_blob borrows v, and to() of a double tensor to double is no copy.
        return torch::from_blob(const_cast<double *>(v.data()), {s.c}, torch::kDouble).clone().to(mean.scalar_type());
    };
    sumG = asTensor(totalG);
    sumGCentred = asTensor(totalGC);
    const double count = static_cast<double>(s.n * s.h * s.w);
    // dz = A g + B (z - mean) + C, per channel (the same coefficients as the composed form).
    const auto a = (gamma * invstd).to(type).contiguous();
    const auto b = (-gamma * invstd.pow(3) * sumGCentred / count).to(type).contiguous();
    const auto c0 = (-gamma * invstd * sumG / count).to(type).contiguous();
    AT_DISPATCH_FLOATING_TYPES(type, "fused::combine", [&] {
        combineKernel<scalar_t>(z.data_ptr<scalar_t>(), mu.data_ptr<scalar_t>(), a.data_ptr<scalar_t>(),
                                b.data_ptr<scalar_t>(), c0.data_ptr<scalar_t>(), g.data_ptr<scalar_t>(), s);
    });
    return g;
}

} // namespace emolens::model::fused
