// A Sonic Visualiser CSV layer export (time[,value][,duration][,label]).
#include "LabelFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    emolens::fuzz::refusesOnlyWithError([&] {
        const emolens::LabelDocument d = emolens::parseSvCsv(bytes, "fuzz-input");
        emolens::fuzz::checkDocument(d);
        for (std::size_t i = 1; i < d.tiers.at(0).items.size(); ++i)
            if (d.tiers[0].items[i].start < d.tiers[0].items[i - 1].start)
                throw std::logic_error("a Sonic Visualiser layer's rows came out of time order");
    });
    return 0;
}
