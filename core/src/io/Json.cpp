#include "io/Json.h"
#include "emolens/Error.h"

namespace emolens {

nlohmann::ordered_json parseJson(const std::string &text, const std::string &context)
{
    try {
        return nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::exception &e) {
        // parse_error, and out_of_range for a number like 1e999 (it escaped before and ended the program).
        throwBadInput(context, std::string("malformed JSON: ") + e.what());
    }
}

} // namespace emolens
