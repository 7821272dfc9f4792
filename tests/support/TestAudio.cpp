#include "TestAudio.h"

#include <sndfile.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace emolens::test {

std::vector<float> sine(double frequencyHz, double seconds, int rateHz, float amplitude)
{
    const auto n = static_cast<std::size_t>(std::llround(seconds * rateHz));
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = amplitude * static_cast<float>(std::sin(2.0 * M_PI * frequencyHz * static_cast<double>(i) / rateHz));
    return out;
}

namespace {
int sfFormat(Encoding e)
{
    switch (e) {
    case Encoding::WavPcmU8:
        return SF_FORMAT_WAV | SF_FORMAT_PCM_U8;
    case Encoding::WavPcm16:
        return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case Encoding::WavPcm24:
        return SF_FORMAT_WAV | SF_FORMAT_PCM_24;
    case Encoding::WavPcm32:
        return SF_FORMAT_WAV | SF_FORMAT_PCM_32;
    case Encoding::WavFloat:
        return SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    case Encoding::Flac16:
        return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case Encoding::OggVorbis:
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case Encoding::Aiff16:
        return SF_FORMAT_AIFF | SF_FORMAT_PCM_16;
    }
    return 0;
}
} // namespace

std::string writeAudio(const std::string &path, const std::vector<float> &interleaved, int rateHz, int channels,
                       Encoding encoding)
{
    SF_INFO info{};
    info.samplerate = rateHz;
    info.channels = channels;
    info.format = sfFormat(encoding);
    SNDFILE *f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f)
        throw std::runtime_error("fixture " + path + ": " + sf_strerror(nullptr));
    // Float files keep values as written; integer files clip at full scale.
    sf_command(f, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t frames = static_cast<sf_count_t>(interleaved.size()) / channels;
    if (frames > 0 && sf_writef_float(f, interleaved.data(), frames) != frames) {
        sf_close(f);
        throw std::runtime_error("fixture " + path + ": short write");
    }
    sf_close(f);
    return path;
}

std::string writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int argmaxRow(const float *matrix, int rows, int cols, int column)
{
    int best = 0;
    for (int r = 1; r < rows; ++r)
        if (matrix[r * cols + column] > matrix[best * cols + column])
            best = r;
    return best;
}

} // namespace emolens::test
