#include "emolens/Annotations.h"
#include "emolens/Csv.h"
#include "emolens/Error.h"
#include "emolens/Files.h"
#include "io/Json.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace fs = std::filesystem;

namespace emolens {

namespace {
constexpr int kVersion = 1;
const char *const kFormat = "emolens-annotations";
} // namespace

const Annotation *AnnotationSet::find(const std::string &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &it->second;
}

void AnnotationSet::set(const Annotation &a)
{
    if (a.label.empty() && a.note.empty())
        m_byId.erase(a.id);
    else
        m_byId[a.id] = a;
}

void AnnotationSet::erase(const std::string &id)
{
    m_byId.erase(id);
}

bool AnnotationSet::operator==(const AnnotationSet &o) const
{
    return corpusSpec == o.corpusSpec && toJson() == o.toJson();
}

std::string AnnotationSet::toJson() const
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto &[id, a] : m_byId)
        list.push_back({{"id", a.id},
                        {"originalLabel", a.originalLabel},
                        {"label", a.label},
                        {"note", a.note},
                        {"author", a.author},
                        {"modified", a.modified}});
    return nlohmann::ordered_json{
        {"format", kFormat}, {"version", kVersion}, {"corpus", corpusSpec}, {"annotations", list}}
        .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

AnnotationSet AnnotationSet::fromJson(const std::string &json, const std::string &context)
{
    const auto j = parseJson(json, context);
    AnnotationSet s;
    try {
        if (j.value("format", std::string()) != kFormat)
            throwBadInput(context, "not an EmoLens annotation file (\"format\" is not \"emolens-annotations\")");
        // Read wide and as written: a version of 2^40 must not wrap to 0 in the message.
        const auto &v = j.at("version");
        if (!v.is_number_integer())
            throwBadInput(context, "annotation format version is not an integer: " +
                                       v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        const bool negative = v.is_number_integer() && !v.is_number_unsigned() && v.get<std::int64_t>() < 0;
        const std::uint64_t version = negative ? 0 : v.get<std::uint64_t>();
        if (negative || version < 1 || version > static_cast<std::uint64_t>(kVersion))
            throwBadInput(context, "annotation format version " + v.dump() +
                                       " is not supported (this EmoLens reads up to " + std::to_string(kVersion) + ")");
        s.corpusSpec = j.value("corpus", std::string());
        for (const auto &e : j.at("annotations")) {
            Annotation a;
            a.id = e.at("id").get<std::string>();
            if (a.id.empty())
                throwBadInput(context, "an annotation has an empty id");
            if (s.find(a.id))
                throwBadInput(context, "utterance " + a.id + " is annotated twice");
            a.originalLabel = e.value("originalLabel", std::string());
            a.label = e.value("label", std::string());
            a.note = e.value("note", std::string());
            a.author = e.value("author", std::string());
            a.modified = e.value("modified", std::string());
            s.m_byId[a.id] = a;
        }
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(context, std::string("malformed annotation file: ") + e.what());
    }
    return s;
}

AnnotationSet AnnotationSet::load(const std::string &path)
{
    return fromJson(readWholeFile(path), path);
}

void AnnotationSet::save(const std::string &path) const
{
    writeFileAtomically(path, toJson() + "\n");
}

CorpusReadResult applyAnnotations(const CorpusReadResult &corpus, const AnnotationSet &annotations,
                                  std::vector<std::string> *unmatched)
{
    CorpusReadResult out = corpus;
    std::map<std::string, bool> used;
    for (auto &u : out.utterances) {
        const Annotation *a = annotations.find(u.id);
        if (!a)
            continue;
        used[u.id] = true;
        if (a->label.empty())
            continue;
        u.extras["originalLabel"] = u.label;
        u.label = canonicalLabel(a->label);
        u.labelCode = out.kind == "iemocap" ? iemocapCode(u.label) : u.label;
    }
    if (unmatched)
        for (const auto &[id, a] : annotations.all())
            if (!used.count(id))
                unmatched->push_back(id);
    return out;
}

std::string iemocapCode(const std::string &canonical)
{
    static const std::map<std::string, std::string> codes = {
        {"neutral", "neu"},   {"happy", "hap"},      {"excited", "exc"},   {"angry", "ang"},
        {"sad", "sad"},       {"frustrated", "fru"}, {"surprised", "sur"}, {"fearful", "fea"},
        {"disgusted", "dis"}, {"other", "oth"},      {"undecided", "xxx"}};
    const auto it = codes.find(canonical);
    return it == codes.end() ? canonical : it->second;
}

std::vector<std::string> exportEmoEvaluation(const CorpusReadResult &corpus, const std::string &dir)
{
    std::map<std::string, std::vector<const Utterance *>> byDialog;
    for (const auto &u : corpus.utterances) {
        if (u.dialog.empty() || u.session.size() < 5)
            throwBadInput(u.id, "has no IEMOCAP session or dialog, so it cannot be written as EmoEvaluation");
        byDialog[u.dialog].push_back(&u);
    }
    std::vector<std::string> written;
    for (auto &[dialog, turns] : byDialog) {
        std::sort(turns.begin(), turns.end(), [](const Utterance *a, const Utterance *b) {
            return a->startSeconds != b->startSeconds ? a->startSeconds < b->startSeconds : a->id < b->id;
        });
        const Utterance &first = *turns.front();
        // "Ses01" -> Session1
        const std::string session = "Session" + first.session.substr(3, 2).erase(0, first.session[3] == '0' ? 1 : 0);
        const fs::path folder = fs::path(dir) / session / "dialog" / "EmoEvaluation";
        std::error_code ec;
        fs::create_directories(folder, ec);
        if (ec)
            throwIo(folder.string(), "cannot create the folder (" + ec.message() + ")");
        std::ostringstream text;
        text << "% [START_TIME - END_TIME] TURN_NAME EMOTION [V, A, D]\n\n";
        for (const Utterance *u : turns) {
            auto extra = [u](const char *key, const std::string &fallback) {
                const auto it = u->extras.find(key);
                return it == u->extras.end() || it->second.empty() ? fallback : it->second;
            };
            std::ostringstream start, end;
            start << std::fixed << std::setprecision(4) << u->startSeconds;
            end << std::fixed << std::setprecision(4) << (u->endSeconds >= 0 ? u->endSeconds : u->startSeconds);
            text << '[' << extra("dialogStart", start.str()) << " - " << extra("dialogEnd", end.str()) << "]\t" << u->id
                 << '\t' << iemocapCode(u->label) << "\t[" << extra("valence", "nan") << ", "
                 << extra("activation", "nan") << ", " << extra("dominance", "nan") << "]\n";
            for (const auto &v : u->votes)
                text << v.rater << ":\t" << v.text << '\n';
            text << '\n';
        }
        const std::string path = (folder / (dialog + ".txt")).string();
        writeFileAtomically(path, text.str());
        written.push_back(path);
    }
    return written;
}

void exportCsv(const CorpusReadResult &corpus, const std::string &path)
{
    const auto quote = [](const std::string &field) { return csvField(field); };
    std::ostringstream text;
    text << "path,speaker,label,start,end,session\n";
    text.precision(10);
    for (const auto &u : corpus.utterances) {
        text << quote(fs::absolute(u.audioPath).string()) << ',' << quote(u.speaker) << ',' << quote(u.label) << ',';
        if (u.startSeconds > 0 || u.endSeconds >= 0)
            text << u.startSeconds;
        text << ',';
        if (u.endSeconds >= 0)
            text << u.endSeconds;
        text << ',' << quote(u.session) << '\n';
    }
    writeFileAtomically(path, text.str());
}

} // namespace emolens
