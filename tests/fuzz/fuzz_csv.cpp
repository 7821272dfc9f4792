// The CSV manifest reader (csv:FILE): quoting, headers, optional columns, regions, and the
// rows' audio (a.wav exists beside the manifest, so rows naming it reach the audio checks).
#include "FuzzSupport.h"
#include "emolens/Corpus.h"

#include "FuzzAudio.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool audio = (emolens::fuzz::writeScratch("csv/a.wav", emolens::fuzz::tinyWav()), true);
    (void)audio;
    const std::string manifest = emolens::fuzz::writeScratch("csv/manifest.csv", data, size);
    emolens::fuzz::refusesOnlyWithError([&] { emolens::readCorpus("csv:" + manifest); });
    return 0;
}
