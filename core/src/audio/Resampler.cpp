#include "emolens/Audio.h"
#include "emolens/Error.h"

#include <samplerate.h>

#include <cmath>

namespace emolens {

namespace {
int converterType(ResampleQuality q)
{
    switch (q) {
    case ResampleQuality::SincBest:
        return SRC_SINC_BEST_QUALITY;
    case ResampleQuality::SincMedium:
        return SRC_SINC_MEDIUM_QUALITY;
    case ResampleQuality::SincFastest:
        return SRC_SINC_FASTEST;
    }
    return SRC_SINC_BEST_QUALITY;
}
} // namespace

std::vector<float> resample(const std::vector<float> &samples, int fromHz, int toHz, ResampleQuality quality)
{
    if (fromHz <= 0 || toHz <= 0)
        throwBadInput({}, "resample: sample rates must be positive");
    if (fromHz == toHz || samples.empty())
        return samples;
    const double ratio = static_cast<double>(toHz) / fromHz;
    if (ratio > 256.0 || ratio < 1.0 / 256.0)
        throwBadInput({}, "resample: ratio " + std::to_string(fromHz) + " -> " + std::to_string(toHz) +
                              " Hz is outside libsamplerate's 1/256..256");
    // The output length a continuous signal of this duration has at the new rate.
    const auto outLength = static_cast<std::size_t>(std::llround(static_cast<double>(samples.size()) * ratio));
    std::vector<float> out(outLength + 16);
    SRC_DATA data{};
    data.data_in = samples.data();
    data.input_frames = static_cast<long>(samples.size());
    data.data_out = out.data();
    data.output_frames = static_cast<long>(out.size());
    data.src_ratio = ratio;
    data.end_of_input = 1;
    if (const int err = src_simple(&data, converterType(quality), 1))
        throw Error(ErrorKind::Internal, {}, std::string("libsamplerate: ") + src_strerror(err));
    out.resize(std::min<std::size_t>(outLength, static_cast<std::size_t>(data.output_frames_gen)));
    out.resize(outLength, 0.0f); // src may emit a sample or two fewer; pad so length is exact
    return out;
}

} // namespace emolens
