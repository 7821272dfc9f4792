#pragma once
/// \file Interchange.h
/// Label files of the tools researchers already use: Praat TextGrids, ELAN .eaf,
/// Audacity label tracks and Sonic Visualiser CSV, read and written as one neutral
/// LabelDocument (tiers of timed labels). docs/INTERCHANGE.md describes each format.
///
/// Every reader is bounded: the file is capped (kMaxLabelFileBytes), no count or size
/// written in a file is trusted (each item must be present before it is kept), times
/// must be finite and ordered, and every problem is an Error(BadInput) naming the file
/// and the line. Writers produce what the tool itself writes (Praat reads EmoLens's
/// TextGrids in the tests).

#include "emolens/Annotations.h"
#include "emolens/Evaluation.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace emolens {

/// One labelled stretch of time (a point when start == end).
struct LabelInterval {
    double start = 0.0, end = 0.0; ///< seconds
    std::string text;
    int line = 0; ///< where it was read (1-based); 0 when made in memory
};

struct LabelTier {
    std::string name;
    bool points = false; ///< a point tier (Praat TextTier, Sonic Visualiser time instants)
    std::vector<LabelInterval> items; ///< in time order
    std::string annotator; ///< ELAN's ANNOTATOR; EmoLens writes one tier per annotator
    std::string participant; ///< ELAN's PARTICIPANT (the speaker)
    std::string vocabulary; ///< ELAN: the controlled vocabulary the tier's labels come from
};

struct LabelDocument {
    double start = 0.0, end = 0.0; ///< the time domain (a TextGrid's xmin and xmax)
    std::vector<LabelTier> tiers;
    /// ELAN controlled vocabularies: id -> entries (EmoLens writes the class set as one).
    std::map<std::string, std::vector<std::string>> vocabularies;
    std::map<std::string, std::string> properties; ///< ELAN HEADER PROPERTYs (model, protocol)
    std::string mediaFile; ///< the audio file the labels belong to, where the format says
    /// The tier called \p name, or null.
    const LabelTier *tier(const std::string &name) const;
};

enum class LabelFormat { TextGrid, Eaf, Audacity, SvCsv };

/// "textgrid", "eaf", "audacity", "sv-csv"; throws Error(BadInput) for another name.
LabelFormat labelFormatFromName(const std::string &name);
std::string labelFormatName(LabelFormat format);
/// ".TextGrid", ".eaf", ".txt" (Audacity's label export), ".csv"
std::string labelFormatExtension(LabelFormat format);
/// By the file's extension (.TextGrid, .eaf, .txt/.labels, .csv); throws Error(BadInput).
LabelFormat labelFormatOfPath(const std::string &path);

constexpr std::size_t kMaxLabelFileBytes = std::size_t(64) << 20;

// --- Praat TextGrid --------------------------------------------------------------
/// The long text form Praat writes (UTF-8). Interval tiers are completed with empty
/// intervals so they cover the domain without gaps, as Praat requires.
std::string writeTextGrid(const LabelDocument &document);
/// Long and short text forms, UTF-8 (with or without BOM) and UTF-16 (with BOM).
LabelDocument parseTextGrid(const std::string &bytes, const std::string &file);

// --- ELAN -----------------------------------------------------------------------
/// EAF 3.0: a time slot per boundary (milliseconds), one alignable tier per LabelTier
/// (ELAN has no point tiers: a point becomes the interval reaching halfway to its
/// neighbours), controlled vocabularies and properties in the header.
std::string writeEaf(const LabelDocument &document);
/// Alignable and reference annotations; time slots without a value take their time
/// from their neighbours (linearly, as ELAN places them). No DTD, no external entity.
LabelDocument parseEaf(const std::string &bytes, const std::string &file);

// --- Audacity label track ---------------------------------------------------------
/// "start<TAB>end<TAB>label" per line, seconds with a '.' (one tier; points have start == end).
std::string writeAudacityLabels(const LabelTier &tier);
/// Lines of "start<TAB>end<TAB>label" (label may be empty); the "\<TAB>low<TAB>high"
/// frequency lines Audacity adds for spectral selections are skipped. One tier, named \p tierName.
LabelDocument parseAudacityLabels(const std::string &bytes, const std::string &file,
                                  const std::string &tierName = "labels");

