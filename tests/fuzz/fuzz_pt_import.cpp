// Importing a PyTorch state dict (.pt, a zip written by torch.save) with a sidecar-less
// fallback metadata: the zip check, LibTorch's reader, names and shapes.
#include "FuzzSupport.h"
#include "emolens/ModelFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const emolens::ModelMetadata fallback = [] {
        emolens::ModelMetadata m;
        m.protocol.classes = {"neutral", "happy", "angry", "sad"};
        m.origin = "imported";
        return m;
    }();
    const std::string path = emolens::fuzz::writeScratch("state.pt", data, size);
    emolens::fuzz::refusesOnlyWithError([&] { emolens::importStateDict(path, &fallback); });
    return 0;
}
