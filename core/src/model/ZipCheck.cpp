#include "model/ZipCheck.h"
#include "emolens/Error.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace emolens::model {

namespace {

const std::array<std::uint32_t, 256> &crcTable()
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

/// Little-endian reads that never leave the buffer (the caller checks the range).
struct Reader {
    const unsigned char *data;
    std::size_t size;
    bool has(std::uint64_t at, std::uint64_t n) const { return at <= size && n <= size - at; }
    std::uint16_t u16(std::uint64_t at) const { return static_cast<std::uint16_t>(data[at] | data[at + 1] << 8); }
    std::uint32_t u32(std::uint64_t at) const
    {
        return static_cast<std::uint32_t>(data[at]) | static_cast<std::uint32_t>(data[at + 1]) << 8 |
               static_cast<std::uint32_t>(data[at + 2]) << 16 | static_cast<std::uint32_t>(data[at + 3]) << 24;
    }
    std::uint64_t u64(std::uint64_t at) const { return u32(at) | static_cast<std::uint64_t>(u32(at + 4)) << 32; }
};

constexpr std::uint32_t kEnd = 0x06054b50, kEnd64 = 0x06064b50, kLocator64 = 0x07064b50, kCentral = 0x02014b50,
                        kLocal = 0x04034b50;

} // namespace

std::uint32_t crc32(const unsigned char *data, std::size_t size)
{
    const auto &t = crcTable();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        c = t[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

namespace {

/// Where the central directory lies and how many entries it has.
struct Directory {
    std::uint64_t entries = 0, size = 0, at = 0;
};

/// The end-of-central-directory record (within the last 22 + 65535 bytes), and through
/// it (or the zip64 records) the directory.
Directory findDirectory(const Reader &r, const std::string &path)
{
    std::uint64_t end = 0;
    bool found = false;
    for (std::uint64_t at = r.size >= 22 ? r.size - 22 : 0; r.size >= 22; --at) {
        if (r.u32(at) == kEnd) {
            end = at;
            found = true;
            break;
        }
        if (at == 0 || r.size - at > 22 + 65535)
            break;
    }
    if (!found)
        throwBadInput(path, "damaged torch.save file: the zip archive's end record is missing (truncated?)");
    Directory d{r.u16(end + 10), r.u32(end + 12), r.u32(end + 16)};
    if (d.entries == 0xFFFF || d.size == 0xFFFFFFFFu || d.at == 0xFFFFFFFFu) { // zip64: follow the locator
        if (end < 20 || r.u32(end - 20) != kLocator64)
            throwBadInput(path, "damaged torch.save file: zip64 end locator missing");
        const std::uint64_t end64 = r.u64(end - 20 + 8);
        if (!r.has(end64, 56) || r.u32(end64) != kEnd64)
            throwBadInput(path, "damaged torch.save file: zip64 end record missing or out of the file");
        d = {r.u64(end64 + 32), r.u64(end64 + 40), r.u64(end64 + 48)};
    }
    if (!r.has(d.at, d.size) || d.entries == 0 || d.entries > d.size / 46)
        throwBadInput(path, "damaged torch.save file: the zip directory lies outside the file or is malformed");
    return d;
}

/// zip64 sizes and offset live in the extra field (tag 1), in this order, when the
/// 32-bit ones are saturated. [from, to) is the entry's extra field, inside the file.
void applyZip64Extra(const Reader &r, std::uint64_t from, std::uint64_t to, std::uint64_t &size, std::uint64_t &packed,
                     std::uint64_t &local)
{
    for (std::uint64_t e = from; e + 4 <= to;) {
        const std::uint16_t tag = r.u16(e), length = r.u16(e + 2);
        if (e + 4 + length > to)
            break;
        if (tag == 1) {
            std::uint64_t p = e + 4;
            for (std::uint64_t *field : {&size, &packed, &local})
                if (*field == 0xFFFFFFFFu && p + 8 <= e + 4 + length) {
                    *field = r.u64(p);
                    p += 8;
                }
        }
        e += 4 + length;
    }
}

/// Directory entry \p i at \p at: stored uncompressed, where the directory says, inside
/// the file, and its CRC-32 right. Returns the next entry's offset.
std::uint64_t checkEntry(const Reader &r, std::uint64_t at, std::uint64_t i, const std::string &path)
{
    if (!r.has(at, 46) || r.u32(at) != kCentral)
        throwBadInput(path, "damaged torch.save file: zip directory entry " + std::to_string(i + 1) + " is malformed");
    const std::uint16_t method = r.u16(at + 10);
    const std::uint32_t crc = r.u32(at + 16);
    std::uint64_t packed = r.u32(at + 20), size = r.u32(at + 24);
    const std::uint16_t nameLength = r.u16(at + 28), extraLength = r.u16(at + 30), commentLength = r.u16(at + 32);
    std::uint64_t local = r.u32(at + 42);
    if (!r.has(at + 46, static_cast<std::uint64_t>(nameLength) + extraLength + commentLength))
        throwBadInput(path,
                      "damaged torch.save file: zip directory entry " + std::to_string(i + 1) + " runs past the end");
    const std::string name(reinterpret_cast<const char *>(r.data + at + 46), nameLength);
    applyZip64Extra(r, at + 46 + nameLength, at + 46 + nameLength + extraLength, size, packed, local);
    if (method != 0)
        throwBadInput(path, "entry '" + name + "' of the torch.save archive is compressed (method " +
                                std::to_string(method) +
                                "); torch.save stores entries uncompressed, so the file was rewritten by another tool");
    if (packed != size)
        throwBadInput(path, "damaged torch.save file: entry '" + name + "' has inconsistent sizes");
    if (!r.has(local, 30) || r.u32(local) != kLocal)
        throwBadInput(path, "damaged torch.save file: entry '" + name + "' does not start where the directory says");
    const std::uint64_t dataAt = local + 30 + r.u16(local + 26) + r.u16(local + 28);
    if (!r.has(dataAt, size))
        throwBadInput(path, "damaged torch.save file: entry '" + name + "' runs past the end of the file (truncated?)");
    if (crc32(r.data + dataAt, size) != crc)
        throwBadInput(path,
                      "damaged torch.save file: entry '" + name + "' fails its CRC-32 check (bytes were changed)");
    return at + 46 + nameLength + extraLength + commentLength;
}

} // namespace

void verifyZipArchive(const std::vector<char> &bytes, const std::string &path)
{
    const Reader r{reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size()};
    if (!r.has(0, 4) || r.u32(0) != kLocal)
        throwBadInput(path, "not a torch.save file (torch.save writes a zip archive; this does not start like one)");
    const Directory d = findDirectory(r, path);
    std::uint64_t at = d.at;
    for (std::uint64_t i = 0; i < d.entries; ++i)
        at = checkEntry(r, at, i, path);
}

} // namespace emolens::model
