#pragma once
// Private to core: the front end's μ-law pass, dst[i] = ln(1 + gain src[i]) * scale,
// in scalar, SSE2, AVX2 and AVX-512 forms. Every form takes the same steps on each
// lane without fused multiply-adds (Compand.cpp is compiled with -ffp-contract=off),
// so all give the same bits: cached features never depend on the machine.

namespace emolens::compand {

using Fn = void (*)(const float *src, float *dst, int n, float gain, float scale);

/// The widest form this CPU runs, or the one EMOLENS_FRONTEND_SIMD names (scalar, sse2,
/// avx2, avx512: for tests and benchmarks; a level the CPU lacks falls back to the
/// widest it has).
Fn pick();

} // namespace emolens::compand
