#include "emolens/Audio.h"
#include "emolens/Error.h"

#include <sndfile.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <sstream>
#include <sys/stat.h>

namespace emolens {

namespace {

struct SndFileCloser {
    void operator()(SNDFILE *f) const { sf_close(f); }
};
using SndFilePtr = std::unique_ptr<SNDFILE, SndFileCloser>;

std::string formatName(int format, int mask)
{
    SF_FORMAT_INFO info{};
    info.format = format & mask;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof info) == 0 && info.name)
        return info.name;
    std::ostringstream s;
    s << "0x" << std::hex << (format & mask);
    return s.str();
}

/// Refuses what is not a readable regular file, with the reason a user can act on.
void checkPath(const std::string &path)
{
    struct stat st { };
    if (path.empty())
        throwBadInput("(no file)", "no audio file given");
    if (::stat(path.c_str(), &st) != 0)
        throwBadInput(path, std::string("cannot open: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throwBadInput(path, "is a directory, not an audio file");
    if (!S_ISREG(st.st_mode))
        throwBadInput(path, "is not a regular file");
    if (st.st_size == 0)
        throwBadInput(path, "file is empty (0 bytes)");
}

SndFilePtr openAudio(const std::string &path, SF_INFO &info)
{
    checkPath(path);
    info = SF_INFO{};
    SndFilePtr file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file)
        throwBadInput(path, std::string("not a recognised audio file (") + sf_strerror(nullptr) + ")");
    return file;
}

/// Bytes in memory, read through libsndfile's virtual I/O (the same decoders as files).
struct MemorySource {
    const unsigned char *data;
    sf_count_t size;
    sf_count_t position = 0;

    static sf_count_t length(void *self) { return static_cast<MemorySource *>(self)->size; }
    static sf_count_t seek(sf_count_t offset, int whence, void *self)
    {
        auto *m = static_cast<MemorySource *>(self);
        const sf_count_t base = whence == SEEK_CUR ? m->position : whence == SEEK_END ? m->size : 0;
        // Checked: a decoder's offset comes from the file; keep the position inside [0, size].
        if ((offset > 0 && base > m->size - offset) || base + offset < 0)
            return -1;
        m->position = base + offset;
        return m->position;
    }
    static sf_count_t read(void *out, sf_count_t count, void *self)
    {
        auto *m = static_cast<MemorySource *>(self);
        const sf_count_t n = std::clamp<sf_count_t>(count, 0, m->size - m->position);
        if (n > 0)
            std::memcpy(out, m->data + m->position, static_cast<std::size_t>(n));
        m->position += n;
        return n;
    }
    static sf_count_t write(const void *, sf_count_t, void *) { return 0; }
    static sf_count_t tell(void *self) { return static_cast<MemorySource *>(self)->position; }
};

SndFilePtr openMemory(MemorySource &source, const std::string &name, SF_INFO &info)
{
    if (source.size == 0)
        throwBadInput(name, "file is empty (0 bytes)");
    static SF_VIRTUAL_IO io{&MemorySource::length, &MemorySource::seek, &MemorySource::read, &MemorySource::write,
                            &MemorySource::tell};
    info = SF_INFO{};
    SndFilePtr file(sf_open_virtual(&io, SFM_READ, &info, &source));
    if (!file)
        throwBadInput(name, std::string("not a recognised audio file (") + sf_strerror(nullptr) + ")");
    return file;
}

AudioInfo describe(const std::string &path, const SF_INFO &sf)
{
    AudioInfo info;
    info.path = path;
    info.sampleRateHz = sf.samplerate;
    info.channels = sf.channels;
    info.frames = sf.frames;
    info.durationSeconds = sf.samplerate > 0 ? static_cast<double>(sf.frames) / sf.samplerate : 0.0;
    SF_FORMAT_INFO major{};
    major.format = sf.format & SF_FORMAT_TYPEMASK;
    info.format = sf_command(nullptr, SFC_GET_FORMAT_INFO, &major, sizeof major) == 0 && major.extension
                      ? major.extension
                      : formatName(sf.format, SF_FORMAT_TYPEMASK);
    std::transform(info.format.begin(), info.format.end(), info.format.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    info.subtype = formatName(sf.format, SF_FORMAT_SUBMASK);
    return info;
}

void checkInfo(const AudioInfo &info, const AudioLoadOptions &options)
{
    if (info.channels <= 0)
        throwBadInput(info.path, "has no audio channels");
    if (info.sampleRateHz <= 0)
        throwBadInput(info.path, "has an invalid sample rate (" + std::to_string(info.sampleRateHz) + " Hz)");
    if (info.frames <= 0)
        throwBadInput(info.path, "contains no samples");
    if (info.durationSeconds > options.maxDurationSeconds) {
        std::ostringstream s;
        s << "is " << info.durationSeconds << " s long, over the limit of " << options.maxDurationSeconds
          << " s (raise the maximum duration to load it)";
        throwBadInput(info.path, s.str());
    }
}

/// libsndfile shortens a file whose data chunk claims more bytes than exist and
/// says so only in its log ("data : 32000 (should be 19956)").
bool logReportsTruncation(SNDFILE *file)
{
    std::string log(16384, '\0');
    sf_command(file, SFC_GET_LOG_INFO, log.data(), static_cast<int>(log.size()));
    std::istringstream lines(log.c_str());
    for (std::string line; std::getline(lines, line);) {
        const bool dataChunk = line.rfind("data", 0) == 0 || line.rfind("SSND", 0) == 0;
        const auto should = line.find("(should be");
        if (!dataChunk || should == std::string::npos)
            continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const long long declared = std::atoll(line.c_str() + colon + 1);
        const long long actual = std::atoll(line.c_str() + should + std::strlen("(should be"));
        if (declared > actual)
            return true;
    }
    return false;
}

std::int64_t clampToRange(std::vector<float> &samples)
{
    // Largest float below 1: PCM's range is [-1, 1), float files get the same.
    const float top = std::nextafter(1.0f, 0.0f);
    std::int64_t clamped = 0;
    for (float &x : samples) {
        if (x < -1.0f || x > top) {
            x = std::clamp(x, -1.0f, top);
            ++clamped;
        }
    }
    return clamped;
}

} // namespace

AudioInfo probeAudio(const std::string &path, const AudioLoadOptions &options)
{
    SF_INFO sf;
    SndFilePtr file = openAudio(path, sf);
    AudioInfo info = describe(path, sf);
    checkInfo(info, options);
    return info;
}

namespace {

/// The region of the file to read, in frames: [first, last).
std::pair<std::int64_t, std::int64_t> regionFrames(const std::string &path, const SF_INFO &sf,
                                                   const AudioLoadOptions &options)
{
    if (options.startSeconds < 0 || (options.endSeconds >= 0 && options.endSeconds < options.startSeconds))
        throwBadInput(path, "invalid region: start must be >= 0 and end >= start");
    const std::int64_t total = sf.frames; // > 0: checkInfo refused empty files
    const std::int64_t first = std::clamp<std::int64_t>(
        static_cast<std::int64_t>(std::llround(options.startSeconds * sf.samplerate)), 0, total);
    const std::int64_t last =
        options.endSeconds < 0
            ? total
            : std::clamp<std::int64_t>(static_cast<std::int64_t>(std::llround(options.endSeconds * sf.samplerate)),
                                       first, total);
    if (first >= total)
        throwBadInput(path, "region starts after the end of the file");
    return {first, last};
}

/// \p wanted frames from the file's position, channels averaged, in blocks. A header may
/// claim hours of audio in a few bytes: the buffer is reserved up front only as far as the
/// file's \p bytes could hold (16 frames a byte is beyond any real codec's ratio but
/// silence), and grows with what is actually decoded beyond that.
std::vector<float> readMono(const std::string &path, SNDFILE *file, int channels, std::int64_t wanted,
                            std::int64_t bytes)
{
    std::vector<float> mono;
    const std::int64_t plausible = std::max<std::int64_t>(std::int64_t(1) << 20, bytes * 16);
    mono.reserve(static_cast<std::size_t>(std::min(wanted, plausible)));
    constexpr sf_count_t kBlockFrames = 16384;
    std::vector<float> block(static_cast<std::size_t>(kBlockFrames * channels));
    std::int64_t done = 0;
    while (done < wanted) {
        const sf_count_t want = std::min<sf_count_t>(kBlockFrames, wanted - done);
        const sf_count_t got = sf_readf_float(file, block.data(), want);
        if (got <= 0)
            break;
        for (sf_count_t i = 0; i < got; ++i) {
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += block[static_cast<std::size_t>(i * channels + c)];
            mono.push_back(channels == 1 ? sum : sum / static_cast<float>(channels));
        }
        done += got;
    }
    if (done < wanted)
        throwBadInput(path, "is truncated or corrupt: read " + std::to_string(done) + " of " + std::to_string(wanted) +
                                " samples (" + sf_strerror(file) + ")");
    return mono;
}

void requireFinite(const std::string &path, const std::vector<float> &mono, std::int64_t first, int rateHz)
{
    for (std::size_t i = 0; i < mono.size(); ++i) {
        if (!std::isfinite(mono[i])) {
            std::ostringstream s;
            s << "contains a non-finite sample (NaN or Inf) at " << static_cast<double>(first + i) / rateHz << " s";
            throwBadInput(path, s.str());
        }
    }
}

} // namespace

namespace {

/// Everything after opening: checks, region, decoding, downmix, finiteness, resampling.
AudioBuffer decode(const std::string &path, SNDFILE *file, const SF_INFO &sf, std::int64_t bytes,
                   const AudioLoadOptions &options)
{
    AudioBuffer out;
    out.source = describe(path, sf);
    checkInfo(out.source, options);
    if (logReportsTruncation(file))
        throwBadInput(path, "is truncated: the header declares more audio data than the file holds");
    const auto [first, last] = regionFrames(path, sf, options);
    if (first > 0 && sf_seek(file, first, SEEK_SET) < 0)
        throwBadInput(path, "cannot seek to the region start (" + std::string(sf_strerror(file)) + ")");
    std::vector<float> mono = readMono(path, file, sf.channels, last - first, bytes);
    requireFinite(path, mono, first, sf.samplerate);
    out.clampedSamples = clampToRange(mono);
    if (sf.samplerate == options.targetRateHz) {
        out.samples = std::move(mono);
    } else {
        out.samples = resample(mono, sf.samplerate, options.targetRateHz, options.quality);
        out.clampedSamples += clampToRange(out.samples);
    }
    out.sampleRateHz = options.targetRateHz;
    return out;
}

void checkTarget(const std::string &path, const AudioLoadOptions &options)
{
    if (options.targetRateHz <= 0)
        throwBadInput(path, "target sample rate must be positive");
}

} // namespace

AudioBuffer loadAudio(const std::string &path, const AudioLoadOptions &options)
{
    checkTarget(path, options);
    SF_INFO sf;
    SndFilePtr file = openAudio(path, sf);
    struct stat st { };
    const std::int64_t bytes = ::stat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_size) : 0;
    return decode(path, file.get(), sf, bytes, options);
}

AudioBuffer loadAudioFromMemory(const void *data, std::size_t size, const std::string &name,
                                const AudioLoadOptions &options)
{
    checkTarget(name, options);
    MemorySource source{static_cast<const unsigned char *>(data), static_cast<sf_count_t>(size)};
    SF_INFO sf;
    SndFilePtr file = openMemory(source, name, sf);
    return decode(name, file.get(), sf, source.size, options);
}

} // namespace emolens
