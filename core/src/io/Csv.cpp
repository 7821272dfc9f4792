#include "emolens/Csv.h"

namespace emolens {

std::string csvField(std::string_view s)
{
    const bool plain =
        s.find_first_of(",\"\n\r") == std::string_view::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '));
    if (plain)
        return std::string(s);
    std::string out = "\"";
    for (const char c : s) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

} // namespace emolens
