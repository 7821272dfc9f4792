// The model-file container (.emolens: magic, version, JSON header with the metadata and the
// tensor table, tensor block, checksum) and everything loading does with it: metadata
// checks, shapes against the config, the weights. The harness recomputes the checksum of
// what the fuzzer made (as someone editing a file under a valid checksum would), so
// mutations reach the parts behind it; the checksum check itself is a single comparison.
#include "FuzzSupport.h"
#include "emolens/Digest.h"
#include "emolens/ModelFile.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string bytes(reinterpret_cast<const char *>(data), size);
    std::uint32_t version = 0;
    if (bytes.size() >= 12)
        std::memcpy(&version, bytes.data() + 8, 4);
    if (version >= 2 && bytes.size() >= 64) { // SHA-256 trailer
        const std::string sum = emolens::sha256(bytes.data(), bytes.size() - 32);
        bytes.replace(bytes.size() - 32, 32, sum);
    } else if (version == 1 && bytes.size() >= 40) { // format 1: FNV-1a
        const std::uint64_t sum = emolens::fnv1a64(bytes.data(), bytes.size() - 8);
        std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
    }
    const std::string path = emolens::fuzz::writeScratch("model.emolens", bytes);
    emolens::fuzz::refusesOnlyWithError([&] { emolens::readModelMetadata(path); });
    emolens::fuzz::refusesOnlyWithError([&] { emolens::loadModel(path); });
    return 0;
}
