// ELAN annotation files (.eaf, EAF 3.0), written by hand (Interchange.h); the reader is Eaf.cpp.
#include "emolens/Interchange.h"
#include "io/XmlText.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

namespace emolens {

namespace {

std::string isoNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char b[32];
    std::strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return b;
}

/// ELAN has no point tiers (and zero-length annotations cannot be edited there): a point
/// becomes the interval reaching halfway to its neighbours, within the document.
LabelTier asIntervals(const LabelTier &tier, double start, double end)
{
    if (!tier.points)
        return tier;
    LabelTier out = tier;
    out.points = false;
    const auto &p = tier.items;
    for (std::size_t i = 0; i < p.size(); ++i) {
        out.items[i].start = i == 0 ? std::min(start, p[i].start) : 0.5 * (p[i - 1].start + p[i].start);
        out.items[i].end = i + 1 == p.size() ? std::max(end, p[i].start) : 0.5 * (p[i].start + p[i + 1].start);
    }
    return out;
}

} // namespace

std::string writeEaf(const LabelDocument &document)
{
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<ANNOTATION_DOCUMENT AUTHOR=\"EmoLens\" DATE=\""
        << isoNow()
        << "\" FORMAT=\"3.0\" VERSION=\"3.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:noNamespaceSchemaLocation=\"http://www.mpi.nl/tools/elan/EAFv3.0.xsd\">\n";
    out << "    <HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\">\n";
    if (!document.mediaFile.empty()) {
        // ELAN wants a URL (file:///abs/path) and, beside it, the file relative to the .eaf.
        const std::string &m = document.mediaFile;
        const std::string url = !m.empty() && m.front() == '/' ? "file://" + m : m;
        const std::string name = m.substr(m.find_last_of('/') == std::string::npos ? 0 : m.find_last_of('/') + 1);
        out << "        <MEDIA_DESCRIPTOR MEDIA_URL=\"" << xmlEscaped(url) << "\" MIME_TYPE=\"audio/x-wav\""
            << " RELATIVE_MEDIA_URL=\"./" << xmlEscaped(name) << "\"/>\n";
    }
    for (const auto &[name, value] : document.properties)
        out << "        <PROPERTY NAME=\"" << xmlEscaped(name) << "\">" << xmlEscaped(value) << "</PROPERTY>\n";
    out << "    </HEADER>\n    <TIME_ORDER>\n";
    // One slot per distinct boundary, in time order (whole milliseconds, as ELAN keeps them).
    std::map<long long, std::string> slots;
    auto ms = [](double s) { return static_cast<long long>(std::llround(s * 1000.0)); };
    std::vector<LabelTier> tiers;
    for (const LabelTier &t : document.tiers)
        tiers.push_back(asIntervals(t, document.start, document.end));
    for (const LabelTier &t : tiers)
        for (const LabelInterval &i : t.items) {
            slots[ms(i.start)];
            slots[ms(i.end)];
        }
    int n = 0;
    for (auto &[time, id] : slots) {
        id = "ts" + std::to_string(++n);
        out << "        <TIME_SLOT TIME_SLOT_ID=\"" << id << "\" TIME_VALUE=\"" << time << "\"/>\n";
    }
    out << "    </TIME_ORDER>\n";
    std::set<std::string> types;
    int annotation = 0;
    for (const LabelTier &t : tiers) {
        const std::string type = t.vocabulary.empty() ? "default-lt" : "lt-" + t.vocabulary;
        types.insert(t.vocabulary);
        out << "    <TIER LINGUISTIC_TYPE_REF=\"" << xmlEscaped(type) << "\" TIER_ID=\"" << xmlEscaped(t.name) << '"';
        if (!t.annotator.empty())
            out << " ANNOTATOR=\"" << xmlEscaped(t.annotator) << '"';
        if (!t.participant.empty())
            out << " PARTICIPANT=\"" << xmlEscaped(t.participant) << '"';
        out << ">\n";
        for (const LabelInterval &i : t.items)
            out << "        <ANNOTATION>\n            <ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a" << ++annotation
                << "\" TIME_SLOT_REF1=\"" << slots.at(ms(i.start)) << "\" TIME_SLOT_REF2=\"" << slots.at(ms(i.end))
                << "\">\n                <ANNOTATION_VALUE>" << xmlEscaped(i.text)
                << "</ANNOTATION_VALUE>\n            </ALIGNABLE_ANNOTATION>\n        </ANNOTATION>\n";
        out << "    </TIER>\n";
    }
    for (const std::string &v : types) {
        out << "    <LINGUISTIC_TYPE GRAPHIC_REFERENCES=\"false\" LINGUISTIC_TYPE_ID=\""
            << xmlEscaped(v.empty() ? "default-lt" : "lt-" + v) << "\" TIME_ALIGNABLE=\"true\"";
        if (!v.empty())
            out << " CONTROLLED_VOCABULARY_REF=\"" << xmlEscaped(v) << '"';
        out << "/>\n";
    }
    out << "    <LANGUAGE LANG_DEF=\"http://cdb.iso.org/lg/CDB-00130975-001\" LANG_ID=\"eng\" "
           "LANG_LABEL=\"English (eng)\"/>\n";
    for (const auto &[id, entries] : document.vocabularies) {
        out << "    <CONTROLLED_VOCABULARY CV_ID=\"" << xmlEscaped(id) << "\">\n";
        out << "        <DESCRIPTION LANG_REF=\"eng\">the class set</DESCRIPTION>\n";
        int e = 0;
        for (const std::string &entry : entries)
            out << "        <CV_ENTRY_ML CVE_ID=\"cve-" << ++e << "\">\n            <CVE_VALUE LANG_REF=\"eng\">"
                << xmlEscaped(entry) << "</CVE_VALUE>\n        </CV_ENTRY_ML>\n";
        out << "    </CONTROLLED_VOCABULARY>\n";
    }
    out << "</ANNOTATION_DOCUMENT>\n";
    return out.str();
}

} // namespace emolens
