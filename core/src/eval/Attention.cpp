#include "emolens/Attention.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"
#include "eval/Softmax.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace emolens {

std::pair<std::int64_t, int> segmentColumns(const AttentionAnalysis &a, const Segment &s, int framesPerSegment)
{
    const double shift = a.columnSeconds * a.sampleRateHz;
    const auto first = static_cast<std::int64_t>(std::llround(static_cast<double>(s.startSample) / shift));
    const std::int64_t realSamples = s.endSample - s.startSample - s.paddedSamples;
    const auto shiftSamples = static_cast<std::int64_t>(std::llround(shift));
    return {first, static_cast<int>(
                       std::min<std::int64_t>(framesPerSegment, (realSamples + shiftSamples - 1) / shiftSamples))};
}

void placeSegmentMap(const AttentionAnalysis &a, const Segment &segment, int framesPerSegment, const float *map,
                     std::vector<double> &sum)
{
    const int R = a.mapRows, W = a.segmentMapColumns, T = a.columns;
    const auto [first, realFrames] = segmentColumns(a, segment, framesPerSegment);
    for (int f = 0; f < realFrames; ++f) {
        const std::int64_t c = first + f;
        if (c < 0 || c >= T)
            continue;
        const int j = std::min(f / a.mapStride, W - 1); // the network's grid, not a stretch
        for (int r = 0; r < R; ++r)
            sum[static_cast<std::size_t>(r) * T + static_cast<std::size_t>(c)] +=
                map[static_cast<std::size_t>(r) * W + j];
    }
}

namespace {

/// The analysis's sizes and axes, before any pass.
AttentionAnalysis emptyAnalysis(const ModelConfig &mc, const FeatureConfig &features,
                                const std::vector<std::string> &classes, std::int64_t samples)
{
    AttentionAnalysis a;
    a.classes = classes;
    a.sampleRateHz = features.sampleRateHz;
    a.signalSamples = samples;
    const int shift = features.shiftSamples;
    a.columnSeconds = static_cast<double>(shift) / features.sampleRateHz;
    a.columns = static_cast<int>((samples + shift - 1) / shift);
    a.spectrogramRows = features.freqBins;
    a.mapRows = mc.mapHeight();
    a.segmentMapColumns = mc.mapWidth();
    a.maxFrequencyHz = features.freqBins * features.binHz();
    a.binHz = features.binHz();
    a.frameSeconds = static_cast<double>(features.windowSamples) / features.sampleRateHz;
    a.mapStride = ModelConfig::mapStride();
    return a;
}

/// Pass 1, the front end alone (about 1 % of the time): each column's spectrogram from
/// the segment centred nearest it, so the caller can show it before the model runs.
void spectrogramPass(AttentionAnalysis &a, FrontEnd &frontEnd, const std::vector<float> &signal,
                     const std::vector<Segment> &segments, const CancelToken *cancel)
{
    const FeatureConfig &features = frontEnd.config();
    const int T = a.columns, W = features.frameColumns, frames = features.framesPerSegment(), centre = frames / 2;
    a.spectrogram.assign(static_cast<std::size_t>(a.spectrogramRows) * T, 0.0f);
    std::vector<int> bestDistance(static_cast<std::size_t>(T), 1 << 30);
    frontEnd.forEachSegment(
        signal, segments,
        [&](std::size_t, const Segment &s, const float *matrix) {
            const auto [first, realFrames] = segmentColumns(a, s, frames);
            for (int f = 0; f < realFrames; ++f) {
                const std::int64_t c = first + f;
                const int distance = std::abs(f - centre);
                if (c < 0 || c >= T || distance >= bestDistance[static_cast<std::size_t>(c)])
                    continue;
                bestDistance[static_cast<std::size_t>(c)] = distance;
                for (int r = 0; r < a.spectrogramRows; ++r)
                    a.spectrogram[static_cast<std::size_t>(r) * T + c] = matrix[static_cast<std::size_t>(r) * W + f];
            }
        },
        {}, cancel);
}

/// Every segment's maps summed on the file's axis, and how many segments cover each column.
class MapSums {
public:
    MapSums(const AttentionAnalysis &a, bool attention)
        : m_plane(static_cast<std::size_t>(a.mapRows) * a.columns), m_classes(a.classes.size()),
          m_bottomUp(attention ? m_plane : 0), m_topDown(m_classes, std::vector<double>(m_plane, 0.0)),
          m_contribution(attention ? m_classes : 0, std::vector<double>(m_plane, 0.0)),
          m_product(static_cast<std::size_t>(a.mapRows) * a.segmentMapColumns),
          m_cover(static_cast<std::size_t>(a.columns), 0)
    {
    }

