#pragma once
/// \file Attention.h
/// Where the model attends, on an utterance's own time axis. Each 2 s segment
/// (at the evaluation hop) gives 99 x 49 maps; they are placed back where the
/// segment lies, one column per 10 ms frame, and overlapping segments are
/// averaged. On the network's own grid: map column j of a segment covers its
/// frames 4j ... 4j + 3 (the last column also frames 196-199), map row i the
/// spectrogram rows 4i ... 4i + 3, centred at (4i + 2) x 10 Hz; frame c is
/// centred at c x 10 ms + 20 ms (half the 40 ms window). Frequency stays at the
/// map's resolution (99 rows, row 0 = lowest). Only real frames count: zero
/// padding past the end of a short utterance is never drawn. No torch, no Qt:
/// the CLI writes PNGs from it and the GUI draws it.

#include "emolens/Evaluation.h"
#include "emolens/FeatureConfig.h"
#include "emolens/Model.h"
#include "emolens/Progress.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace emolens {

struct AttentionAnalysis {
    std::vector<std::string> classes;
    int sampleRateHz = 0;
    std::int64_t signalSamples = 0;
    double columnSeconds = 0.0; ///< time per column (the frame shift, 10 ms)
    int columns = 0; ///< time columns covering the signal
    int spectrogramRows = 0; ///< feature rows (400, 0-3990 Hz)
    int mapRows = 0; ///< attention-map rows (99)
    int segmentMapColumns =
        0; ///< attention-map columns of one segment (49); softmax(B) is uniform at 1/(mapRows*segmentMapColumns)
    double maxFrequencyHz = 0.0; ///< top of the frequency axis
    double binHz = 0.0; ///< spectrogram row spacing (10 Hz); row r is centred at r * binHz
    double frameSeconds = 0.0; ///< analysis window (40 ms)
    int mapStride = 0; ///< spectrogram rows / frames per map cell (4)
    std::vector<float>
        spectrogram; ///< spectrogramRows x columns: companded, from the segment centred nearest each column
    std::vector<float> bottomUp; ///< mapRows x columns: softmax(B); empty unless attention pooling
    std::vector<float> topDown; ///< classes x mapRows x columns: T_k
    std::vector<float> contribution; ///< classes x mapRows x columns: T_k * softmax(B) (attention pooling only)
    UtterancePrediction prediction; ///< segment and utterance probabilities

    /// One segment exactly as the network saw it: its 400x200 matrix and its 99x49 maps.
    struct SegmentDetail {
        std::vector<float> matrix;
        AttentionMaps maps;
    };
    std::vector<SegmentDetail> segmentDetails; ///< the first keepSegments segments (see analyseAttention)

    /// The time (s) column \p c of the file's axis is centred at: c * columnSeconds + frameSeconds / 2.
    double columnCentreSeconds(double c) const { return c * columnSeconds + 0.5 * frameSeconds; }
    /// The frequency (Hz) map row \p i is centred at: (4i + 2) * binHz.
    double mapRowHz(int i) const { return (mapStride * i + 0.5 * mapStride) * binHz; }
    /// The time (s) map column \p j of a segment starting at \p segmentStart is centred at.
    double segmentMapColumnSeconds(double segmentStart, int j) const
    {
        return segmentStart + columnCentreSeconds(mapStride * j + 0.5 * mapStride);
    }

    const float *topDownMap(int k) const { return topDown.data() + static_cast<std::size_t>(k) * mapRows * columns; }
    const float *contributionMap(int k) const
    {
        return contribution.data() + static_cast<std::size_t>(k) * mapRows * columns;
    }
};

/// Runs \p model over \p signal (mono, at features.sampleRateHz) and maps every
/// segment's attention onto the time axis. \p classes names the outputs.
/// Progress is the fraction of segments done; \p cancel is checked per segment.
/// The first \p keepSegments segments also keep their matrix and raw maps
/// (about 0.5 MB each) for views that show one segment exactly.
/// \p spectrogramReady, when set, is called once the spectrogram is complete and
/// before the model runs (everything but the spectrogram and the sizes still empty),
/// so a view can show it at once.
AttentionAnalysis analyseAttention(AttentionPoolingCnn &model, const FeatureConfig &features,
                                   const std::vector<std::string> &classes, const std::vector<float> &signal,
                                   const ProgressFn &progress = {}, const CancelToken *cancel = nullptr,
                                   std::size_t keepSegments = 0,
                                   const std::function<void(const AttentionAnalysis &)> &spectrogramReady = {});

/// The file columns a segment covers: its first (the column of its start) and
/// how many real, unpadded frames it has. Columns before 0 or past \p a.columns
/// are the caller's to skip.
std::pair<std::int64_t, int> segmentColumns(const AttentionAnalysis &a, const Segment &segment, int framesPerSegment);

/// Adds one segment's map (\p a.mapRows x \p a.segmentMapColumns, row-major) to
/// \p sum (\p a.mapRows x \p a.columns) on the network's grid: each real frame f
/// of the segment takes map column min(f / 4, last). analyseAttention places
/// every map with it (and averages by coverage).
void placeSegmentMap(const AttentionAnalysis &a, const Segment &segment, int framesPerSegment, const float *map,
                     std::vector<double> &sum);

/// An 8-bit RGB image, rows top to bottom.
struct RgbImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
};

/// The spectrogram in grey (contrast from its 2nd to 99.5th percentile) with
/// \p map (rows x analysis.columns, or null for the spectrogram alone) blended on
/// top in a blue-to-red scale spanning the map's 1st to 99th percentile; high
/// frequencies at the top. \p columnPixels widens columns.
RgbImage renderOverlay(const AttentionAnalysis &analysis, const float *map, int rows, int columnPixels = 2);

} // namespace emolens
