#pragma once
// Private to core: nlohmann::ordered_json conversions of the public config structs, so
// results can embed them as objects. Public headers only expose JSON text.

#include "emolens/FeatureConfig.h"

#include <nlohmann/json.hpp>
#include <string>

namespace emolens {

/// Parses \p text; throws Error(BadInput) naming \p context on malformed JSON.
nlohmann::ordered_json parseJson(const std::string &text, const std::string &context);

nlohmann::ordered_json toJsonValue(const FeatureConfig &config);
FeatureConfig featureConfigFromJson(const nlohmann::ordered_json &json, const std::string &context);

} // namespace emolens
