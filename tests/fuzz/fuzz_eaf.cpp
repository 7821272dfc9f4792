// An ELAN annotation file (.eaf): XML through expat, time slots, references, vocabularies.
#include "LabelFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    emolens::fuzz::refusesOnlyWithError([&] {
        const emolens::LabelDocument d = emolens::parseEaf(bytes, "fuzz-input");
        emolens::fuzz::checkDocument(d);
        emolens::fuzz::checkDocument(emolens::parseEaf(emolens::writeEaf(d), "round trip"));
    });
    return 0;
}
