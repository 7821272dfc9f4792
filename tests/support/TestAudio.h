#pragma once
// Test fixtures: synthetic signals and audio files written by the tests
// themselves (named by their properties, e.g. 44100-2-16.wav), so no test
// needs data from outside the project.

#include <string>
#include <vector>

namespace emolens::test {

/// amplitude * sin(2 pi f t) at \p rateHz, \p seconds long.
std::vector<float> sine(double frequencyHz, double seconds, int rateHz, float amplitude = 0.5f);

/// libsndfile format names used by the fixtures.
enum class Encoding { WavPcmU8, WavPcm16, WavPcm24, WavPcm32, WavFloat, Flac16, OggVorbis, Aiff16 };

/// Writes interleaved \p samples (frames * channels) and returns \p path.
/// Fails the calling test through an exception if libsndfile refuses.
std::string writeAudio(const std::string &path, const std::vector<float> &interleaved, int rateHz, int channels,
                       Encoding encoding);

/// Writes raw bytes (for not-audio and corrupt fixtures).
std::string writeBytes(const std::string &path, const std::string &bytes);

/// Reads a whole file as bytes.
std::string readBytes(const std::string &path);

/// The bad audio files of the bad-input matrix, in \p dir: good.wav (1 s, 16 kHz), empty.wav,
/// text.wav (not audio), truncated.wav, nan.wav (a float WAV holding a NaN) and folder.wav
/// (a folder). Returns good.wav's bytes.
std::string writeBadAudio(const std::string &dir);

/// FFT bin (0 .. bins-1) with the largest value in column \p column of a
/// row-major rows x cols matrix.
int argmaxRow(const float *matrix, int rows, int cols, int column);

/// \p batch 400x200 feature matrices of uniform [0, 1) values (a seeded mt19937):
/// network inputs for model tests.
std::vector<float> randomInputs(int batch, unsigned seed = 5);

} // namespace emolens::test

namespace emolens::test {

/// A corpus written by the test: \p speakers speakers ("s1", "s2", ...), \p perClass
/// utterances of each class per speaker, 16 kHz mono 16-bit WAVs of \p seconds
/// (varied +-25 % per utterance when \p varyLength), and DIR/corpus.csv
/// (path,speaker,label). The classes differ in spectro-temporal shape, as local
/// patterns a convolutional network can see wherever they lie: class 0 (and every
/// third) is tonal (a harmonic stack: horizontal lines), class 1 noisy (broadband
/// noise: speckle), class 2 clicks (about 5 per second: vertical lines); speakers
/// differ in pitch and level, utterances in pitch, phase, noise and length.
/// Returns the CSV's path. Deterministic for a given \p seed.
std::string writeSyntheticCorpus(const std::string &dir, int speakers, int perClass,
                                 const std::vector<std::string> &classes = {"low", "mid", "high"}, double seconds = 2.0,
                                 bool varyLength = false, unsigned seed = 7);

} // namespace emolens::test

namespace emolens::test {

/// A small IEMOCAP release tree under DIR/IEMOCAP_full_release (one extra nesting
/// level, as the release unpacks), with an AppleDouble file and rater lines:
/// Session1 dialog Ses01F_impro01 with turns F000 (neu), M001 (ang), F002 (sad),
/// M003 (hap), and Session2 dialog Ses02M_impro03a with F000 (neu), M001 (exc).
/// Returns DIR (the spec is "iemocap:" + DIR).
std::string writeIemocapFixture(const std::string &dir);

} // namespace emolens::test
