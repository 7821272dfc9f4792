#pragma once
// Private to core: text made safe for XML (and HTML) element content and attribute values.
#include <string>

namespace emolens {

/// & < > " ' escaped; control characters other than tab and line breaks, which XML 1.0
/// has no place for, become spaces. Used by every XML and HTML writer in core.
std::string xmlEscaped(const std::string &text);

} // namespace emolens
