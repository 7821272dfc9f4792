#include "model/FirstLayer.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace emolens::model::fused {

namespace {

constexpr int kC1 = 8; // channels per branch: one vector of 8 floats
using V8 = float __attribute__((vector_size(32)));

/// One branch: its kernel, where its zero padding puts the input (as padForBranch
/// does: top = (kh - 2) / 2, left = (kw - 2) / 2), and its weights as [kh kw][8].
struct Branch {
    int kh, kw, top, left;
    const float *w; // tap-major: the 8 channels of tap (di, dj) at (di kw + dj) 8
    const float *bias;
};

/// The 8 sums of \p g at output (i, j), added to \p acc tap by tap (rows, then columns).
inline void addBranch(const float *x, int h, int w, const Branch &g, int i, int j, V8 &acc)
{
    const int diLo = std::max(0, g.top - i), diHi = std::min(g.kh, h + g.top - i);
    const int djLo = std::max(0, g.left - j), djHi = std::min(g.kw, w + g.left - j);
    for (int di = diLo; di < diHi; ++di) {
        // An index, not a pointer: at the left edge j - left is negative, and only
        // base + dj (>= 0 for the taps taken) may address the input.
        const std::ptrdiff_t base = static_cast<std::ptrdiff_t>(i + di - g.top) * w + (j - g.left);
        const float *tap = g.w + (di * g.kw) * kC1;
        for (int dj = djLo; dj < djHi; ++dj) {
            V8 wt;
            std::memcpy(&wt, tap + dj * kC1, sizeof wt);
            acc += wt * x[base + dj]; // a multiply, then an add: this file is built without contraction
        }
    }
}

using V8u = std::uint32_t __attribute__((vector_size(32)));
using V8h = std::uint16_t __attribute__((vector_size(16)));

/// ReLU in place that keeps NaN (as relu_() does), so a broken weight still shows at the output.
inline void relu(V8 &v)
{
    v = v <= 0.0f ? V8{} : v;
}

constexpr int kBlock = 8; // output positions summed together: independent additions to overlap

/// addBranch for positions j .. j + kBlock - 1 at once, where every tap of each lies inside
/// the row (j >= left, j + kBlock - 1 + kw - 1 - left < w): each weight is loaded once for
/// the block, and its running sums do not wait on one another (8: an addition's latency
/// hidden; 4 left the first layer 1.05 ms a segment instead of 0.89 in the AVX2 form). The
/// same taps in the same order as addBranch: the same bits.
inline void addBranchBlock(const float *x, int h, int w, const Branch &g, int i, int j, V8 *acc)
{
    const int diLo = std::max(0, g.top - i), diHi = std::min(g.kh, h + g.top - i);
    for (int di = diLo; di < diHi; ++di) {
        const float *row = x + static_cast<std::ptrdiff_t>(i + di - g.top) * w + (j - g.left);
        const float *tap = g.w + (di * g.kw) * kC1;
        for (int dj = 0; dj < g.kw; ++dj) {
            V8 wt;
            std::memcpy(&wt, tap + dj * kC1, sizeof wt);
            for (int b = 0; b < kBlock; ++b)
                acc[b] += wt * row[dj + b];
        }
    }
}

/// Whether positions j .. j + kBlock - 1 need no column check in \p g.
inline bool inside(const Branch &g, int w, int j)
{
    return j >= g.left && j + kBlock - 1 + g.kw - 1 - g.left < w;
}

/// ReLU, then the 8 channels of one branch at \p o.
inline void store(V8 &v, float *o)
{
    relu(v);
    std::memcpy(o, &v, sizeof v);
}

/// float -> bfloat16 bits, rounded to nearest even, NaN kept quiet (as c10::BFloat16).
inline void toBfloat16(const V8 &v, std::uint16_t *o)
{
    V8u u;
    std::memcpy(&u, &v, sizeof u);
    const V8u rounded = (u + 0x7FFFu + ((u >> 16) & 1u)) >> 16;
    const V8u bits = (u & 0x7FFFFFFFu) > 0x7F800000u ? (u >> 16) | 0x40u : rounded;
    const V8h narrow = __builtin_convertvector(bits, V8h); // each lane < 2^16: the low halves
    std::memcpy(o, &narrow, sizeof narrow);
}

inline void store(V8 &v, at::BFloat16 *o)
{
    static_assert(sizeof(at::BFloat16) == sizeof(std::uint16_t));
    relu(v);
    toBfloat16(v, reinterpret_cast<std::uint16_t *>(o));
}

/// One output position, every tap checked (the edges).
template <typename Out> inline void position(const float *x, int h, int w, const Branch &a, const Branch &b,
                                             const V8 &biasA, const V8 &biasB, int i, int j, Out *o)
{
    V8 accA = biasA, accB = biasB;
    addBranch(x, h, w, a, i, j, accA);
    addBranch(x, h, w, b, i, j, accB);
    store(accA, o);
    store(accB, o + kC1);
}

/// Output rows [r0, r1) of the batch (row r: sample r / (h - 1), row r % (h - 1)).
template <typename Out> inline void rows(const float *x, int h, int w, const Branch &a, const Branch &b,
                                         std::int64_t r0, std::int64_t r1, Out *out)
{
    const int hOut = h - 1, wOut = w - 1;
    V8 biasA, biasB;
    std::memcpy(&biasA, a.bias, sizeof biasA);
    std::memcpy(&biasB, b.bias, sizeof biasB);
    for (std::int64_t r = r0; r < r1; ++r) {
        const float *xn = x + (r / hOut) * static_cast<std::int64_t>(h) * w;
        const int i = static_cast<int>(r % hOut);
        Out *o = out + r * wOut * 2 * kC1;
        int j = 0;
        for (; j < wOut && !(inside(a, w, j) && inside(b, w, j)); ++j, o += 2 * kC1) // the left edge
            position(xn, h, w, a, b, biasA, biasB, i, j, o);
        for (; j + kBlock <= wOut && inside(a, w, j) && inside(b, w, j); j += kBlock, o += kBlock * 2 * kC1) {
            // The interior: each branch's block summed and stored before the next, so
            // only kBlock running sums are live (AVX2 has 16 registers).
            V8 acc[kBlock];
            for (int k = 0; k < kBlock; ++k)
                acc[k] = biasA;
            addBranchBlock(xn, h, w, a, i, j, acc);
            for (int k = 0; k < kBlock; ++k)
                store(acc[k], o + k * 2 * kC1);
            for (int k = 0; k < kBlock; ++k)
                acc[k] = biasB;
            addBranchBlock(xn, h, w, b, i, j, acc);
            for (int k = 0; k < kBlock; ++k)
                store(acc[k], o + k * 2 * kC1 + kC1);
        }
        for (; j < wOut; ++j, o += 2 * kC1) // the right edge
            position(xn, h, w, a, b, biasA, biasB, i, j, o);
    }
}

// The same steps compiled for AVX-512 (still 8 floats a register, but 32 registers
// for the running sums and taps), for AVX2 (8 floats in one register) and for any
// x86-64 (two SSE registers): the same operations in the same order on every lane,
// and this file is built without contraction, so the same bits from each.
template <typename Out>
using RowsFn = void (*)(const float *, int, int, const Branch &, const Branch &, std::int64_t, std::int64_t, Out *);
#if defined(__x86_64__) && defined(__GNUC__)
template <typename Out> __attribute__((target("avx2,avx512f,avx512vl"), flatten)) void
rowsAvx512(const float *x, int h, int w, const Branch &a, const Branch &b, std::int64_t r0, std::int64_t r1, Out *out)
{
    rows(x, h, w, a, b, r0, r1, out);
}
template <typename Out> __attribute__((target("avx2"), flatten)) void
rowsAvx2(const float *x, int h, int w, const Branch &a, const Branch &b, std::int64_t r0, std::int64_t r1, Out *out)
{
    rows(x, h, w, a, b, r0, r1, out);
}
#endif

/// The widest form this CPU runs, or the one EMOLENS_FIRSTLAYER_SIMD names (sse2,
/// avx2, avx512: for tests and benchmarks; a level the CPU lacks falls back to the
/// widest it has). Read at each call, as tests switch it.
template <typename Out> RowsFn<Out> pick()
{
#if defined(__x86_64__) && defined(__GNUC__)
    const char *forced = std::getenv("EMOLENS_FIRSTLAYER_SIMD");
    const std::string want = forced ? forced : "";
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl");
    const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx512 && (want.empty() || want == "avx512"))
        return rowsAvx512<Out>;
    if (avx2 && (want.empty() || want == "avx512" || want == "avx2"))
        return rowsAvx2<Out>;
#endif
    return rows<Out>;
}

