// An EmoLens annotation file (corrected labels, notes, provenance, digest).
#include "FuzzSupport.h"
#include "emolens/Annotations.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string json(reinterpret_cast<const char *>(data), size);
    emolens::fuzz::refusesOnlyWithError([&] {
        const auto set = emolens::AnnotationSet::fromJson(json, "fuzz-input");
        // What was accepted must write and read back to the same set.
        if (!(emolens::AnnotationSet::fromJson(set.toJson(), "round trip") == set))
            throw std::logic_error("annotation set does not survive its own JSON");
    });
    return 0;
}
