// The label-file formats' shared helpers (LabelText.h).
#include "interchange/LabelText.h"

#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace emolens::interchange {

std::string number(double value)
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

bool parseNumber(std::string_view text, double &value)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return false;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size() && std::isfinite(value);
}

void checkSize(std::size_t bytes, const std::string &file)
{
    if (bytes > kMaxLabelFileBytes)
        throwBadInput(file, "a label file of " + std::to_string(bytes >> 20) + " MiB (at most " +
                                std::to_string(kMaxLabelFileBytes >> 20) + " MiB are read)");
}

void failAt(const std::string &file, int line, const std::string &problem)
{
    throwBadInput(file, line > 0 ? "line " + std::to_string(line) + ": " + problem : problem);
}

namespace {

void appendUtf8(std::string &out, std::uint32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace

std::string toUtf8(const std::string &bytes, const std::string &file)
{
    checkSize(bytes.size(), file);
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return bytes.substr(3);
    const bool le = n >= 2 && b[0] == 0xFF && b[1] == 0xFE, be = n >= 2 && b[0] == 0xFE && b[1] == 0xFF;
    if (!le && !be) {
        if (bytes.find('\0') != std::string::npos)
            throwBadInput(file, "holds NUL bytes but no byte-order mark (UTF-16 without a BOM, or not text)");
        return bytes;
    }
    if (n % 2)
        throwBadInput(file, "UTF-16 text of an odd number of bytes (cut short?)");
    std::string out;
    out.reserve(n / 2);
    int line = 1;
    for (std::size_t i = 2; i + 1 < n; i += 2) {
        std::uint32_t u = le ? (b[i] | (b[i + 1] << 8)) : ((b[i] << 8) | b[i + 1]);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= n)
                failAt(file, line, "a UTF-16 surrogate pair cut at the end of the file");
            const std::uint32_t lo = le ? (b[i + 2] | (b[i + 3] << 8)) : ((b[i + 2] << 8) | b[i + 3]);
            if (lo < 0xDC00 || lo > 0xDFFF)
                failAt(file, line, "an unpaired UTF-16 surrogate");
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            failAt(file, line, "an unpaired UTF-16 surrogate");
        }
        if (u == '\n')
            ++line;
        appendUtf8(out, u);
    }
    return out;
}

} // namespace emolens::interchange
