// ELAN annotation files (.eaf), read with expat (the writer is EafWriter.cpp).
//
// What is read: the media file, header properties, time slots (a slot without a value
// is placed between its valued neighbours, linearly, as ELAN does), alignable
// annotations, reference annotations (the times of the annotation they refer to),
// linguistic types and controlled vocabularies (EAF 2.x CV_ENTRY and 3.x CV_ENTRY_ML).
// A document with a DOCTYPE is refused (no entity is ever expanded), and every count is
// capped.
#include "emolens/Error.h"
#include "emolens/Interchange.h"
#include "interchange/LabelText.h"

#include <expat.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>

namespace emolens {

namespace {

using interchange::failAt;

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxText = std::size_t(1) << 20; // one annotation value or property

struct Slot {
    std::string id;
    bool valued = false;
    double ms = 0.0;
};

struct RawAnnotation {
    std::string id, ref1, ref2, parent; ///< slot references, or the annotation it refers to
    std::string value;
    int line = 0;
};

struct RawTier {
    LabelTier tier;
    std::string type;
    std::vector<RawAnnotation> annotations;
};

class EafReader {
public:
    EafReader(const std::string &file) : m_file(file) { }

    LabelDocument read(const std::string &bytes)
    {
        interchange::checkSize(bytes.size(), m_file);
        std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr), XML_ParserFree);
        if (!parser)
            throwBadInput(m_file, "cannot start the XML parser (out of memory)");
        m_parser = parser.get();
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &EafReader::onStart, &EafReader::onEnd);
        XML_SetCharacterDataHandler(m_parser, &EafReader::onText);
        XML_SetStartDoctypeDeclHandler(m_parser, &EafReader::onDoctype);
        XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
        if (XML_Parse(m_parser, bytes.data(), static_cast<int>(bytes.size()), XML_TRUE) == XML_STATUS_ERROR) {
            if (!m_error.empty())
                failAt(m_file, m_errorLine, m_error);
            failAt(m_file, static_cast<int>(XML_GetCurrentLineNumber(m_parser)),
                   std::string("not well-formed XML (") + XML_ErrorString(XML_GetErrorCode(m_parser)) + ")");
        }
        if (!m_sawRoot)
            throwBadInput(m_file, "not an ELAN file (no ANNOTATION_DOCUMENT)");
        return finish();
    }

