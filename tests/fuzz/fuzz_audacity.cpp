// An Audacity label track export ("start<TAB>end<TAB>label", spectral lines).
#include "LabelFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    emolens::fuzz::refusesOnlyWithError([&] {
        const emolens::LabelDocument d = emolens::parseAudacityLabels(bytes, "fuzz-input");
        emolens::fuzz::checkDocument(d);
        const emolens::LabelDocument back =
            emolens::parseAudacityLabels(emolens::writeAudacityLabels(d.tiers.at(0)), "round trip");
        if (back.tiers.at(0).items.size() != d.tiers[0].items.size())
            throw std::logic_error("an Audacity label track lost labels in its own round trip");
    });
    return 0;
}
