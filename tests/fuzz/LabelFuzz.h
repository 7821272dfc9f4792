#pragma once
// Shared by the label-file fuzz targets: what a reader accepted must hold together (times
// finite and ordered, points of zero length) and, for the formats that can carry it
// exactly, write and read back to the same labels.
#include "FuzzSupport.h"
#include "emolens/Interchange.h"

#include <cmath>
#include <stdexcept>

namespace emolens::fuzz {

inline void checkDocument(const LabelDocument &d)
{
    for (const LabelTier &t : d.tiers)
        for (const LabelInterval &i : t.items) {
            if (!std::isfinite(i.start) || !std::isfinite(i.end) || i.end < i.start)
                throw std::logic_error("a label with non-finite or reversed times was accepted");
            if (t.points && i.end != i.start)
                throw std::logic_error("a point tier holds an interval");
        }
}

/// \p a and \p b hold the same non-empty labels per tier, times within \p tolerance.
inline void sameLabels(const LabelDocument &a, const LabelDocument &b, double tolerance)
{
    if (a.tiers.size() != b.tiers.size())
        throw std::logic_error("the round trip changed the number of tiers");
    for (std::size_t t = 0; t < a.tiers.size(); ++t) {
        std::vector<LabelInterval> x, y;
        for (const auto &i : a.tiers[t].items)
            if (!i.text.empty())
                x.push_back(i);
        for (const auto &i : b.tiers[t].items)
            if (!i.text.empty())
                y.push_back(i);
        if (x.size() != y.size() || a.tiers[t].name != b.tiers[t].name)
            throw std::logic_error("the round trip changed a tier's labels");
        for (std::size_t k = 0; k < x.size(); ++k)
            if (x[k].text != y[k].text || std::fabs(x[k].start - y[k].start) > tolerance ||
                std::fabs(x[k].end - y[k].end) > tolerance)
                throw std::logic_error("the round trip moved or changed a label");
    }
}

} // namespace emolens::fuzz
