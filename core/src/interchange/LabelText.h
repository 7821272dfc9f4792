#pragma once
// Private to core: what the label-file readers and writers share (numbers that read
// back exactly in any locale, bounded line splitting, UTF-16 to UTF-8).

#include <cstddef>
#include <string>
#include <string_view>

namespace emolens::interchange {

/// The shortest text that reads back as exactly \p value ("0.5", "1.2345e-07"), '.' always.
std::string number(double value);
/// A whole decimal number (no locale, no trailing text); false otherwise.
bool parseNumber(std::string_view text, double &value);

/// \p bytes as UTF-8: a UTF-8 BOM is dropped, UTF-16 with a BOM converted; throws
/// Error(BadInput) for invalid UTF-16 or text that has NUL bytes but no BOM.
std::string toUtf8(const std::string &bytes, const std::string &file);

/// Refuses inputs over the label-file cap (Error(BadInput) naming \p file).
void checkSize(std::size_t bytes, const std::string &file);

/// Items a label file may hold in all (a cap against files that claim or hold millions).
constexpr std::size_t kMaxLabelItems = 1000000;

/// Throws Error(BadInput) "FILE: line N: PROBLEM" (line 0: no line).
[[noreturn]] void failAt(const std::string &file, int line, const std::string &problem);

} // namespace emolens::interchange
