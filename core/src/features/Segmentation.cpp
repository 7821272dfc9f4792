#include "emolens/Error.h"
#include "emolens/FrontEnd.h"

#include <cmath>

namespace emolens {

std::vector<Segment> segmentSignal(std::int64_t numSamples, int segmentSamples, int hopSamples)
{
    if (segmentSamples <= 0)
        throwBadInput({}, "segment length must be positive");
    if (hopSamples <= 0)
        throwBadInput({}, "segment hop must be positive");
    if (numSamples < 0)
        throwBadInput({}, "negative signal length");
    const std::int64_t L = segmentSamples;
    std::vector<Segment> segments;
    if (numSamples < L) {
        segments.push_back({0, L, L - numSamples});
        return segments;
    }
    std::int64_t start = 0;
    for (; start + L <= numSamples; start += hopSamples)
        segments.push_back({start, start + L, 0});
    if (segments.back().endSample < numSamples)
        segments.push_back({numSamples - L, numSamples, 0});
    return segments;
}

float muLaw(float x, float mu)
{
    const float magnitude = std::log1p(mu * std::fabs(x)) / std::log1p(mu);
    return x < 0.0f ? -magnitude : magnitude;
}

} // namespace emolens
