#include "emolens/Files.h"
#include "emolens/Error.h"

#include <filesystem>
#include <fstream>

namespace emolens {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    const std::string part = path + ".part";
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
