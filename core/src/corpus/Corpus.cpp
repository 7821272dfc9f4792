#include "corpus/Readers.h"
#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "io/Json.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace emolens {

namespace fs = std::filesystem;

namespace corpus {

bool parseSeconds(const std::string &text, double &value)
{
    try {
        std::size_t used = 0;
        value = std::stod(text, &used);
        return used == text.size() && std::isfinite(value) && value >= 0;
    } catch (const std::exception &) {
        return false;
    }
}

std::string trim(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> split(const std::string &s, char separator)
{
    std::vector<std::string> parts(1);
    for (char c : s) {
        if (c == separator)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

bool isRegularFile(const std::string &path)
{
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

bool isDirectory(const std::string &path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::vector<std::string> listDirectory(const std::string &dir)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end()); // deterministic order on every filesystem
    return names;
}

std::string joinPath(const std::string &a, const std::string &b)
{
    return (fs::path(a) / b).lexically_normal().string();
}

bool probeDuration(Utterance &u, std::string &reason)
{
    if (!isRegularFile(u.audioPath)) {
        reason = "audio file missing: " + u.audioPath;
        return false;
    }
    try {
        const AudioInfo info = probeAudio(u.audioPath);
        if (u.startSeconds >= info.durationSeconds) {
            std::ostringstream why;
            why << "region starts at " << u.startSeconds << " s, at or past the end of " << u.audioPath << " ("
                << info.durationSeconds << " s)";
            reason = why.str();
            return false;
        }
        const double end = u.endSeconds >= 0 ? std::min(u.endSeconds, info.durationSeconds) : info.durationSeconds;
        u.durationSeconds = std::max(0.0, end - u.startSeconds);
        return true;
    } catch (const Error &e) {
        reason = e.what();
        return false;
    }
}

void resolveDuplicates(CorpusReadResult &r)
{
    // 1. The same audio and region listed twice (a CSV row repeated under another
    //    speaker, an IEMOCAP turn listed twice): keep the first, report the others,
    //    so the same audio can never land in both a training and a test set.
    std::map<std::string, std::size_t> firstOf;
    std::vector<Utterance> kept;
    kept.reserve(r.utterances.size());
    for (auto &u : r.utterances) {
        std::error_code ec;
        const fs::path resolved = fs::weakly_canonical(u.audioPath, ec);
        std::ostringstream key;
        key << (ec ? u.audioPath : resolved.string()) << '|' << u.startSeconds << '|' << u.endSeconds;
        const auto [it, fresh] = firstOf.emplace(key.str(), kept.size());
        if (fresh) {
            kept.push_back(std::move(u));
            continue;
        }
        const Utterance &first = kept[it->second];
        std::string why = "duplicate of " + first.id + " (same audio file and region)";
        if (first.label != u.label)
            why += "; listed again with label " + u.labelCode + " instead of " + first.labelCode;
        if (first.speaker != u.speaker)
            why += "; listed again under speaker " + u.speaker + " instead of " + first.speaker;
        r.skipped.push_back({u.audioPath, 0, why + "; only the first is kept"});
    }
    r.utterances = std::move(kept);
    // 2. Different audio under one id (same file name in two folders): ids must be
    //    unique, or one correction would apply to both. The parent folder tells them apart.
    std::map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t i = 0; i < r.utterances.size(); ++i)
        byId[r.utterances[i].id].push_back(i);
    std::set<std::string> taken;
    for (const auto &u : r.utterances)
        taken.insert(u.id);
    for (const auto &[id, rows] : byId) {
        if (rows.size() < 2)
            continue;
        for (std::size_t k = 1; k < rows.size(); ++k) {
            Utterance &u = r.utterances[rows[k]];
            std::string candidate = id + "~" + fs::path(u.audioPath).parent_path().filename().string();
            for (int n = 2; taken.count(candidate); ++n)
                candidate = id + "~" + std::to_string(n);
            taken.insert(candidate);
            u.id = candidate;
        }
    }
}

} // namespace corpus

namespace {
CorpusReadResult readCorpusAsListed(const std::string &spec);
}

CorpusReadResult readCorpus(const std::string &spec)
{
    CorpusReadResult r = readCorpusAsListed(spec);
    corpus::resolveDuplicates(r);
    return r;
}

namespace {
/// The reader of the spec's kind, before duplicates are resolved.
CorpusReadResult readCorpusAsListed(const std::string &spec)
{
    const auto colon = spec.find(':');
    if (colon == std::string::npos || colon + 1 >= spec.size())
        throwBadInput(spec, "corpus spec must be KIND:PATH (iemocap:ROOT, emodb:DIR, csv:FILE or labels:DIR)");
    const std::string kind = spec.substr(0, colon), path = spec.substr(colon + 1);
    if (kind == "iemocap")
        return corpus::readIemocap(path);
    if (kind == "emodb")
        return corpus::readEmodb(path);
    if (kind == "csv")
        return corpus::readCsv(path);
    if (kind == "labels")
        return corpus::readLabelled(path);
    throwBadInput(spec, "unknown corpus kind '" + kind + "' (iemocap, emodb, csv or labels)");
}
} // namespace

std::string canonicalLabel(const std::string &label)
{
    std::string key = corpus::trim(label);
    if (key.size() == 1) { // EmoDB letters are case-significant single capitals
        static const std::map<char, const char *> emodb = {{'W', "angry"},   {'L', "bored"}, {'E', "disgusted"},
                                                           {'A', "fearful"}, {'F', "happy"}, {'T', "sad"},
                                                           {'N', "neutral"}};
        if (const auto it = emodb.find(key[0]); it != emodb.end())
            return it->second;
    }
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::map<std::string, std::string> aliases = {
        {"neu", "neutral"},           {"neutral", "neutral"}, {"hap", "happy"},
        {"happy", "happy"},           {"happiness", "happy"}, {"joy", "happy"},
        {"exc", "excited"},           {"excited", "excited"}, {"ang", "angry"},
        {"angry", "angry"},           {"anger", "angry"},     {"sad", "sad"},
        {"sadness", "sad"},           {"fru", "frustrated"},  {"frustration", "frustrated"},
        {"frustrated", "frustrated"}, {"sur", "surprised"},   {"surprise", "surprised"},
        {"surprised", "surprised"},   {"fea", "fearful"},     {"fear", "fearful"},
        {"fearful", "fearful"},       {"dis", "disgusted"},   {"disgust", "disgusted"},
        {"disgusted", "disgusted"},   {"oth", "other"},       {"other", "other"},
        {"xxx", "undecided"},         {"boredom", "bored"},   {"bored", "bored"}};
    const auto it = aliases.find(key);
    return it == aliases.end() ? key : it->second;
}

std::vector<std::string> Protocol::validate() const
{
    std::vector<std::string> problems;
    if (classes.size() < 2)
        problems.push_back("a protocol needs at least two classes");
    std::set<std::string> seen;
    for (const auto &c : classes)
        if (!seen.insert(c).second)
            problems.push_back("class '" + c + "' is listed twice");
    if (subset != "improvised" && subset != "scripted" && subset != "all")
        problems.push_back("subset must be improvised, scripted or all, not '" + subset + "'");
    if (!(minDurationSeconds >= 0))
        problems.push_back("minimum duration must be >= 0 seconds");
    return problems;
}

std::string Protocol::toJson() const
{
    nlohmann::ordered_json j{{"classes", classes},
                             {"mergeExcitedIntoHappy", mergeExcitedIntoHappy},
                             {"subset", subset},
                             {"minDurationSeconds", minDurationSeconds}};
    if (!annotations.empty()) // only when labels were corrected, so older results compare equal
        j["annotations"] = {{"file", annotations}, {"digest", annotationsDigest}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

Protocol Protocol::fromJson(const std::string &json)
{
    const auto j = parseJson(json, "protocol");
    Protocol p;
    try {
        p.classes = j.value("classes", p.classes);
        p.mergeExcitedIntoHappy = j.value("mergeExcitedIntoHappy", p.mergeExcitedIntoHappy);
        p.subset = j.value("subset", p.subset);
        p.minDurationSeconds = j.value("minDurationSeconds", p.minDurationSeconds);
        if (j.contains("annotations")) {
            p.annotations = j.at("annotations").value("file", std::string());
            p.annotationsDigest = j.at("annotations").value("digest", std::string());
        }
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("protocol", std::string("malformed protocol: ") + e.what());
    }
    throwIfInvalid("protocol", "protocol", p.validate());
    return p;
}

std::map<std::string, std::map<std::string, int>> Selection::counts() const
{
    std::map<std::string, std::map<std::string, int>> table;
    for (std::size_t i = 0; i < utterances.size(); ++i)
        ++table[utterances[i].speaker][classes[static_cast<std::size_t>(classIndex[i])]];
    return table;
}

Selection selectUtterances(const CorpusReadResult &corpus, const Protocol &protocol)
{
    throwIfInvalid("protocol", "protocol", protocol.validate());
    Selection s;
    s.classes = protocol.classes;
    for (const Utterance &u : corpus.utterances) {
        std::string label = u.label;
        if (protocol.mergeExcitedIntoHappy && label == "excited")
            label = "happy";
        const auto cls = std::find(protocol.classes.begin(), protocol.classes.end(), label);
        if (cls == protocol.classes.end()) {
            ++s.excluded["label not in the class set"];
        } else if (protocol.subset != "all" && !u.mode.empty() && u.mode != protocol.subset) {
            ++s.excluded["not in the " + protocol.subset + " subset"];
        } else if (u.durationSeconds >= 0 && u.durationSeconds < protocol.minDurationSeconds) {
            ++s.excluded["shorter than the minimum duration"];
        } else {
            s.utterances.push_back(u);
            s.utterances.back().label = label;
            s.classIndex.push_back(static_cast<int>(cls - protocol.classes.begin()));
        }
    }
    return s;
}

} // namespace emolens
