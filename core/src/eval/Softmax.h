#pragma once
// The one softmax of a segment's logits (prediction, evaluation, attention).
#include <algorithm>
#include <cmath>
#include <vector>

namespace emolens {

/// Probabilities from \p n logits, shifted by their maximum (no overflow), summed in double.
inline std::vector<float> softmax(const float *logits, int n)
{
    const float top = *std::max_element(logits, logits + n);
    std::vector<double> e(static_cast<std::size_t>(n));
    double sum = 0.0;
    for (int k = 0; k < n; ++k)
        sum += e[static_cast<std::size_t>(k)] = std::exp(static_cast<double>(logits[k] - top));
    std::vector<float> p(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k)
        p[static_cast<std::size_t>(k)] = static_cast<float>(e[static_cast<std::size_t>(k)] / sum);
    return p;
}

} // namespace emolens
