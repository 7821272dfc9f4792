// labels:DIR[?OPTIONS] - audio files each with a label file beside it (same stem: a Praat
// TextGrid, an ELAN .eaf, an Audacity label track .txt). Every labelled interval of the
// emotion tier becomes an utterance: its region of the audio file, its label mapped to a
// class. Options (after '?', joined by '&'):
//   tier=NAME            the emotion tier (default: the first interval tier)
//   map=FROM:TO,...      label mapping; given, it is the whole vocabulary (others reported)
//   speaker=tier         every interval tier is a speaker's emotion tier (ELAN's PARTICIPANT,
//                        else the tier's name)
//   speaker=pattern:RE   the first group of RE matched against the audio file's stem
//   speaker=manifest:F   a CSV "file,speaker" (file: the audio's stem or its path under DIR)
//   (default speaker: the audio's folder under DIR, else its stem)
// Problems are reported per file and line (CorpusReadResult::skipped), never thrown.
#include "corpus/Readers.h"

#include "emolens/Error.h"
#include "emolens/Files.h"
#include "emolens/Interchange.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>

namespace fs = std::filesystem;

namespace emolens::corpus {

namespace {

constexpr int kMaxDepth = 8;
constexpr std::size_t kMaxFiles = 200000;

struct LabelOptions {
    std::string tier;
    std::map<std::string, std::string> map;
    enum class Speaker { Folder, Tier, Pattern, Manifest } speaker = Speaker::Folder;
    std::string pattern, manifest;
};

LabelOptions parseOptions(const std::string &spec, const std::string &query)
{
    LabelOptions o;
    for (const std::string &pair : split(query, '&')) {
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        const std::string key = pair.substr(0, eq), value = eq == std::string::npos ? "" : pair.substr(eq + 1);
        if (key == "tier") {
            o.tier = value;
        } else if (key == "map") {
            for (const std::string &m : split(value, ',')) {
                const auto c = m.rfind(':');
                if (c == std::string::npos || c == 0 || c + 1 == m.size())
                    throwBadInput(spec, "map entry '" + m + "' is not FROM:TO");
                o.map[trim(m.substr(0, c))] = canonicalLabel(m.substr(c + 1));
            }
        } else if (key == "speaker") {
            if (value == "tier") {
                o.speaker = LabelOptions::Speaker::Tier;
            } else if (value.rfind("pattern:", 0) == 0) {
                o.speaker = LabelOptions::Speaker::Pattern;
                o.pattern = value.substr(8);
                if (o.pattern.size() > 256)
                    throwBadInput(spec, "speaker pattern longer than 256 characters");
            } else if (value.rfind("manifest:", 0) == 0) {
                o.speaker = LabelOptions::Speaker::Manifest;
                o.manifest = value.substr(9);
            } else {
                throwBadInput(spec, "speaker=" + value + ": tier, pattern:REGEX or manifest:FILE");
            }
        } else {
            throwBadInput(spec, "unknown option '" + key + "' (tier, map, speaker)");
        }
    }
    return o;
}

bool isAudio(const fs::path &p)
{
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e == ".wav" || e == ".flac" || e == ".ogg" || e == ".aiff" || e == ".aif";
}

/// The label file beside \p audio: STEM.TextGrid, STEM.eaf or STEM.txt, in that order.
std::string labelFileOf(const fs::path &audio)
{
    for (const char *ext : {".TextGrid", ".textgrid", ".eaf", ".txt"}) {
        fs::path p = audio;
        p.replace_extension(ext);
        std::error_code ec;
        if (fs::is_regular_file(p, ec))
            return p.string();
    }
    return {};
}

std::map<std::string, std::string> readManifest(const std::string &file)
{
    std::map<std::string, std::string> speakers;
    const std::string text = readWholeFile(file);
    if (text.size() > kMaxLabelFileBytes)
        throwBadInput(file, "a speaker manifest of more than 64 MiB");
    int line = 0;
    for (const std::string &l : split(text, '\n')) {
        ++line;
        const std::string row = trim(l);
        if (row.empty() || (line == 1 && row.rfind("file", 0) == 0))
            continue;
        const auto fields = split(row, ',');
        if (fields.size() < 2 || trim(fields[0]).empty() || trim(fields[1]).empty())
            throwBadInput(file, "line " + std::to_string(line) + ": not \"file,speaker\"");
        speakers[trim(fields[0])] = trim(fields[1]);
    }
    return speakers;
}

} // namespace

CorpusReadResult readLabelled(const std::string &specPath)
{
    const auto q = specPath.find('?');
    const std::string dir = specPath.substr(0, q);
    const std::string spec = "labels:" + specPath;
    const LabelOptions o = parseOptions(spec, q == std::string::npos ? "" : specPath.substr(q + 1));
    if (!isDirectory(dir))
        throwBadInput(dir, "not a folder (labels:DIR wants audio files with label files beside them)");
    std::map<std::string, std::string> manifest;
    if (o.speaker == LabelOptions::Speaker::Manifest)
        manifest = readManifest(o.manifest);
    std::regex pattern;
    if (o.speaker == LabelOptions::Speaker::Pattern) {
        try {
            pattern = std::regex(o.pattern);
        } catch (const std::regex_error &e) {
            throwBadInput(spec, "speaker pattern '" + o.pattern + "' is not a regular expression (" + e.what() + ")");
        }
    }

    CorpusReadResult r;
    r.kind = "labels";
    r.root = dir;
    std::vector<fs::path> audio;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it.depth() >= kMaxDepth)
            it.disable_recursion_pending();
        if (it->is_regular_file(ec) && isAudio(it->path()))
            audio.push_back(it->path());
        if (audio.size() > kMaxFiles)
            throwBadInput(dir, "more than " + std::to_string(kMaxFiles) + " audio files");
    }
    std::sort(audio.begin(), audio.end());
    if (audio.empty())
        throwBadInput(dir, "no audio files (.wav, .flac, .ogg, .aiff) in the folder");

    for (const fs::path &a : audio) {
        const std::string labelFile = labelFileOf(a);
        if (labelFile.empty()) {
            r.skipped.push_back({a.string(), 0, "no label file beside it (same name, .TextGrid, .eaf or .txt)"});
            continue;
        }
        LabelDocument doc;
        try {
            doc = readLabelFile(labelFile);
        } catch (const Error &e) {
            r.skipped.push_back({labelFile, 0, e.problem()});
            continue;
        }
        const std::string stem = a.stem().string();
        const fs::path relative = fs::relative(a, dir, ec);
        // Ids are unique across folders: spk1/a.wav's first label is spk1_a_001.
        std::string idBase = (relative.parent_path() / stem).generic_string();
        std::replace(idBase.begin(), idBase.end(), '/', '_');
        // Which tiers hold emotions, and whose they are.
        std::vector<const LabelTier *> tiers;
        for (const LabelTier &t : doc.tiers)
            if (!t.points && (o.speaker == LabelOptions::Speaker::Tier || o.tier.empty() || t.name == o.tier))
                tiers.push_back(&t);
        if (!o.tier.empty() && tiers.empty()) {
            r.skipped.push_back({labelFile, 0, "no tier named \"" + o.tier + "\""});
            continue;
        }
        if (o.speaker != LabelOptions::Speaker::Tier && o.tier.empty() && tiers.size() > 1)
            tiers.resize(1); // the first interval tier
        std::string speaker;
        switch (o.speaker) {
        case LabelOptions::Speaker::Folder:
            speaker =
                relative.has_parent_path() && !relative.parent_path().empty() ? relative.parent_path().string() : stem;
            break;
        case LabelOptions::Speaker::Pattern: {
            std::smatch m;
            if (!std::regex_search(stem, m, pattern) || m.size() < 2 || m[1].str().empty()) {
                r.skipped.push_back({a.string(), 0, "the speaker pattern finds no speaker in \"" + stem + "\""});
                continue;
            }
            speaker = m[1].str();
            break;
        }
        case LabelOptions::Speaker::Manifest: {
            auto it = manifest.find(stem);
            if (it == manifest.end())
                it = manifest.find(relative.string());
            if (it == manifest.end()) {
                r.skipped.push_back({a.string(), 0, "not in the speaker manifest " + o.manifest});
                continue;
            }
            speaker = it->second;
            break;
        }
        case LabelOptions::Speaker::Tier:
            break;
        }
        Utterance probe;
        probe.audioPath = a.string();
        std::string why;
        if (!probeDuration(probe, why)) {
            r.skipped.push_back({a.string(), 0, why});
            continue;
        }
        const double audioSeconds = probe.durationSeconds;
        int index = 0;
        for (const LabelTier *t : tiers) {
            int labelled = 0;
            double lastEnd = -1.0;
            for (const LabelInterval &i : t->items) {
                const std::string text = trim(i.text);
                if (text.empty())
                    continue; // gaps between labels
                ++labelled;
                if (i.start < lastEnd - 1e-6) {
                    r.skipped.push_back(
                        {labelFile, i.line, "tier \"" + t->name + "\": \"" + text + "\" overlaps the label before it"});
                    continue;
                }
                if (i.end <= i.start || i.end > audioSeconds + 0.01) {
                    char b[160];
                    std::snprintf(b, sizeof b,
                                  "the region %.3f-%.3f s is empty or reaches past the audio's end (%.3f s)", i.start,
                                  i.end, audioSeconds);
                    r.skipped.push_back({labelFile, i.line, "tier \"" + t->name + "\": " + b});
                    continue;
                }
                lastEnd = i.end;
                std::string label;
                if (!o.map.empty()) {
                    const auto m = o.map.find(text);
                    if (m == o.map.end()) {
                        r.skipped.push_back({labelFile, i.line,
                                             "tier \"" + t->name + "\": unknown label \"" + text + "\" (not in map=)"});
                        continue;
                    }
                    label = m->second;
                } else {
                    label = canonicalLabel(text);
                }
                Utterance u;
                char id[32];
                std::snprintf(id, sizeof id, "_%03d", ++index);
                u.id = idBase + id;
                u.audioPath = a.string();
                u.startSeconds = i.start;
                u.endSeconds = std::min(i.end, audioSeconds);
                u.durationSeconds = u.endSeconds - u.startSeconds;
                u.speaker = o.speaker == LabelOptions::Speaker::Tier
                                ? (!t->participant.empty() ? t->participant : t->name)
                                : speaker;
                u.label = label;
                u.labelCode = text;
                u.extras["labelFile"] = labelFile;
                u.extras["tier"] = t->name;
                if (i.line > 0)
                    u.extras["line"] = std::to_string(i.line);
                r.utterances.push_back(std::move(u));
            }
            if (labelled == 0)
                r.skipped.push_back({labelFile, 0, "tier \"" + t->name + "\" has no labels"});
        }
    }
    return r;
}

} // namespace emolens::corpus
