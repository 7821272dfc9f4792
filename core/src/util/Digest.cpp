// FNV-1a digests (Digest.h): feature-cache keys, the fold leak check's copy
// test, checkpoint fingerprints and the digests results record.
#include "emolens/Digest.h"
#include "emolens/Error.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <vector>

namespace fs = std::filesystem;

namespace emolens {

std::uint64_t fnv1a64(const void *data, std::size_t size, std::uint64_t seed)
{
    const auto *p = static_cast<const unsigned char *>(data);
    std::uint64_t h = seed;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

std::string digestHex(const std::string &text)
{
    char s[17];
    std::snprintf(s, sizeof s, "%016llx", static_cast<unsigned long long>(fnv1a64(text.data(), text.size())));
    return s;
}

namespace {

std::uint64_t hashFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwBadInput(path, "cannot open audio file");
    std::vector<char> buffer(1 << 20);
    std::uint64_t h = 1469598103934665603ULL;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        h = fnv1a64(buffer.data(), static_cast<std::size_t>(in.gcount()), h);
    }
    return h;
}

} // namespace

std::uint64_t fileContentDigest(const std::string &path)
{
    // Memo: path -> (size, mtime, digest), for the whole process.
    struct FileStamp {
        std::uintmax_t size;
        fs::file_time_type mtime;
        std::uint64_t hash;
    };
    static std::mutex mutex;
    static std::map<std::string, FileStamp> memo;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        throwBadInput(path, "cannot read audio file (" + ec.message() + ")");
    const auto mtime = fs::last_write_time(path, ec);
    {
        std::lock_guard lock(mutex);
        auto it = memo.find(path);
        if (it != memo.end() && it->second.size == size && it->second.mtime == mtime)
            return it->second.hash;
    }
    const auto h = hashFile(path);
    std::lock_guard lock(mutex);
    memo[path] = {size, mtime, h};
    return h;
}

} // namespace emolens
