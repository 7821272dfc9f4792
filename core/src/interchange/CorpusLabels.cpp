// A corpus's labels and corrections as TextGrid, EAF or Audacity files (Interchange.h).
#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace emolens {

namespace {

/// The utterance's region; an open end is the audio's end (read from its header once).
std::pair<double, double> regionOf(const Utterance &u, std::map<std::string, double> &lengths)
{
    double end = u.endSeconds;
    if (end < 0 && u.durationSeconds >= 0)
        end = u.startSeconds + u.durationSeconds;
    if (end < 0) {
        auto it = lengths.find(u.audioPath);
        if (it == lengths.end())
            it = lengths.emplace(u.audioPath, probeAudio(u.audioPath).durationSeconds).first;
        end = it->second;
    }
    return {u.startSeconds, end};
}

/// Adds \p item to the tier family \p base ("NAME", "NAME 2", ...) where it does not overlap.
void place(std::vector<LabelTier> &tiers, const LabelTier &base, const LabelInterval &item)
{
    for (int n = 1;; ++n) {
        const std::string name = n == 1 ? base.name : base.name + " " + std::to_string(n);
        auto it = std::find_if(tiers.begin(), tiers.end(), [&](const LabelTier &t) { return t.name == name; });
        if (it == tiers.end()) {
            LabelTier t = base;
            t.name = name;
            t.items = {item};
            tiers.push_back(std::move(t));
            return;
        }
        if (it->items.empty() || it->items.back().end <= item.start + 1e-9) {
            it->items.push_back(item);
            return;
        }
    }
}

} // namespace

std::vector<std::string> exportLabelFiles(const CorpusReadResult &corpus, const AnnotationSet &annotations,
                                          LabelFormat format, const std::string &dir,
                                          const std::vector<std::string> &classes)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throwIo(dir, "cannot create the folder (" + ec.message() + ")");
    // Utterances by audio file, in time order.
    std::map<std::string, std::vector<const Utterance *>> byAudio;
    for (const Utterance &u : corpus.utterances)
        byAudio[u.audioPath].push_back(&u);
    std::map<std::string, double> lengths;
    std::map<std::string, int> names;
    std::vector<std::string> written;
    for (auto &[audio, utterances] : byAudio) {
        std::stable_sort(utterances.begin(), utterances.end(),
                         [](const Utterance *a, const Utterance *b) { return a->startSeconds < b->startSeconds; });
        LabelDocument doc;
        doc.mediaFile = audio;
        if (!classes.empty())
            doc.vocabularies["classes"] = classes;
        std::vector<LabelTier> tiers;
        std::map<std::string, int> speakers;
        for (const Utterance *u : utterances)
            ++speakers[u->speaker];
        LabelTier final; // Audacity: the labels in force (with the speaker when the file has several)
        final.name = "emotion";
        for (const Utterance *u : utterances) {
            const auto [start, end] = regionOf(*u, lengths);
            doc.end = std::max(doc.end, end);
            const std::string speaker = u->speaker.empty() ? "speaker" : u->speaker;
            const auto original = u->extras.find("originalLabel");
            const std::string corpusLabel = original != u->extras.end() ? original->second : u->label;
            LabelTier base;
            base.participant = speaker;
            base.vocabulary = classes.empty() ? "" : "classes";
            base.name = speaker + ": emotion (corpus)";
            place(tiers, base, {start, end, corpusLabel, 0});
            std::string inForce = corpusLabel;
            if (const Annotation *a = annotations.find(u->id)) {
                const std::string author = a->author.empty() ? "annotator" : a->author;
                base.annotator = author;
                base.name = speaker + ": emotion (" + author + ")";
                inForce = a->label.empty() ? corpusLabel : a->label;
                place(tiers, base, {start, end, inForce, 0});
                if (!a->note.empty()) {
                    base.vocabulary.clear();
                    base.name = speaker + ": notes (" + author + ")";
                    place(tiers, base, {start, end, a->note, 0});
                }
            }
            final.items.push_back({start, end, speakers.size() > 1 ? speaker + ": " + inForce : inForce, 0});
        }
        doc.tiers = std::move(tiers);
        if (format == LabelFormat::Audacity)
            doc.tiers = {final}; // overlapping turns are fine in an Audacity track
        std::string stem = fs::path(audio).stem().string();
        if (const int seen = names[stem]++; seen > 0)
            stem += "-" + std::to_string(seen + 1);
        const std::string out = (fs::path(dir) / (stem + labelFormatExtension(format))).string();
        writeLabelFile(out, format, doc);
        written.push_back(out);
    }
    return written;
}

} // namespace emolens
