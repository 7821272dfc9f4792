#pragma once
// A small argument parser for emolens-cli's subcommands: each command declares
// which options take a value and which are flags; anything else is a usage error.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace emolens::cli {

/// Wrong command line: the CLI prints it with a hint to --help and exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Args {
public:
    /// \p argv are the words after the command name. Throws UsageError.
    Args(const std::vector<std::string> &argv, const std::set<std::string> &valueOptions,
         const std::set<std::string> &flagOptions);

    bool has(const std::string &option) const;
    std::optional<std::string> value(const std::string &option) const;
    std::string valueOr(const std::string &option, const std::string &fallback) const;
    /// Parses a number, naming the option in the UsageError when it is not one.
    std::optional<double> number(const std::string &option) const;
    const std::vector<std::string> &positionals() const { return m_positionals; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

} // namespace emolens::cli
