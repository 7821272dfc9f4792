#include "emolens/FeatureConfig.h"
#include "emolens/Error.h"
#include "io/Json.h"

#include <cmath>

namespace emolens {

namespace {
constexpr const char *kWindow = "hamming-symmetric";
constexpr const char *kNormalisation = "peak";
constexpr const char *kCompanding = "mu-law";
} // namespace

int FeatureConfig::framesPerSegment() const
{
    if (windowSamples <= 0 || shiftSamples <= 0 || segmentSamples < windowSamples)
        return 0;
    return 1 + (segmentSamples - windowSamples) / shiftSamples;
}

double FeatureConfig::binHz() const
{
    return fftSize > 0 ? static_cast<double>(sampleRateHz) / fftSize : 0.0;
}

std::vector<std::string> FeatureConfig::validate() const
{
    std::vector<std::string> problems;
    auto require = [&problems](bool ok, const std::string &message) {
        if (!ok)
            problems.push_back(message);
    };
    require(sampleRateHz >= 1000 && sampleRateHz <= 384000, "sampleRateHz must be in 1000..384000");
    require(segmentSamples > 0, "segmentSamples must be positive");
    require(trainHopSamples > 0 && trainHopSamples <= segmentSamples,
            "trainHopSamples must be in 1..segmentSamples (a larger hop skips audio)");
    require(evalHopSamples > 0 && evalHopSamples <= segmentSamples,
            "evalHopSamples must be in 1..segmentSamples (a larger hop skips audio)");
    require(windowSamples > 1, "windowSamples must be at least 2");
    require(shiftSamples > 0, "shiftSamples must be positive");
    require(windowSamples <= segmentSamples, "windowSamples must not exceed segmentSamples");
    require(fftSize >= windowSamples, "fftSize must be at least windowSamples");
    require(freqBins > 0 && freqBins <= fftSize / 2 + 1, "freqBins must be in 1..fftSize/2+1");
    require(frameColumns > 0, "frameColumns must be positive");
    require(framesPerSegment() <= frameColumns,
            "frameColumns (" + std::to_string(frameColumns) + ") is smaller than the frames per segment ("
                + std::to_string(framesPerSegment()) + ")");
    require(std::isfinite(muLaw) && muLaw > 0.0f, "muLaw must be a positive number");
    return problems;
}

void FeatureConfig::requireValid(const std::string &context) const
{
    throwIfInvalid(context, "feature configuration", validate());
}

nlohmann::ordered_json toJsonValue(const FeatureConfig &c)
{
    return {
        {"sampleRateHz", c.sampleRateHz},
        {"segmentSamples", c.segmentSamples},
        {"trainHopSamples", c.trainHopSamples},
        {"evalHopSamples", c.evalHopSamples},
        {"windowSamples", c.windowSamples},
        {"window", kWindow},
        {"shiftSamples", c.shiftSamples},
        {"fftSize", c.fftSize},
        {"freqBins", c.freqBins},
        {"frameColumns", c.frameColumns},
        {"magnitude", "abs"},
        {"normalisation", kNormalisation},
        {"companding", kCompanding},
        {"muLaw", c.muLaw},
    };
}

FeatureConfig featureConfigFromJson(const nlohmann::ordered_json &j, const std::string &context)
{
    if (!j.is_object())
        throwBadInput(context, "feature config must be a JSON object");
    FeatureConfig c;
    try {
        auto fixed = [&](const char *key, const char *expected) {
            if (j.contains(key) && j.at(key).get<std::string>() != expected)
                throwBadInput(context, std::string("unsupported ") + key + " '" + j.at(key).get<std::string>()
                                           + "' (this version supports '" + expected + "')");
        };
        fixed("window", kWindow);
        fixed("normalisation", kNormalisation);
        fixed("companding", kCompanding);
        fixed("magnitude", "abs");
        c.sampleRateHz = j.value("sampleRateHz", c.sampleRateHz);
        c.segmentSamples = j.value("segmentSamples", c.segmentSamples);
        c.trainHopSamples = j.value("trainHopSamples", c.trainHopSamples);
        c.evalHopSamples = j.value("evalHopSamples", c.evalHopSamples);
        c.windowSamples = j.value("windowSamples", c.windowSamples);
        c.shiftSamples = j.value("shiftSamples", c.shiftSamples);
        c.fftSize = j.value("fftSize", c.fftSize);
        c.freqBins = j.value("freqBins", c.freqBins);
        c.frameColumns = j.value("frameColumns", c.frameColumns);
        c.muLaw = j.value("muLaw", c.muLaw);
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(context, std::string("malformed feature config: ") + e.what());
    }
    c.requireValid(context);
    return c;
}

std::string FeatureConfig::toJson() const
{
    return toJsonValue(*this).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

FeatureConfig FeatureConfig::fromJson(const std::string &json)
{
    return featureConfigFromJson(parseJson(json, "feature config"), "feature config");
}

bool FeatureConfig::operator==(const FeatureConfig &o) const
{
    return sampleRateHz == o.sampleRateHz && segmentSamples == o.segmentSamples
        && trainHopSamples == o.trainHopSamples && evalHopSamples == o.evalHopSamples
        && windowSamples == o.windowSamples && shiftSamples == o.shiftSamples && fftSize == o.fftSize
        && freqBins == o.freqBins && frameColumns == o.frameColumns && muLaw == o.muLaw;
}

} // namespace emolens
