// Digests (Digest.h): SHA-256 through nettle for what others check; FNV-1a for
// feature-cache keys, the fold leak check's copy test and checkpoint fingerprints.
#include "emolens/Digest.h"
#include "emolens/Error.h"

#include <nettle/sha2.h>

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

std::string sha256(const void *data, std::size_t size)
{
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, size, static_cast<const std::uint8_t *>(data));
    std::string out(SHA256_DIGEST_SIZE, '\0');
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, reinterpret_cast<std::uint8_t *>(out.data()));
    return out;
}

std::string toHex(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string sha256Hex(const std::string &text)
{
    return toHex(sha256(text.data(), text.size()));
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
