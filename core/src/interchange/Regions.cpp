// Segment predictions as labelled regions and probability curves (Interchange.h).
#include "emolens/Files.h"
#include "emolens/Interchange.h"
#include "interchange/LabelText.h"

#include <algorithm>
#include <cstdio>

namespace emolens {

namespace {

int winner(const std::vector<float> &p)
{
    return p.empty() ? -1 : static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
}

double centre(const SegmentPrediction &s)
{
    return 0.5 * (s.startSeconds + s.endSeconds);
}

/// The span each segment owns: from halfway to its predecessor's centre to halfway to
/// its successor's (the first from 0, the last to the end), clipped to [0, duration].
std::vector<std::pair<double, double>> spans(const std::vector<SegmentPrediction> &segments, double duration)
{
    std::vector<std::pair<double, double>> out;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        double a = i == 0 ? 0.0 : 0.5 * (centre(segments[i - 1]) + centre(segments[i]));
        double b = i + 1 == segments.size() ? duration : 0.5 * (centre(segments[i]) + centre(segments[i + 1]));
        a = std::clamp(a, 0.0, duration);
        b = std::clamp(b, a, duration);
        out.emplace_back(a, b);
    }
    return out;
}

/// Calls \p f(first, last) for each run of neighbouring segments with the same winner
/// that owns some time.
template <typename F> void forEachRegion(const UtterancePrediction &p, double duration, F &&f)
{
    const auto owned = spans(p.segments, duration);
    std::size_t i = 0;
    while (i < p.segments.size()) {
        std::size_t j = i;
        const int w = winner(p.segments[i].probabilities);
        while (j + 1 < p.segments.size() && winner(p.segments[j + 1].probabilities) == w)
            ++j;
        if (owned[j].second > owned[i].first)
            f(i, j, owned[i].first, owned[j].second, w);
        i = j + 1;
    }
}

} // namespace

LabelTier predictionRegions(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                            double durationSeconds, const std::string &tierName)
{
    LabelTier tier;
    tier.name = tierName;
    forEachRegion(prediction, durationSeconds, [&](std::size_t, std::size_t, double a, double b, int w) {
        tier.items.push_back({a, b, w >= 0 && w < static_cast<int>(classes.size()) ? classes[w] : std::string(), 0});
    });
    return tier;
}

std::vector<double> regionConfidence(const UtterancePrediction &prediction, double durationSeconds)
{
    std::vector<double> out;
    forEachRegion(prediction, durationSeconds, [&](std::size_t i, std::size_t j, double, double, int w) {
        double sum = 0.0;
        for (std::size_t k = i; k <= j; ++k)
            sum += w >= 0 ? prediction.segments[k].probabilities[static_cast<std::size_t>(w)] : 0.0;
        out.push_back(sum / static_cast<double>(j - i + 1));
    });
    return out;
}

std::vector<LabelTier> probabilityTiers(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                                        double durationSeconds)
{
    std::vector<LabelTier> tiers;
    for (std::size_t k = 0; k < classes.size(); ++k) {
        LabelTier t;
        t.name = "p(" + classes[k] + ")";
        t.points = true;
        double last = -1.0;
        for (const SegmentPrediction &s : prediction.segments) {
            const double at = std::clamp(centre(s), 0.0, durationSeconds);
            if (at <= last || k >= s.probabilities.size()) // a padded last segment may share the end
                continue;
            char text[32];
            std::snprintf(text, sizeof text, "%.4f", static_cast<double>(s.probabilities[k]));
            t.items.push_back({at, at, text, 0});
            last = at;
        }
        tiers.push_back(std::move(t));
    }
    return tiers;
}

LabelDocument predictionDocument(const UtterancePrediction &prediction, const std::vector<std::string> &classes,
                                 double durationSeconds, const std::string &modelName, const std::string &protocolJson,
                                 const std::string &mediaFile)
{
    LabelDocument d;
    d.end = durationSeconds;
    d.mediaFile = mediaFile;
    LabelTier regions = predictionRegions(prediction, classes, durationSeconds, "emotion [" + modelName + "]");
    regions.vocabulary = "classes";
    d.tiers.push_back(std::move(regions));
    for (LabelTier &t : probabilityTiers(prediction, classes, durationSeconds))
        d.tiers.push_back(std::move(t));
    d.vocabularies["classes"] = classes;
    d.properties["emolens:model"] = modelName;
    d.properties["emolens:protocol"] = protocolJson;
    d.properties["emolens:regions"] = "segments merged: each owns the time nearer its centre than its "
                                      "neighbours'; neighbours with the same winning class joined";
    return d;
}

std::vector<std::string> writePredictionFiles(const std::string &path, LabelFormat format,
                                              const UtterancePrediction &prediction,
                                              const std::vector<std::string> &classes, double durationSeconds,
                                              const std::string &modelName, const std::string &protocolJson,
                                              const std::string &mediaFile)
{
    const LabelDocument d =
        predictionDocument(prediction, classes, durationSeconds, modelName, protocolJson, mediaFile);
    if (format != LabelFormat::SvCsv) {
        writeLabelFile(path, format, d);
        return {path};
    }
    std::vector<std::string> written{path};
    writeFileAtomically(path, writeSvRegions(d.tiers.front(), regionConfidence(prediction, durationSeconds)));
    const std::string base =
        path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0 ? path.substr(0, path.size() - 4) : path;
    for (std::size_t k = 0; k < classes.size(); ++k) {
        std::string safe = classes[k];
        for (char &c : safe)
            if (c == '/' || c == '\\' || c == ' ')
                c = '_';
        const std::string curve = base + ".p-" + safe + ".csv";
        writeFileAtomically(curve, writeSvCurve(d.tiers[k + 1]));
        written.push_back(curve);
    }
    return written;
}

} // namespace emolens