    void add(const AttentionAnalysis &a, const Segment &s, int frames, const AttentionMaps &m)
    {
        const auto [first, realFrames] = segmentColumns(a, s, frames);
        for (int f = 0; f < realFrames; ++f)
            if (first + f >= 0 && first + f < a.columns)
                ++m_cover[static_cast<std::size_t>(first + f)];
        const std::size_t mapPlane = m_product.size();
        const bool attention = !m_bottomUp.empty();
        if (attention)
            placeSegmentMap(a, s, frames, m.bottomUp.data(), m_bottomUp);
        for (std::size_t k = 0; k < m_classes; ++k) {
            const float *t = m.topDown.data() + k * mapPlane;
            placeSegmentMap(a, s, frames, t, m_topDown[k]);
            if (attention) {
                for (std::size_t i = 0; i < mapPlane; ++i)
                    m_product[i] = t[i] * m.bottomUp[i];
                placeSegmentMap(a, s, frames, m_product.data(), m_contribution[k]);
            }
        }
    }

    /// The sums averaged over the segments covering each column, into \p a.
    void finish(AttentionAnalysis &a) const
    {
        auto average = [&](const std::vector<double> &sum, std::vector<float> &out) {
            for (std::size_t i = 0; i < m_plane; ++i) {
                const int n = m_cover[i % m_cover.size()];
                out.push_back(n ? static_cast<float>(sum[i] / n) : 0.0f);
            }
        };
        if (!m_bottomUp.empty()) {
            average(m_bottomUp, a.bottomUp);
            for (const auto &p : m_contribution)
                average(p, a.contribution);
        }
        for (const auto &p : m_topDown)
            average(p, a.topDown);
    }

private:
    std::size_t m_plane, m_classes;
    std::vector<double> m_bottomUp;
    std::vector<std::vector<double>> m_topDown, m_contribution;
    std::vector<float> m_product;
    std::vector<int> m_cover;
};

/// Pass 2, the model, one segment per forward pass: batches of 16 (as predict uses)
/// made the GUI's analysis of a 10 s file slower, 954 vs 522 ms (bench_gui).
void modelPass(AttentionAnalysis &a, AttentionPoolingCnn &model, FrontEnd &frontEnd, const std::vector<float> &signal,
               const std::vector<Segment> &segmentList, const ProgressFn &progress, const CancelToken *cancel,
               std::size_t keepSegments)
{
    const FeatureConfig &features = frontEnd.config();
    const int C = model.config().numClasses, frames = features.framesPerSegment();
    const std::size_t matrixSize = features.matrixSize();
    const std::size_t segments = segmentList.size();
    MapSums sums(a, model.config().pooling == "attention");
    std::vector<double> probabilitySum(static_cast<std::size_t>(C), 0.0);
    frontEnd.forEachSegment(
        signal, segmentList,
        [&](std::size_t index, const Segment &s, const float *matrix) {
            const ModelOutput out = model.forward(matrix, 1, true);
            const AttentionMaps &m = out.maps.front();
            if (index < keepSegments)
                a.segmentDetails.push_back({std::vector<float>(matrix, matrix + matrixSize), m});
            SegmentPrediction sp;
            sp.startSeconds = static_cast<double>(s.startSample) / a.sampleRateHz;
            sp.endSeconds = static_cast<double>(s.endSample) / a.sampleRateHz;
            sp.paddedSeconds = static_cast<double>(s.paddedSamples) / a.sampleRateHz;
            sp.probabilities = softmax(out.logits.data(), C);
            for (int k = 0; k < C; ++k)
                probabilitySum[static_cast<std::size_t>(k)] += sp.probabilities[static_cast<std::size_t>(k)];
            a.prediction.segments.push_back(std::move(sp));
            sums.add(a, s, frames, m);
            if (progress)
                progress(static_cast<double>(index + 1) / static_cast<double>(segments));
        },
        {}, cancel);
    sums.finish(a);
    const double n = static_cast<double>(a.prediction.segments.size());
    for (int k = 0; k < C; ++k)
        a.prediction.probabilities.push_back(static_cast<float>(probabilitySum[static_cast<std::size_t>(k)] / n));
    a.prediction.predicted =
        static_cast<int>(std::max_element(a.prediction.probabilities.begin(), a.prediction.probabilities.end()) -
                         a.prediction.probabilities.begin());
}

} // namespace