private:
    static const char *attr(const XML_Char **atts, const char *name)
    {
        for (int i = 0; atts[i]; i += 2)
            if (std::strcmp(atts[i], name) == 0)
                return atts[i + 1];
        return nullptr;
    }

    void stop(const std::string &problem)
    {
        if (m_error.empty()) {
            m_error = problem;
            m_errorLine = static_cast<int>(XML_GetCurrentLineNumber(m_parser));
        }
        XML_StopParser(m_parser, XML_FALSE);
    }

    void count()
    {
        if (++m_items > interchange::kMaxLabelItems)
            stop("more than " + std::to_string(interchange::kMaxLabelItems) + " time slots and annotations");
    }

    static void onDoctype(void *self, const XML_Char *, const XML_Char *, const XML_Char *, int)
    {
        static_cast<EafReader *>(self)->stop("a DOCTYPE (ELAN files have none; entities are never expanded)");
    }

    static void onStart(void *self, const XML_Char *name, const XML_Char **atts)
    {
        static_cast<EafReader *>(self)->start(name, atts);
    }
    static void onEnd(void *self, const XML_Char *name) { static_cast<EafReader *>(self)->end(name); }
    static void onText(void *self, const XML_Char *s, int len)
    {
        auto *r = static_cast<EafReader *>(self);
        if (r->m_text) {
            if (r->m_text->size() + static_cast<std::size_t>(len) > kMaxText)
                r->stop("a text of more than 1 MiB");
            else
                r->m_text->append(s, static_cast<std::size_t>(len));
        }
    }

    void start(const std::string &name, const XML_Char **atts)
    {
        if (++m_depth > kMaxDepth)
            return stop("elements nested more than 64 deep");
        const int line = static_cast<int>(XML_GetCurrentLineNumber(m_parser));
        auto get = [&](const char *a) {
            const char *v = attr(atts, a);
            return v ? std::string(v) : std::string();
        };
        if (m_depth == 1) {
            if (name != "ANNOTATION_DOCUMENT")
                return stop("not an ELAN file (the root element is " + name.substr(0, 40) + ")");
            m_sawRoot = true;
        } else if (name == "MEDIA_DESCRIPTOR") {
            if (m_doc.mediaFile.empty()) {
                // The media as a path: MEDIA_URL without its file:// scheme, else the relative URL.
                std::string url = get("MEDIA_URL");
                if (url.rfind("file://", 0) == 0)
                    url.erase(0, 7);
                m_doc.mediaFile = !url.empty() ? url : get("RELATIVE_MEDIA_URL");
            }
        } else if (name == "PROPERTY") {
            m_propertyName = get("NAME");
            m_buffer.clear();
            m_text = &m_buffer;
        } else if (name == "TIME_SLOT") {
            count();
            Slot s{get("TIME_SLOT_ID"), false, 0.0};
            if (s.id.empty())
                return stop("a TIME_SLOT without TIME_SLOT_ID");
            const char *v = attr(atts, "TIME_VALUE");
            if (v) {
                if (!interchange::parseNumber(v, s.ms) || s.ms < 0)
                    return stop("TIME_VALUE '" + std::string(v).substr(0, 40) + "' is not milliseconds");
                s.valued = true;
            }
            if (!m_slotIndex.emplace(s.id, m_slots.size()).second)
                return stop("time slot " + s.id.substr(0, 40) + " is defined twice");
            m_slots.push_back(std::move(s));
        } else if (name == "TIER") {
            RawTier t;
            t.tier.name = get("TIER_ID");
            t.tier.annotator = get("ANNOTATOR");
            t.tier.participant = get("PARTICIPANT");
            t.type = get("LINGUISTIC_TYPE_REF");
            if (t.tier.name.empty())
                return stop("a TIER without TIER_ID");
            m_tiers.push_back(std::move(t));
        } else if (name == "ALIGNABLE_ANNOTATION" || name == "REF_ANNOTATION") {
            if (m_tiers.empty())
                return stop("an annotation outside a TIER");
            count();
            RawAnnotation a;
            a.id = get("ANNOTATION_ID");
            a.line = line;
            if (name == "ALIGNABLE_ANNOTATION") {
                a.ref1 = get("TIME_SLOT_REF1");
                a.ref2 = get("TIME_SLOT_REF2");
                if (a.ref1.empty() || a.ref2.empty())
                    return stop("an ALIGNABLE_ANNOTATION without both time slot references");
            } else {
                a.parent = get("ANNOTATION_REF");
                if (a.parent.empty())
                    return stop("a REF_ANNOTATION without ANNOTATION_REF");
            }
            m_tiers.back().annotations.push_back(std::move(a));
        } else if (name == "ANNOTATION_VALUE") {
            if (m_tiers.empty() || m_tiers.back().annotations.empty())
                return stop("an ANNOTATION_VALUE outside an annotation");
            // Collected in m_buffer and handed over at the end tag, never written through a
            // pointer into the vectors: an element nested in the value (a second annotation,
            // a tier) may grow them and move their strings (found by fuzz_eaf).
            m_valueOf = {m_tiers.size() - 1, m_tiers.back().annotations.size() - 1};
            m_buffer.clear();
            m_text = &m_buffer;
        } else if (name == "LINGUISTIC_TYPE") {
            m_typeVocabulary[get("LINGUISTIC_TYPE_ID")] = get("CONTROLLED_VOCABULARY_REF");
        } else if (name == "CONTROLLED_VOCABULARY") {
            m_vocabulary = get("CV_ID");
            m_doc.vocabularies[m_vocabulary];
        } else if (name == "CV_ENTRY" || name == "CVE_VALUE") {
            count();
            m_buffer.clear();
            m_text = &m_buffer;
        }
    }

    void end(const std::string &name)
    {
        --m_depth;
        if (name == "PROPERTY") {
            if (!m_propertyName.empty())
                m_doc.properties[m_propertyName] = m_buffer;
            m_text = nullptr;
        } else if (name == "ANNOTATION_VALUE") {
            const auto [tier, annotation] = m_valueOf;
            if (tier < m_tiers.size() && annotation < m_tiers[tier].annotations.size())
                m_tiers[tier].annotations[annotation].value = m_buffer;
            m_text = nullptr;
        } else if (name == "CV_ENTRY" || name == "CVE_VALUE") {
            auto &entries = m_doc.vocabularies[m_vocabulary];
            // CV_ENTRY_ML holds one CVE_VALUE per language: keep each entry once
            if (std::find(entries.begin(), entries.end(), m_buffer) == entries.end())
                entries.push_back(m_buffer);
            m_text = nullptr;
        } else if (name == "CONTROLLED_VOCABULARY") {
            m_vocabulary.clear();
        }
    }

    /// Slot times in seconds: valued ones as written, the others placed linearly between
    /// the nearest valued slots before and after them in TIME_ORDER.
    std::vector<double> slotSeconds() const
    {
        std::vector<double> s(m_slots.size(), 0.0);
        std::size_t i = 0;
        double before = 0.0;
        while (i < m_slots.size()) {
            if (m_slots[i].valued) {
                before = s[i] = m_slots[i].ms / 1000.0;
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < m_slots.size() && !m_slots[j].valued)
                ++j;
            const double after = j < m_slots.size() ? m_slots[j].ms / 1000.0 : before;
            for (std::size_t k = i; k < j; ++k)
                s[k] = before + (after - before) * static_cast<double>(k - i + 1) / static_cast<double>(j - i + 1);
            i = j;
        }
        return s;
    }

    LabelDocument finish()
    {
        const std::vector<double> seconds = slotSeconds();
        std::map<std::string, std::pair<double, double>> times; // annotation id -> start, end
        auto slot = [&](const std::string &id, int line) {
            const auto it = m_slotIndex.find(id);
            if (it == m_slotIndex.end())
                failAt(m_file, line,
                       "an annotation refers to time slot " + id.substr(0, 40) + ", which is not defined");
            return seconds[it->second];
        };
        for (const RawTier &t : m_tiers)
            for (const RawAnnotation &a : t.annotations)
                if (a.parent.empty()) {
                    double s = slot(a.ref1, a.line), e = slot(a.ref2, a.line);
                    if (e < s)
                        failAt(m_file, a.line, "annotation " + a.id.substr(0, 40) + " ends before it starts");
                    times[a.id] = {s, e};
                }
        // Reference annotations take their parent's times; chains are followed (bounded).
        std::map<std::string, std::string> parentOf;
        for (const RawTier &t : m_tiers)
            for (const RawAnnotation &a : t.annotations)
                if (!a.parent.empty())
                    parentOf[a.id] = a.parent;
        auto resolve = [&](const RawAnnotation &a) {
            std::string id = a.parent;
            for (int hops = 0; hops < 32; ++hops) {
                const auto it = times.find(id);
                if (it != times.end())
                    return it->second;
                const auto p = parentOf.find(id);
                if (p == parentOf.end())
                    break;
                id = p->second;
            }
            failAt(m_file, a.line,
                   "reference annotation " + a.id.substr(0, 40) + " refers to no time-aligned annotation");
        };
        for (RawTier &t : m_tiers) {
            const auto v = m_typeVocabulary.find(t.type);
            if (v != m_typeVocabulary.end())
                t.tier.vocabulary = v->second;
            for (const RawAnnotation &a : t.annotations) {
                const auto [s, e] = a.parent.empty() ? times.at(a.id) : resolve(a);
                t.tier.items.push_back({s, e, a.value, a.line});
            }
            std::stable_sort(t.tier.items.begin(), t.tier.items.end(),
                             [](const LabelInterval &x, const LabelInterval &y) { return x.start < y.start; });
            m_doc.tiers.push_back(std::move(t.tier));
        }
        for (double s : seconds)
            m_doc.end = std::max(m_doc.end, s);
        return std::move(m_doc);
    }

    const std::string &m_file;
    XML_Parser m_parser = nullptr;
    LabelDocument m_doc;
    std::vector<Slot> m_slots;
    std::map<std::string, std::size_t> m_slotIndex;
    std::vector<RawTier> m_tiers;
    std::map<std::string, std::string> m_typeVocabulary;
    std::string m_vocabulary, m_propertyName, m_buffer;
    std::string *m_text = nullptr; ///< m_buffer while inside a text element, else null
    std::pair<std::size_t, std::size_t> m_valueOf{0, 0}; ///< the annotation whose value is being read
    std::string m_error;
    int m_errorLine = 0, m_depth = 0;
    std::size_t m_items = 0;
    bool m_sawRoot = false;
};

} // namespace

LabelDocument parseEaf(const std::string &bytes, const std::string &file)
{
    return EafReader(file).read(bytes);
}

} // namespace emolens
