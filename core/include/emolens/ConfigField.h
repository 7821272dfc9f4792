#pragma once
/// \file ConfigField.h
/// What one field of a config struct is: its JSON key, what it means, its default
/// and the values it may take. Each config writes this once, in its field list
/// (FeatureConfig::fields(), ModelConfig::fields(), TrainingConfig::fields()); the
/// JSON, the equality, validate()'s range messages, the CLI's option help and
/// checks and the GUI's form limits and tooltips all read it from there.

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace emolens {

struct ConfigField {
    std::string key; ///< the JSON key ("batchSize")
    std::string description; ///< one line for help texts and tooltips
    std::string defaultValue; ///< the default, as JSON text ("64", "\"none\"", "[21,31,41]")
    double min = -std::numeric_limits<double>::infinity(); ///< numeric bounds; a list's every element
    double max = std::numeric_limits<double>::infinity();
    bool minOpen = false; ///< min itself is excluded
    bool maxOpen = false; ///< max itself is excluded
    std::vector<std::string> choices; ///< a text field's only values; empty: any
    bool fixed = false; ///< a property this version supports in one form only (the value is defaultValue)

    /// Whether \p value is within the bounds.
    bool admits(double value) const;
    /// Whether \p value is one of the choices (or there are none).
    bool admits(const std::string &value) const;
    /// The rule in words, to follow "must be": "at least 1", "in (0, 1]", "none or balanced"; empty when any value
    /// goes.
    std::string rule() const;
};

/// The field \p key of \p fields; throws std::logic_error when there is none (a programming error).
const ConfigField &findField(const std::vector<ConfigField> &fields, std::string_view key);

} // namespace emolens
