#pragma once
/// \file FeatureConfig.h
/// The front end's parameters: the one source of truth. Written into every
/// feature file's metadata, model file and result so a figure can be traced
/// to the exact protocol that produced it. Defaults are the paper's
/// (Li et al., Interspeech 2018) as specified in docs/FRONTEND.md.

#include "emolens/ConfigField.h"

#include <string>
#include <vector>

namespace emolens {

/// What segments are cut for: the hop differs (FeatureConfig::hopSamples).
enum class SegmentUse { Training, Evaluation };

struct FeatureConfig {
    int sampleRateHz = 16000; ///< every signal is resampled to this rate, Hz
    int segmentSamples = 32000; ///< L: segment length in samples (2 s)
    int trainHopSamples = 16000; ///< hop between training segments, samples (1 s)
    int evalHopSamples = 6400; ///< hop for testing and analysis, samples (0.4 s)
    int windowSamples = 640; ///< symmetric Hamming window length, samples (40 ms)
    int shiftSamples = 160; ///< frame shift, samples (10 ms)
    int fftSize = 1600; ///< NFFT: each windowed frame is zero-padded to this
    int freqBins = 400; ///< rows kept: FFT bins 0 .. freqBins-1 (0-3990 Hz)
    int frameColumns = 200; ///< matrix columns; columns past the last frame are 0
    float muLaw = 255.0f; ///< mu of the mu-law companding after peak normalisation

    /// The hop for \p use: trainHopSamples or evalHopSamples.
    int hopSamples(SegmentUse use) const { return use == SegmentUse::Training ? trainHopSamples : evalHopSamples; }
    /// Frames that fit in one segment: 1 + floor((L - window) / shift) = 197.
    int framesPerSegment() const;
    /// Frequency step between rows, Hz (sampleRateHz / fftSize = 10 Hz).
    double binHz() const;
    /// Values in one segment's matrix (freqBins * frameColumns).
    int matrixSize() const { return freqBins * frameColumns; }

    /// Empty when valid; otherwise one readable sentence per problem.
    std::vector<std::string> validate() const;
    /// Throws Error(BadInput) listing validate()'s problems; \p context names the source.
    void requireValid(const std::string &context = "feature config") const;

    /// JSON object text with every field plus the fixed choices (window,
    /// normalisation, companding) spelt out for readers of result files.
    std::string toJson() const;
    /// Parses toJson()'s output; missing fields keep their defaults, unknown
    /// window/normalisation/companding names are refused. Throws Error(BadInput).
    static FeatureConfig fromJson(const std::string &json);

    /// Every field: key, meaning, default and admissible values (for help texts and forms).
    static const std::vector<ConfigField> &fields();

    bool operator==(const FeatureConfig &other) const;
    bool operator!=(const FeatureConfig &other) const { return !(*this == other); }
};

} // namespace emolens
