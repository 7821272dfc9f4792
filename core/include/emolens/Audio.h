#pragma once
/// \file Audio.h
/// Audio loading: whatever libsndfile reads (WAV PCM 8/16/24/32-bit, float WAV,
/// FLAC, OGG, AIFF, ...), any channel count (downmixed by averaging), any rate
/// (resampled with libsamplerate's sinc converters). Thread-safe: no shared state.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace emolens {

enum class ResampleQuality { SincBest, SincMedium, SincFastest };

struct AudioLoadOptions {
    int targetRateHz = 16000; ///< output rate, Hz; no resampling when the file has it
    double maxDurationSeconds = 4 * 3600; ///< longer files are refused (guards memory), seconds
    ResampleQuality quality = ResampleQuality::SincBest;
    double startSeconds = 0.0; ///< region start within the file, seconds
    double endSeconds = -1.0; ///< region end, seconds; negative = end of file
};

/// What the file says about itself, before any conversion.
struct AudioInfo {
    std::string path;
    int sampleRateHz = 0;
    int channels = 0;
    std::int64_t frames = 0; ///< samples per channel
    double durationSeconds = 0.0;
    std::string format; ///< container, e.g. "WAV", "FLAC"
    std::string subtype; ///< encoding, e.g. "PCM_16", "FLOAT"
};

/// Mono samples in [-1, 1) at sampleRateHz.
struct AudioBuffer {
    std::vector<float> samples;
    int sampleRateHz = 0;
    AudioInfo source;
    /// Samples outside [-1, 1) that were clamped (float files that exceed full
    /// scale, or resampler overshoot). Reported, never hidden.
    std::int64_t clampedSamples = 0;
};

/// Reads the header only. Throws Error(BadInput) naming the file and problem:
/// missing, a directory, empty, not audio, no samples, longer than the cap.
AudioInfo probeAudio(const std::string &path, const AudioLoadOptions &options = {});

/// Reads, downmixes and resamples. Throws Error(BadInput) for everything
/// probeAudio refuses and also for truncated data and NaN/Inf samples.
AudioBuffer loadAudio(const std::string &path, const AudioLoadOptions &options = {});

/// loadAudio() of a file's bytes already in memory (an archive member, a download, a
/// fuzzer's input): the same decoders through libsndfile's virtual I/O, the same
/// checks; \p name stands for the file in messages. \p data must outlive the call only.
AudioBuffer loadAudioFromMemory(const void *data, std::size_t size, const std::string &name,
                                const AudioLoadOptions &options = {});

/// Resamples mono \p samples from \p fromHz to \p toHz (copy when equal).
std::vector<float> resample(const std::vector<float> &samples, int fromHz, int toHz,
                            ResampleQuality quality = ResampleQuality::SincBest);

} // namespace emolens
