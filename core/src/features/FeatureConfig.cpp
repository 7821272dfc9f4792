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
    std::vector<std::string> problems = configfields::check(*this); // each field's own range
    auto require = [&problems](bool ok, const std::string &message) {
        if (!ok)
            problems.push_back(message);
    };
    require(trainHopSamples <= segmentSamples && evalHopSamples <= segmentSamples,
            "a hop larger than segmentSamples skips audio");
    require(windowSamples <= segmentSamples, "windowSamples must not exceed segmentSamples");
    require(fftSize >= windowSamples, "fftSize must be at least windowSamples");
    require(freqBins <= fftSize / 2 + 1, "freqBins must be in 1..fftSize/2+1");
    require(framesPerSegment() <= frameColumns, "frameColumns (" + std::to_string(frameColumns) +
                                                    ") is smaller than the frames per segment (" +
                                                    std::to_string(framesPerSegment()) + ")");
    return problems;
}

void FeatureConfig::requireValid(const std::string &context) const
{
    throwIfInvalid(context, "feature configuration", validate());
}

/// FeatureConfig's one field list (JSON order; configfields walks it for JSON, reading, ==,
/// the range checks and the public description).
template <class C, class V> void visitFields(C &c, V &v)
{
    using configfields::Rule;
    v.field("sampleRateHz", c.sampleRateHz,
            Rule("every signal is resampled to this rate, Hz").atLeast(1000).atMost(384000));
    v.field("segmentSamples", c.segmentSamples, Rule("segment length in samples (2 s)").atLeast(1).atMost(1 << 24));
    v.field("trainHopSamples", c.trainHopSamples, Rule("hop between training segments, samples").atLeast(1));
    v.field("evalHopSamples", c.evalHopSamples, Rule("hop for testing and analysis, samples").atLeast(1));
    v.field("windowSamples", c.windowSamples, Rule("symmetric Hamming window length, samples").atLeast(2));
    v.fixed("window", kWindow);
    v.field("shiftSamples", c.shiftSamples, Rule("frame shift, samples").atLeast(1));
    v.field("fftSize", c.fftSize,
            Rule("FFT length: each windowed frame is zero-padded to it").atLeast(2).atMost(1 << 20));
    v.field("freqBins", c.freqBins, Rule("rows kept: FFT bins 0 .. freqBins-1").atLeast(1));
    v.field("frameColumns", c.frameColumns,
            Rule("matrix columns; columns past the last frame are 0").atLeast(1).atMost(100000));
    v.fixed("magnitude", "abs");
    v.fixed("normalisation", kNormalisation);
    v.fixed("companding", kCompanding);
    v.field("muLaw", c.muLaw, Rule("mu of the mu-law companding after peak normalisation").above(0));
}

const std::vector<ConfigField> &FeatureConfig::fields()
{
    static const std::vector<ConfigField> list = configfields::describe<FeatureConfig>();
    return list;
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
