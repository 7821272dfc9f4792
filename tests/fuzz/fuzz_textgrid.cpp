// A Praat TextGrid (long or short text form, UTF-8 or UTF-16).
#include "LabelFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    emolens::fuzz::refusesOnlyWithError([&] {
        const emolens::LabelDocument d = emolens::parseTextGrid(bytes, "fuzz-input");
        emolens::fuzz::checkDocument(d);
        // Numbers are written in their shortest exact form: the labels come back exactly
        // (within the reader's own slack for touching intervals).
        const double scale = std::max(1.0, std::max(std::fabs(d.start), std::fabs(d.end)));
        emolens::fuzz::sameLabels(d, emolens::parseTextGrid(emolens::writeTextGrid(d), "round trip"), 1e-6 * scale);
    });
    return 0;
}
