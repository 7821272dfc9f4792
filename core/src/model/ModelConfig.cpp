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
    std::vector<std::string> problems;
    auto require = [&problems](bool ok, const char *message) {
        if (!ok)
            problems.emplace_back(message);
    };
    // Upper bounds too: a model file's config decides what is allocated before its weights are read.
    require(numClasses >= 2 && numClasses <= 1000, "numClasses must be 2..1000");
    require(inputHeight >= 5 && inputWidth >= 5 && inputHeight <= 4096 && inputWidth <= 4096,
            "input must be 5 x 5 .. 4096 x 4096");
    require(channels.size() <= 16, "at most 16 layers after conv1");
    require(conv1Channels <= 2048, "conv1Channels must be at most 2048");
    for (int c : channels)
        require(c <= 2048, "channel widths must be at most 2048");
    require(conv1aHeight >= 2 && conv1aHeight <= inputHeight && conv1aWidth >= 2 && conv1aWidth <= inputWidth,
            "conv1a kernel must be 2..input size in each direction");
    require(conv1bHeight >= 2 && conv1bHeight <= inputHeight && conv1bWidth >= 2 && conv1bWidth <= inputWidth,
            "conv1b kernel must be 2..input size in each direction");
    require(conv1Channels > 0, "conv1Channels must be positive");
    require(channels.size() >= 2, "at least two layers after conv1 (the two max-pools follow conv2 and conv3)");
    for (int c : channels)
        require(c > 0, "channel widths must be positive");
    require(pooling == "attention" || pooling == "average" || pooling == "max",
            "pooling must be attention, average or max");
    require(mapHeight() >= 1 && mapWidth() >= 1, "input too small for two 2x2 poolings");
    return problems;
}

/// ModelConfig's one field list (JSON order).
template <class C, class V> void visitFields(C &c, V &v)
{
    v.fixed("architecture", "attention-pooling-cnn");
    v.field("numClasses", c.numClasses);
    v.field("inputHeight", c.inputHeight);
    v.field("inputWidth", c.inputWidth);
    v.field("conv1aHeight", c.conv1aHeight);
    v.field("conv1aWidth", c.conv1aWidth);
    v.field("conv1bHeight", c.conv1bHeight);
    v.field("conv1bWidth", c.conv1bWidth);
    v.field("conv1Channels", c.conv1Channels);
    v.field("channels", c.channels);
    v.field("pooling", c.pooling);
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