AttentionAnalysis analyseAttention(AttentionPoolingCnn &model, const FeatureConfig &features,
                                   const std::vector<std::string> &classes, const std::vector<float> &signal,
                                   const ProgressFn &progress, const CancelToken *cancel, std::size_t keepSegments,
                                   const std::function<void(const AttentionAnalysis &)> &spectrogramReady)
{
    const ModelConfig &mc = model.config();
    if (static_cast<int>(classes.size()) != mc.numClasses)
        throwBadInput({}, "the class list does not match the model's outputs");
    if (signal.empty())
        throwBadInput({}, "no samples to analyse");
    AttentionAnalysis a = emptyAnalysis(mc, features, classes, static_cast<std::int64_t>(signal.size()));
    FrontEnd frontEnd(features);
    // Cut once; both passes compute exactly these segments.
    const std::vector<Segment> segments = frontEnd.segment(a.signalSamples, SegmentUse::Evaluation);
    spectrogramPass(a, frontEnd, signal, segments, cancel);
    if (spectrogramReady)
        spectrogramReady(a);
    modelPass(a, model, frontEnd, signal, segments, progress, cancel, keepSegments);
    return a;
}

namespace {

// A blue-cyan-yellow-red scale (like "jet", without the dark ends), for overlays.
void heat(double v, double &r, double &g, double &b)
{
    v = std::clamp(v, 0.0, 1.0);
    r = std::clamp(1.5 - std::abs(4.0 * v - 3.0), 0.0, 1.0);
    g = std::clamp(1.5 - std::abs(4.0 * v - 2.0), 0.0, 1.0);
    b = std::clamp(1.5 - std::abs(4.0 * v - 1.0), 0.0, 1.0);
}

/// The q-quantile of \p n values (a copy is partially sorted).
float quantile(const float *values, std::size_t n, double q)
{
    std::vector<float> v(values, values + n);
    const auto k = static_cast<std::size_t>(q * static_cast<double>(n - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

} // namespace

RgbImage renderOverlay(const AttentionAnalysis &a, const float *map, int rows, int columnPixels)
{
    RgbImage img;
    columnPixels = std::max(1, columnPixels);
    img.width = a.columns * columnPixels;
    img.height = a.spectrogramRows;
    img.rgb.assign(static_cast<std::size_t>(img.width) * img.height * 3, 0);
    if (a.columns == 0)
        return img;
    // Robust ranges (1st-99th percentile), so one extreme cell does not wash the picture out.
    const std::size_t specN = a.spectrogram.size();
    const float sLo = quantile(a.spectrogram.data(), specN, 0.02), sHi = quantile(a.spectrogram.data(), specN, 0.995);
    float lo = 0.0f, hi = 1.0f;
    const bool overlay = map && rows > 0;
    if (overlay) {
        const std::size_t n = static_cast<std::size_t>(rows) * a.columns;
        lo = quantile(map, n, 0.01);
        hi = quantile(map, n, 0.99);
        if (!(hi > lo))
            hi = lo + 1.0f;
    }
    for (int y = 0; y < img.height; ++y) {
        const int row = img.height - 1 - y; // high frequencies at the top
        for (int c = 0; c < a.columns; ++c) {
            const double s = a.spectrogram[static_cast<std::size_t>(row) * a.columns + c];
            const double grey = std::clamp((s - sLo) / std::max(1e-6, static_cast<double>(sHi - sLo)), 0.0, 1.0);
            double r = grey, g = grey, b = grey;
            if (overlay) {
                // A map's rows on the network's grid (4 spectrogram rows each); anything else proportionally.
                const int mr = rows == a.mapRows && a.mapStride > 0
                                   ? std::min(row / a.mapStride, rows - 1)
                                   : std::min(row * rows / a.spectrogramRows, rows - 1);
                const double v = std::clamp(
                    static_cast<double>(map[static_cast<std::size_t>(mr) * a.columns + c] - lo) / (hi - lo), 0.0, 1.0);
                double hr, hg, hb;
                heat(v, hr, hg, hb);
                const double alpha = 0.2 + 0.5 * v;
                r = (1 - alpha) * grey + alpha * hr;
                g = (1 - alpha) * grey + alpha * hg;
                b = (1 - alpha) * grey + alpha * hb;
            }
            for (int p = 0; p < columnPixels; ++p) {
                const std::size_t at = (static_cast<std::size_t>(y) * img.width + c * columnPixels + p) * 3;
                img.rgb[at] = static_cast<std::uint8_t>(std::lround(255 * r));
                img.rgb[at + 1] = static_cast<std::uint8_t>(std::lround(255 * g));
                img.rgb[at + 2] = static_cast<std::uint8_t>(std::lround(255 * b));
            }
        }
    }
    return img;
}

} // namespace emolens
