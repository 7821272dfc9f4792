#pragma once
/// \file Csv.h
/// Writing CSV fields (RFC 4180), one rule for every CSV file EmoLens writes.

#include <string>
#include <string_view>

namespace emolens {

/// \p s as one CSV field: unchanged when it is plain, else in double quotes with each
/// quote doubled. Quoted when it holds a comma, a quote, CR or LF, or starts or ends
/// with a space (EmoLens's readers trim unquoted fields, as spreadsheets write them).
std::string csvField(std::string_view s);

} // namespace emolens
