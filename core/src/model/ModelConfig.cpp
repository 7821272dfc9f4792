// ModelConfig's checks and JSON, kept out of the torch translation units.
#include "emolens/Error.h"
#include "emolens/Model.h"
#include "io/ConfigFields.h"
#include "io/Json.h"

namespace emolens {

int ModelConfig::mapHeight() const
{
    return ((inputHeight - 1) / 2) / 2; // conv1 gives H-1; two 2x2 max-pools
}

int ModelConfig::mapWidth() const
{
    return ((inputWidth - 1) / 2) / 2;
}

std::vector<std::string> ModelConfig::validate() const
{
    // Each field's range (upper bounds too: a model file's config decides what is allocated
    // before its weights are read), then the checks between fields.
    std::vector<std::string> problems = configfields::check(*this);
    auto require = [&problems](bool ok, const char *message) {
        if (!ok)
            problems.emplace_back(message);
    };
    require(channels.size() >= 2 && channels.size() <= 16,
            "channels must list 2..16 layers (the two max-pools follow conv2 and conv3)");
    require(conv1aHeight <= inputHeight && conv1aWidth <= inputWidth,
            "conv1a kernel must fit the input in each direction");
    require(conv1bHeight <= inputHeight && conv1bWidth <= inputWidth,
            "conv1b kernel must fit the input in each direction");
    require(mapHeight() >= 1 && mapWidth() >= 1, "input too small for two 2x2 poolings");
    return problems;
}

/// ModelConfig's one field list (JSON order; JSON, reading, ranges and description walk it).
template <class C, class V> void visitFields(C &c, V &v)
{
    using configfields::Rule;
    v.fixed("architecture", "attention-pooling-cnn");
    v.field("numClasses", c.numClasses, Rule("emotion classes the network outputs").atLeast(2).atMost(1000));
    v.field("inputHeight", c.inputHeight,
            Rule("frequency rows of the input (FeatureConfig freqBins)").atLeast(5).atMost(4096));
    v.field("inputWidth", c.inputWidth,
            Rule("frame columns of the input (FeatureConfig frameColumns)").atLeast(5).atMost(4096));
    v.field("conv1aHeight", c.conv1aHeight,
            Rule("frequency extent of the conv1a (Hx2) branch").atLeast(2).atMost(4096));
    v.field("conv1aWidth", c.conv1aWidth, Rule("time extent of the conv1a (Hx2) branch").atLeast(2).atMost(4096));
    v.field("conv1bHeight", c.conv1bHeight,
            Rule("frequency extent of the conv1b (2xW) branch").atLeast(2).atMost(4096));
    v.field("conv1bWidth", c.conv1bWidth, Rule("time extent of the conv1b (2xW) branch").atLeast(2).atMost(4096));
    v.field("conv1Channels", c.conv1Channels,
            Rule("output channels of each first-layer branch").atLeast(1).atMost(2048));
    v.field("channels", c.channels,
            Rule("output channels of conv2, conv3, ... (3x3, padding 1)").atLeast(1).atMost(2048));
    v.field("pooling", c.pooling,
            Rule("how the last feature map becomes the utterance vector").oneOf({"attention", "average", "max"}));
}

const std::vector<ConfigField> &ModelConfig::fields()
{
    static const std::vector<ConfigField> list = configfields::describe<ModelConfig>();
    return list;
}

std::string ModelConfig::toJson() const
{
    return configfields::toJson(*this).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ModelConfig ModelConfig::fromJson(const std::string &json)
{
    ModelConfig c;
    configfields::fromJson(parseJson(json, "model config"), c, "model config");
    throwIfInvalid("model config", "model configuration", c.validate());
    return c;
}

} // namespace emolens
