#pragma once
/// \file Corpus.h
/// Corpus readers and the protocol that selects utterances from them.
/// A corpus spec is "KIND:PATH": iemocap:ROOT, emodb:DIR, csv:FILE or
/// labels:DIR[?tier=NAME&map=FROM:TO,...&speaker=tier|pattern:RE|manifest:FILE] (audio files
/// with a Praat TextGrid, ELAN .eaf or Audacity label file beside each; docs/INTERCHANGE.md).
/// Reading never aborts on one bad entry: missing audio and malformed lines are
/// reported in CorpusReadResult::skipped with file and line. Thread-safe (no shared state).

#include <map>
#include <string>
#include <vector>

namespace emolens {

/// One rater's evaluation line of an IEMOCAP EmoEvaluation file, e.g.
/// "C-E2:\tNeutral; Frustration;\t()" -> rater "C-E2", labels {"Neutral", "Frustration"}.
struct RaterVote {
    std::string rater; ///< "C-E1", "C-F1" (self), "A-E2" (attributes) ...
    std::vector<std::string> labels; ///< categorical votes as written ("Neutral"); empty for A- lines
    std::string text; ///< the line after the rater tag, verbatim
};

struct Utterance {
    std::string id; ///< IEMOCAP TURN_NAME ("Ses01F_impro01_M002"), EmoDB stem ("03a01Wa")
    std::string audioPath; ///< absolute or as given, resolved against the corpus
    double startSeconds = 0; ///< region within audioPath
    double endSeconds = -1; ///< negative: to the end of the file
    double durationSeconds = -1; ///< from labels or the audio header; negative: unknown
    std::string speaker; ///< fold name: "Ses01M", "03", or the CSV's speaker column
    std::string session; ///< "Ses01"; EmoDB/CSV: as available
    std::string dialog; ///< IEMOCAP dialog ("Ses03M_impro05a")
    std::string gender; ///< "female", "male" or ""
    std::string mode; ///< "improvised", "scripted" or "" (unknown)
    std::string label; ///< canonical class name of the original label ("neutral", "excited", ...)
    std::string labelCode; ///< the label as written in the corpus ("neu", "W", ...)
    std::vector<RaterVote> votes;
    std::map<std::string, std::string> extras; ///< source-specific: "valence", "transcript", "text" ...
};

struct SkippedEntry {
    std::string file;
    int line = 0; ///< 1-based; 0 when the whole file is meant
    std::string reason;
};

struct CorpusReadResult {
    std::string kind; ///< "iemocap", "emodb", "csv", "labels"
    std::string root; ///< the PATH part of the spec
    std::vector<Utterance> utterances;
    std::vector<SkippedEntry> skipped;
};

/// Reads a corpus. Throws Error(BadInput) when the spec is malformed or its path
/// is not a corpus of that kind (no sessions, no EmoDB files, CSV without columns).
CorpusReadResult readCorpus(const std::string &spec);

/// Canonical class name for a corpus label: IEMOCAP codes (neu hap exc ang sad fru
/// sur fea dis oth xxx), EmoDB letters (W L E A F T N) and common spellings
/// ("Neutral", "anger", "happiness"). Unknown labels are returned lower-cased.
std::string canonicalLabel(const std::string &label);

/// Which utterances an experiment uses, and as which classes.
struct Protocol {
    std::vector<std::string> classes = {"neutral", "happy", "angry", "sad"}; ///< class order = model outputs
    bool mergeExcitedIntoHappy = false; ///< IEMOCAP "exc" counts as "happy"
    std::string subset = "improvised"; ///< improvised | scripted | all; corpora without the distinction keep all
    double minDurationSeconds = 0.0; ///< shorter utterances are excluded (and counted), seconds
    std::string annotations; ///< annotation file whose corrected labels were applied ("" = the corpus's labels)
    std::string annotationsDigest; ///< FNV-1a 64 of that file's bytes, hex, so results name the exact corrections

    std::vector<std::string> validate() const;
    std::string toJson() const;
    static Protocol fromJson(const std::string &json); ///< throws Error(BadInput)
};

/// The protocol applied to a corpus: kept utterances with their class index,
/// and the number excluded for each reason (nothing disappears silently).
struct Selection {
    std::vector<Utterance> utterances;
    std::vector<int> classIndex; ///< parallel to utterances, into Protocol::classes
    std::map<std::string, int> excluded; ///< reason -> count
    /// speaker -> class name -> count, for the kept utterances
    std::map<std::string, std::map<std::string, int>> counts() const;
    std::vector<std::string> classes;
};

/// Throws Error(BadInput) for an invalid protocol.
Selection selectUtterances(const CorpusReadResult &corpus, const Protocol &protocol);

} // namespace emolens
