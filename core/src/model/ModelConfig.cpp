// ModelConfig's checks and JSON, kept out of the torch translation units.
#include "emolens/Error.h"
#include "emolens/Model.h"
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

std::string ModelConfig::toJson() const
{
    return nlohmann::ordered_json{{"architecture", "attention-pooling-cnn"},
                                  {"numClasses", numClasses},
                                  {"inputHeight", inputHeight},
                                  {"inputWidth", inputWidth},
                                  {"conv1aHeight", conv1aHeight},
                                  {"conv1aWidth", conv1aWidth},
                                  {"conv1bHeight", conv1bHeight},
                                  {"conv1bWidth", conv1bWidth},
                                  {"conv1Channels", conv1Channels},
                                  {"channels", channels},
                                  {"pooling", pooling}}
        .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ModelConfig ModelConfig::fromJson(const std::string &json)
{
    const auto j = parseJson(json, "model config");
    ModelConfig c;
    try {
        if (j.value("architecture", std::string("attention-pooling-cnn")) != "attention-pooling-cnn")
            throwBadInput("model config", "unknown architecture '" + j.at("architecture").get<std::string>() + "'");
        c.numClasses = j.value("numClasses", c.numClasses);
        c.inputHeight = j.value("inputHeight", c.inputHeight);
        c.inputWidth = j.value("inputWidth", c.inputWidth);
        c.conv1aHeight = j.value("conv1aHeight", c.conv1aHeight);
        c.conv1aWidth = j.value("conv1aWidth", c.conv1aWidth);
        c.conv1bHeight = j.value("conv1bHeight", c.conv1bHeight);
        c.conv1bWidth = j.value("conv1bWidth", c.conv1bWidth);
        c.conv1Channels = j.value("conv1Channels", c.conv1Channels);
        c.channels = j.value("channels", c.channels);
        c.pooling = j.value("pooling", c.pooling);
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("model config", std::string("malformed model config: ") + e.what());
    }
    throwIfInvalid("model config", "model configuration", c.validate());
    return c;
}

} // namespace emolens
