// The .npy reader (feature files written by `emolens-cli features`, read back by tools and tests).
#include "FuzzSupport.h"
#include "emolens/Npy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = emolens::fuzz::writeScratch("input.npy", data, size);
    emolens::fuzz::refusesOnlyWithError([&] { emolens::readNpy(path); });
    return 0;
}
