#pragma once
/// \file Annotations.h
/// Corrected labels and notes for a corpus, kept in an annotation file of the
/// user's choosing; the corpus's own files are never modified. Format
/// (docs/ANNOTATIONS.md): {"format": "emolens-annotations", "version": 1,
/// "corpus": SPEC, "annotations": [{"id", "originalLabel", "label", "note",
/// "author", "modified"}]}, sorted by id, written atomically.

#include "emolens/Corpus.h"

#include <map>
#include <string>
#include <vector>

namespace emolens {

struct Annotation {
    std::string id; ///< the utterance id (IEMOCAP TURN_NAME, EmoDB stem, CSV stem)
    std::string originalLabel; ///< the corpus's canonical label when the annotation was made
    std::string label; ///< corrected canonical label; empty: label unchanged (a note only)
    std::string note;
    std::string author;
    std::string modified; ///< ISO 8601 UTC
};

class AnnotationSet {
public:
    std::string corpusSpec;

    const Annotation *find(const std::string &id) const;
    /// Adds or replaces; an annotation with neither label nor note is removed.
    void set(const Annotation &annotation);
    void erase(const std::string &id);
    std::size_t size() const { return m_byId.size(); }
    const std::map<std::string, Annotation> &all() const { return m_byId; }
    bool operator==(const AnnotationSet &o) const;

    std::string toJson() const;
    /// Throws Error(BadInput) naming \p context for malformed files or unknown versions.
    static AnnotationSet fromJson(const std::string &json, const std::string &context);
    static AnnotationSet load(const std::string &path);
    void save(const std::string &path) const; ///< atomic; throws Error(Io)

private:
    std::map<std::string, Annotation> m_byId;
};

/// The corpus with corrected labels applied: Utterance::label is the correction,
/// labelCode follows it, and extras["originalLabel"] keeps the corpus's label.
/// Annotations whose id is not in the corpus are returned in \p unmatched.
CorpusReadResult applyAnnotations(const CorpusReadResult &corpus, const AnnotationSet &annotations,
                                  std::vector<std::string> *unmatched = nullptr);

/// IEMOCAP's code for a canonical label ("neutral" -> "neu"); other labels unchanged.
std::string iemocapCode(const std::string &canonical);

/// Writes IEMOCAP EmoEvaluation files with the (corrected) labels of \p corpus:
/// DIR/SessionN/dialog/EmoEvaluation/<dialog>.txt, one per dialog, turns in time
/// order, raters' lines kept. Laid over a copy of the corpus, the IEMOCAP reader
/// reads the corrections back. Returns the files written. Throws Error(BadInput)
/// for utterances without session or dialog, Error(Io) when writing fails.
std::vector<std::string> exportEmoEvaluation(const CorpusReadResult &corpus, const std::string &dir);

/// Writes a CSV manifest (path,speaker,label,start,end,session) with absolute
/// audio paths that `csv:FILE` reads back. Throws Error(Io).
void exportCsv(const CorpusReadResult &corpus, const std::string &path);

} // namespace emolens
