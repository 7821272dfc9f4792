#pragma once
// One field list per config. Each config writes its list once, as a template
//     template <class C, class V> void visitFields(C &config, V &visitor)
// calling visitor.field / optional / fixed in JSON order, and its JSON, its
// reading back and its equality all walk that list: adding a field is one line.
#include "emolens/Error.h"

#include <nlohmann/json.hpp>

#include <string>

namespace emolens::configfields {

using Json = nlohmann::ordered_json;

/// Writes the fields, in list order.
struct Writer {
    Json json = Json::object();
    template <class T> void field(const char *key, const T &value) { json[key] = value; }
    /// Written only when \p present (so a default that older files lack keeps their JSON as it was).
    template <class T> void optional(const char *key, const T &value, bool present)
    {
        if (present)
            json[key] = value;
    }
    /// A property this version supports in one form only (the window, the optimiser...).
    void fixed(const char *key, const char *value) { json[key] = value; }
};

/// Reads them back: an absent key keeps the default; a fixed property of another value is refused.
struct Reader {
    const Json &json;
    std::string context;
    template <class T> void field(const char *key, T &value) { value = json.value(key, value); }
    template <class T> void optional(const char *key, T &value, bool) { value = json.value(key, value); }
    void fixed(const char *key, const char *value) const
    {
        if (json.contains(key) && json.at(key).get<std::string>() != value)
            throwBadInput(context, std::string("unsupported ") + key + " '" + json.at(key).get<std::string>() +
                                       "' (this version supports '" + value + "')");
    }
};

template <class Config> Json toJson(const Config &config)
{
    Writer w;
    visitFields(config, w);
    return w.json;
}

/// Every field from \p json into \p config (defaults stay for absent keys). Throws
/// Error(BadInput) naming \p context for a value of the wrong type.
template <class Config> void fromJson(const Json &json, Config &config, const std::string &context)
{
    if (!json.is_object())
        throwBadInput(context, context + " must be a JSON object");
    Reader r{json, context};
    try {
        visitFields(config, r);
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(context, "malformed " + context + ": " + e.what());
    }
}

} // namespace emolens::configfields
