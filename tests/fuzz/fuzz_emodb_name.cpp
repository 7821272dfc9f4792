// EmoDB's file-name parser (SSTTTEV.wav: speaker, text, emotion, version).
#include "FuzzSupport.h"
#include "corpus/Readers.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string name(reinterpret_cast<const char *>(data), size);
    emolens::Utterance u;
    if (emolens::corpus::parseEmodbName(name, u) && (u.speaker.size() != 2 || u.id.size() != 7 || u.label.empty()))
        throw std::logic_error("parseEmodbName accepted a name it did not fully parse");
    return 0;
}
