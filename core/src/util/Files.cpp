#include "emolens/Files.h"
#include "emolens/Error.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace emolens {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    // A temporary name of this process and call alone: two writers of one file (two fold
    // processes rewriting summary.json, a job array) never write into each other's.
    static std::atomic<unsigned> calls{0};
    const std::string part = path + ".part-" + std::to_string(::getpid()) + "-" + std::to_string(calls++);
    std::error_code ec;
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        if (!out)
            throwIo(path, "cannot create the file (does its folder exist and is it writable?)");
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        out.close();
        if (!out) { // disk full or quota: leave nothing half-written behind
            std::filesystem::remove(part, ec);
            throwIo(path, "cannot write the file (disk full?)");
        }
    }
    std::filesystem::rename(part, path, ec);
    if (ec) {
        const std::string why = ec.message();
        std::filesystem::remove(part, ec);
        throwIo(path, "cannot replace the file (" + why + ")");
    }
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path, std::filesystem::exists(path) ? "cannot open for reading" : "no such file");
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace emolens
