#pragma once
// One field list per config. Each config writes its list once, as a template
//     template <class C, class V> void visitFields(C &config, V &visitor)
// calling, in JSON order,
//     visitor.field(key, member, Rule("what it means").atLeast(1))
//     visitor.optional(key, member, presentInJson, Rule(...))
//     visitor.fixed(key, "the one supported form")
//     visitor.extra(key, member, Rule(...))     (checked and described; its JSON is written elsewhere)
// and its JSON, its reading back, its equality, validate()'s per-field checks and
// its public description (ConfigField, for CLI help and GUI forms) all walk that
// list: adding a field is one line.
#include "emolens/ConfigField.h"
#include "emolens/Error.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <type_traits>
#include <vector>

namespace emolens::configfields {

using Json = nlohmann::ordered_json;

/// A field's meaning and admissible values, written beside it in the field list.
struct Rule {
    ConfigField f;
    explicit Rule(const char *description) { f.description = description; }
    Rule &atLeast(double v) { return bound(f.min, f.minOpen, v, false); }
    Rule &above(double v) { return bound(f.min, f.minOpen, v, true); }
    Rule &atMost(double v) { return bound(f.max, f.maxOpen, v, false); }
    Rule &below(double v) { return bound(f.max, f.maxOpen, v, true); }
    Rule &oneOf(std::initializer_list<const char *> values)
    {
        f.choices.assign(values.begin(), values.end());
        return *this;
    }

private:
    Rule &bound(double &at, bool &open, double v, bool isOpen)
    {
        at = v;
        open = isOpen;
        return *this;
    }
};

/// Writes the fields, in list order.
struct Writer {
    Json json = Json::object();
    template <class T> void field(const char *key, const T &value, const Rule &) { json[key] = value; }
    /// Written only when \p present (so a default that older files lack keeps their JSON as it was).
    template <class T> void optional(const char *key, const T &value, bool present, const Rule &)
    {
        if (present)
            json[key] = value;
    }
    /// A property this version supports in one form only (the window, the optimiser...).
    void fixed(const char *key, const char *value) { json[key] = value; }
    template <class T> void extra(const char *, const T &, const Rule &) { }
};

/// Reads them back: an absent key keeps the default; a fixed property of another value is refused.
struct Reader {
    const Json &json;
    std::string context;
    template <class T> void field(const char *key, T &value, const Rule &) { value = json.value(key, value); }
    template <class T> void optional(const char *key, T &value, bool, const Rule &) { value = json.value(key, value); }
    void fixed(const char *key, const char *value) const
    {
        if (json.contains(key) && json.at(key).get<std::string>() != value)
            throwBadInput(context, std::string("unsupported ") + key + " '" + json.at(key).get<std::string>() +
                                       "' (this version supports '" + value + "')");
    }
    template <class T> void extra(const char *, T &, const Rule &) { }
};

/// Checks every field against its rule: one sentence per violation ("batchSize must be at least 1").
struct Checker {
    std::vector<std::string> problems;
    template <class T> void field(const char *key, const T &value, const Rule &rule) { check(key, value, rule.f); }
    template <class T> void optional(const char *key, const T &value, bool, const Rule &rule)
    {
        check(key, value, rule.f);
    }
    void fixed(const char *, const char *) { }
    template <class T> void extra(const char *key, const T &value, const Rule &rule) { check(key, value, rule.f); }

private:
    template <class T> void check(const std::string &key, const T &value, const ConfigField &f)
    {
        if constexpr (std::is_same_v<T, bool>) {
            return;
        } else if constexpr (std::is_arithmetic_v<T>) {
            if (!f.admits(static_cast<double>(value)))
                problems.push_back(key + " must be " + f.rule());
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!f.admits(value))
                problems.push_back(key + " must be " + f.rule() + " (not '" + value + "')");
        } else {
            for (const auto &element : value)
                if (!f.admits(static_cast<double>(element))) {
                    problems.push_back("every element of " + key + " must be " + f.rule());
                    return;
                }
        }
    }
};

/// The public description of each field, with the default taken from a default-made config.
struct Describer {
    std::vector<ConfigField> fields;
    template <class T> void field(const char *key, const T &value, const Rule &rule) { add(key, value, rule); }
    template <class T> void optional(const char *key, const T &value, bool, const Rule &rule) { add(key, value, rule); }
    void fixed(const char *key, const char *value)
    {
        ConfigField f;
        f.key = key;
        f.description = std::string("always ") + value + " in this version";
        f.defaultValue = Json(value).dump();
        f.choices = {value};
        f.fixed = true;
        fields.push_back(std::move(f));
    }
    template <class T> void extra(const char *key, const T &value, const Rule &rule) { add(key, value, rule); }

private:
    template <class T> void add(const char *key, const T &value, const Rule &rule)
    {
        ConfigField f = rule.f;
        f.key = key;
        f.defaultValue = Json(value).dump();
        fields.push_back(std::move(f));
    }
};

/// The field-level problems of \p config (validate() adds the checks between fields).
template <class Config> std::vector<std::string> check(const Config &config)
{
    Checker c;
    visitFields(config, c);
    return c.problems;
}

/// The description of Config's fields, defaults from Config{}.
template <class Config> std::vector<ConfigField> describe()
{
    const Config defaults{};
    Describer d;
    visitFields(defaults, d);
    return d.fields;
}

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