template <typename Out>
void run(const float *x, std::int64_t n, int h, int w, const Branch &a, const Branch &b, Out *out)
{
    const RowsFn<Out> form = pick<Out>();
    at::parallel_for(0, n * (h - 1), 8, [&](std::int64_t r0, std::int64_t r1) { form(x, h, w, a, b, r0, r1, out); });
}

/// [C1, 1, kh, kw] -> float [kh kw, C1] (tap-major).
torch::Tensor tapMajor(const torch::Tensor &weight)
{
    return weight.to(torch::kFloat).reshape({weight.size(0), -1}).t().contiguous();
}

} // namespace

bool firstLayerApplies(const torch::Tensor &input, const torch::Tensor &wA, const torch::Tensor &wB)
{
    const auto ok = [](const torch::Tensor &wt) { return wt.dim() == 4 && wt.size(0) == kC1 && wt.size(1) == 1; };
    return input.device().is_cpu() && input.scalar_type() == torch::kFloat && input.dim() == 4 && input.size(1) == 1 &&
           input.size(2) >= 2 && input.size(3) >= 2 && ok(wA) && ok(wB) && wA.device().is_cpu() && wB.device().is_cpu();
}

torch::Tensor firstLayer(const torch::Tensor &input, const torch::Tensor &wA, const torch::Tensor &bA,
                         const torch::Tensor &wB, const torch::Tensor &bB, torch::ScalarType out)
{
    TORCH_CHECK(firstLayerApplies(input, wA, wB), "fused::firstLayer: an input or weights it does not take");
    TORCH_CHECK(out == torch::kFloat || out == torch::kBFloat16, "fused::firstLayer: float or bfloat16 output");
    const auto x = input.contiguous(); // one channel: the same bytes in either memory format
    const int h = static_cast<int>(x.size(2)), w = static_cast<int>(x.size(3));
    const auto ta = tapMajor(wA), tb = tapMajor(wB);
    const auto ba = bA.to(torch::kFloat).contiguous(), bb = bB.to(torch::kFloat).contiguous();
    const auto branch = [](const torch::Tensor &weight, const torch::Tensor &taps, const torch::Tensor &bias) {
        const int kh = static_cast<int>(weight.size(2)), kw = static_cast<int>(weight.size(3));
        return Branch{kh, kw, (kh - 2) / 2, (kw - 2) / 2, taps.data_ptr<float>(), bias.data_ptr<float>()};
    };
    const Branch a = branch(wA, ta, ba), b = branch(wB, tb, bb);
    auto y = torch::empty({x.size(0), 2 * kC1, h - 1, w - 1},
                          x.options().dtype(out).memory_format(torch::MemoryFormat::ChannelsLast));
    if (out == torch::kFloat)
        run(x.data_ptr<float>(), x.size(0), h, w, a, b, y.data_ptr<float>());
    else
        run(x.data_ptr<float>(), x.size(0), h, w, a, b, y.data_ptr<at::BFloat16>());
    return y;
}

} // namespace emolens::model::fused
