// Audio decoding from memory: whatever libsndfile recognises (WAV, FLAC, OGG, AIFF...), through
// core's virtual-I/O path, with its checks, downmix and resampling.
#include "FuzzSupport.h"
#include "emolens/Audio.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    emolens::AudioLoadOptions options;
    options.maxDurationSeconds = 30; // the cap is an option users set; 30 s keeps each input fast
    options.quality = emolens::ResampleQuality::SincFastest;
    emolens::fuzz::refusesOnlyWithError([&] { emolens::loadAudioFromMemory(data, size, "fuzz-input", options); });
    return 0;
}
