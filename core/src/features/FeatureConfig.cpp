#include "emolens/FeatureConfig.h"
#include "emolens/Error.h"
#include "io/ConfigFields.h"
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
    require(framesPerSegment() <= frameColumns, "frameColumns (" + std::to_string(frameColumns) +
                                                    ") is smaller than the frames per segment (" +
                                                    std::to_string(framesPerSegment()) + ")");
    require(std::isfinite(muLaw) && muLaw > 0.0f, "muLaw must be a positive number");
    return problems;
}

void FeatureConfig::requireValid(const std::string &context) const
{
    throwIfInvalid(context, "feature configuration", validate());
}

/// FeatureConfig's one field list (JSON order; configfields walks it for JSON, reading and ==).
template <class C, class V> void visitFields(C &c, V &v)
{
    v.field("sampleRateHz", c.sampleRateHz);
    v.field("segmentSamples", c.segmentSamples);
    v.field("trainHopSamples", c.trainHopSamples);
    v.field("evalHopSamples", c.evalHopSamples);
    v.field("windowSamples", c.windowSamples);
    v.fixed("window", kWindow);
    v.field("shiftSamples", c.shiftSamples);
    v.field("fftSize", c.fftSize);
    v.field("freqBins", c.freqBins);
    v.field("frameColumns", c.frameColumns);
    v.fixed("magnitude", "abs");
    v.fixed("normalisation", kNormalisation);
    v.fixed("companding", kCompanding);
    v.field("muLaw", c.muLaw);
}

nlohmann::ordered_json toJsonValue(const FeatureConfig &c)
{
    return configfields::toJson(c);
}

FeatureConfig featureConfigFromJson(const nlohmann::ordered_json &j, const std::string &context)
{
    FeatureConfig c;
    configfields::fromJson(j, c, context);
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
    return configfields::toJson(*this) == configfields::toJson(o); // every field, from the one list
}

} // namespace emolens
