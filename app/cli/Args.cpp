#include "Args.h"

#include <cmath>

namespace emolens::cli {

Args::Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
           const std::set<std::string> &flagOptions)
{
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string &word = argv[i];
        if (onlyPositionals || word.size() < 2 || word.compare(0, 2, "--") != 0) {
            m_positionals.push_back(word);
            continue;
        }
        if (word == "--") {
            onlyPositionals = true;
            continue;
        }
        const auto eq = word.find('=');
        const std::string name = word.substr(0, eq);
        if (valueOptions.count(name)) {
            if (eq != std::string::npos)
                m_values[name] = word.substr(eq + 1);
            else if (i + 1 < argv.size())
                m_values[name] = argv[++i];
            else
                throw UsageError(name + " needs a value");
        } else if (flagOptions.count(name) && eq == std::string::npos) {
            m_flags.insert(name);
        } else {
            throw UsageError("unknown option " + word);
        }
    }
}

bool Args::has(const std::string &option) const
{
    return m_flags.count(option) || m_values.count(option);
}

std::optional<std::string> Args::value(const std::string &option) const
{
    const auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string Args::valueOr(const std::string &option, const std::string &fallback) const
{
    return value(option).value_or(fallback);
}

std::optional<double> Args::number(const std::string &option) const
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(*text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used != text->size() || !std::isfinite(v))
        throw UsageError(option + " expects a number, got '" + *text + "'");
    return v;
}

} // namespace emolens::cli
