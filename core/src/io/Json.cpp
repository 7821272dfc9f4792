#include "io/Json.h"
#include "emolens/Error.h"

namespace emolens {

nlohmann::ordered_json parseJson(const std::string &text, const std::string &context)
{
    try {
        return nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error &e) {
        throwBadInput(context, std::string("malformed JSON: ") + e.what());
    }
}

} // namespace emolens