// --- Sonic Visualiser CSV ----------------------------------------------------------
/// A region layer: "time,value,duration,label" per interval (value: \p values[i] when given, else 0).
std::string writeSvRegions(const LabelTier &tier, const std::vector<double> &values = {});
/// A time-value layer: "time,value" per point (the point's text must be a number).
std::string writeSvCurve(const LabelTier &tier);
/// A dense layer (a colour 3D plot): one row per column of \p values (row-major, \p rows x
/// \p columns, row 0 the lowest frequency): "time,v(row 0),v(row 1),...".
std::string writeSvDense(const float *values, int rows, int columns, double firstSeconds, double stepSeconds);
/// "time[,value][,duration][,label]" rows as Sonic Visualiser exports layers: a row with a
/// duration is an interval, one without a point (its label, else its value, as text).
/// A first row that is not numeric is taken as a header.
LabelDocument parseSvCsv(const std::string &bytes, const std::string &file, const std::string &tierName = "layer");

/// Reads \p path in the format its extension names (bounded by kMaxLabelFileBytes).
LabelDocument readLabelFile(const std::string &path);
/// Writes atomically; Sonic Visualiser CSV holds one tier (the first interval tier).
void writeLabelFile(const std::string &path, LabelFormat format, const LabelDocument &document);

// --- Predictions as labels ----------------------------------------------------------
/// The segment predictions merged into labelled regions: each segment wins its argmax
/// class and owns the time nearer to its centre than to its neighbours' (the first
/// from 0, the last to \p durationSeconds); neighbours with the same winner are joined.
/// Each region's text is the class; LabelInterval::line is unused.
LabelTier predictionRegions(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                            double durationSeconds, const std::string &tierName);
/// Per class, a point tier "p(CLASS)": at each segment's centre, its probability ("0.731").
std::vector<LabelTier> probabilityTiers(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                                        double durationSeconds);
/// Each region's mean probability of its own class over the segments it joined (for
/// Sonic Visualiser's region values and the CSV export), parallel to predictionRegions.
std::vector<double> regionConfidence(const UtterancePrediction &prediction, double durationSeconds);

// --- Corpus labels as label files ------------------------------------------------------
/// Writes \p corpus's labels as label files other tools open beside the audio, one per audio
/// file (DIR/NAME.TextGrid|.eaf|.txt; a second audio file of the same name gets NAME-2).
/// TextGrid and EAF: per speaker, the corpus's labels in tier "SPEAKER: emotion (corpus)",
/// each annotator's corrections of \p annotations in "SPEAKER: emotion (AUTHOR)" (the label in
/// force: corrected where corrected) and their notes in "SPEAKER: notes (AUTHOR)"; EAF also
/// records the annotator, the speaker as participant and \p classes as the controlled
/// vocabulary. Audacity: one track of the labels in force. Overlapping turns of one speaker
/// go to a second tier ("... 2"). Returns the files written; throws Error(Io).
std::vector<std::string> exportLabelFiles(const CorpusReadResult &corpus, const AnnotationSet &annotations,
                                          LabelFormat format, const std::string &dir,
                                          const std::vector<std::string> &classes);

/// Everything a prediction export holds: the regions tier "emotion [MODEL]" (its labels
/// from the class set, also kept as the vocabulary "classes"), the p(CLASS) point tiers,
/// and the model and protocol as properties (formats without a header carry the model in
/// the tier's name only).
LabelDocument predictionDocument(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                                 double durationSeconds, const std::string &modelName, const std::string &protocolJson,
                                 const std::string &mediaFile);

/// Writes a prediction export to \p path in \p format: TextGrid and EAF whole, Audacity the
/// regions; Sonic Visualiser the regions (value: the region's mean probability of its class)
/// at \p path and each class's curve beside it (PATH minus ".csv" + ".p-CLASS.csv").
/// Atomic per file; returns the files written.
std::vector<std::string> writePredictionFiles(const std::string &path, LabelFormat format,
                                              const UtterancePrediction &prediction,
                                              const std::vector<std::string> &classes, double durationSeconds,
                                              const std::string &modelName, const std::string &protocolJson,
                                              const std::string &mediaFile);

} // namespace emolens
