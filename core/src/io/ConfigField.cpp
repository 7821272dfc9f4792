// ConfigField's checks and wording (ConfigField.h); the field lists are in each config's .cpp.
#include "emolens/ConfigField.h"

#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace emolens {

namespace {
std::string number(double v)
{
    std::ostringstream s;
    s << std::setprecision(12) << v;
    return s.str();
}
} // namespace

bool ConfigField::admits(double value) const
{
    if (!std::isfinite(value)) // no field of any config takes an infinity or NaN
        return false;
    const bool aboveMin = minOpen ? value > min : value >= min;
    const bool belowMax = maxOpen ? value < max : value <= max;
    return aboveMin && belowMax;
}

bool ConfigField::admits(const std::string &value) const
{
    if (choices.empty())
        return true;
    for (const auto &c : choices)
        if (c == value)
            return true;
    return false;
}

std::string ConfigField::rule() const
{
    if (!choices.empty()) {
        std::string out;
        for (std::size_t i = 0; i < choices.size(); ++i)
            out += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
        return out;
    }
    const bool hasMin = std::isfinite(min);
    const bool hasMax = std::isfinite(max);
    if (hasMin && hasMax)
        return "in " + std::string(minOpen ? "(" : "[") + number(min) + ", " + number(max) + (maxOpen ? ")" : "]");
    if (hasMin)
        return (minOpen    ? "greater than "
                : min == 0 ? "0 or more"
                           : "at least ") +
               (min == 0 && !minOpen ? std::string() : number(min));
    if (hasMax)
        return (maxOpen ? "less than " : "at most ") + number(max);
    return {};
}

const ConfigField &findField(const std::vector<ConfigField> &fields, std::string_view key)
{
    for (const auto &f : fields)
        if (f.key == key)
            return f;
    throw std::logic_error("no config field '" + std::string(key) + "'");
}

} // namespace emolens
