#include "TestAudio.h"

#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
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

std::vector<float> randomInputs(int batch, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> x(static_cast<std::size_t>(batch) * 400 * 200);
    for (float &v : x)
        v = u(rng);
    return x;
}

} // namespace emolens::test

namespace emolens::test {

std::string writeSyntheticCorpus(const std::string &dir, int speakers, int perClass,
                                 const std::vector<std::string> &classes, double seconds, bool varyLength,
                                 unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    const int rate = 16000;
    std::string csv = "path,speaker,label\n";
    for (int s = 1; s <= speakers; ++s) {
        const double pitch = 1.0 + 0.08 * (s - (speakers + 1) / 2.0) / speakers; // speaker-specific shift
        const float level = 0.25f + 0.05f * static_cast<float>(s % 3);
        for (std::size_t c = 0; c < classes.size(); ++c) {
            for (int i = 0; i < perClass; ++i) {
                const double length = seconds * (varyLength ? 0.75 + 0.5 * unit(rng) : 1.0);
                std::vector<float> x(static_cast<std::size_t>(length * rate));
                const double f0 = pitch * (140.0 + 40.0 * unit(rng));
                if (c % 3 == 0) { // tonal: a harmonic stack, horizontal lines
                    for (int h = 1; h <= 12; ++h) {
                        const double phase = 2 * M_PI * unit(rng);
                        for (std::size_t n = 0; n < x.size(); ++n)
                            x[n] += level / h * static_cast<float>(std::sin(2 * M_PI * h * f0 * n / rate + phase));
                    }
                } else if (c % 3 == 1) { // noisy: broadband noise, a speckled texture
                    for (auto &v : x)
                        v = 0.5f * level * noise(rng);
                } else { // clicks: an impulse train at f0 / 30 (about 5 per second), vertical lines
                    const std::size_t period = static_cast<std::size_t>(rate / (f0 / 30.0));
                    for (std::size_t n = static_cast<std::size_t>(unit(rng) * period); n < x.size(); n += period)
                        for (std::size_t k = 0; k < 16 && n + k < x.size(); ++k)
                            x[n + k] += 2 * level * static_cast<float>(std::exp(-0.4 * k));
                }
                for (auto &v : x)
                    v += 0.01f * noise(rng);
                const std::string name = "s" + std::to_string(s) + "_" + classes[c] + "_" + std::to_string(i) + ".wav";
                writeAudio(dir + "/" + name, x, rate, 1, Encoding::WavPcm16);
                csv += name + ",s" + std::to_string(s) + "," + classes[c] + "\n";
            }
        }
    }
    return writeBytes(dir + "/corpus.csv", csv);
}

} // namespace emolens::test

namespace emolens::test {

std::string writeIemocapFixture(const std::string &dir)
{
    namespace fs = std::filesystem;
    struct Turn {
        const char *id, *code, *rater;
        double start, end;
    };
    const std::vector<std::pair<std::string, std::vector<Turn>>> dialogs = {
        {"Session1/Ses01F_impro01",
         {{"Ses01F_impro01_F000", "neu", "Neutral", 1.0, 3.1},
          {"Ses01F_impro01_M001", "ang", "Anger", 3.5, 5.0},
          {"Ses01F_impro01_F002", "sad", "Sadness", 5.5, 7.2},
          {"Ses01F_impro01_M003", "hap", "Happiness", 8.0, 9.9}}},
        {"Session2/Ses02M_impro03a",
         {{"Ses02M_impro03a_F000", "neu", "Neutral", 0.5, 2.6}, {"Ses02M_impro03a_M001", "exc", "Excited", 3.0, 4.4}}}};
    const fs::path root = fs::path(dir) / "IEMOCAP_full_release";
    unsigned seed = 1;
    for (const auto &[where, turns] : dialogs) {
        const auto slash = where.find('/');
        const fs::path session = root / where.substr(0, slash);
        const std::string dialog = where.substr(slash + 1);
        fs::create_directories(session / "dialog" / "EmoEvaluation");
        fs::create_directories(session / "sentences" / "wav" / dialog);
        fs::create_directories(session / "dialog" / "wav");
        std::string eval = "% [START_TIME - END_TIME] TURN_NAME EMOTION [V, A, D]\n\n";
        std::vector<float> dialogAudio(static_cast<std::size_t>(16000 * (turns.back().end + 0.5)), 0.0f);
        for (const auto &t : turns) {
            char line[256];
            std::snprintf(line, sizeof line, "[%.4f - %.4f]\t%s\t%s\t[2.5000, 3.0000, 2.5000]\n", t.start, t.end, t.id,
                          t.code);
            eval += line;
            eval += std::string("C-E1:\t") + t.rater + ";\t()\nC-E2:\t" + t.rater + "; Frustration;\t()\n\n";
            const auto tone = sine(180.0 + 40.0 * (seed++ % 5), t.end - t.start, 16000, 0.3f);
            writeAudio((session / "sentences" / "wav" / dialog / (std::string(t.id) + ".wav")).string(), tone, 16000, 1,
                       Encoding::WavPcm16);
            std::copy(tone.begin(), tone.end(), dialogAudio.begin() + static_cast<std::ptrdiff_t>(t.start * 16000));
        }
        writeBytes((session / "dialog" / "EmoEvaluation" / (dialog + ".txt")).string(), eval);
        writeBytes((session / "dialog" / "EmoEvaluation" / ("._" + dialog + ".txt")).string(),
                   "\x05\x16\x07 AppleDouble");
        writeAudio((session / "dialog" / "wav" / (dialog + ".wav")).string(), dialogAudio, 16000, 1,
                   Encoding::WavPcm16);
    }
    return dir;
}

std::string writeBadAudio(const std::string &dir)
{
    const auto tone = sine(300, 1.0, 16000);
    const std::string wav = readBytes(writeAudio(dir + "/good.wav", tone, 16000, 1, Encoding::WavPcm16));
    writeBytes(dir + "/empty.wav", "");
    writeBytes(dir + "/text.wav", "this is not audio\n");
    writeBytes(dir + "/truncated.wav", wav.substr(0, wav.size() / 3));
    auto withNan = tone;
    withNan[8000] = std::nanf("");
    writeAudio(dir + "/nan.wav", withNan, 16000, 1, Encoding::WavFloat);
    std::filesystem::create_directories(dir + "/folder.wav");
    return wav;
}

} // namespace emolens::test
