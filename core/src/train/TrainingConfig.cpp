// TrainingConfig's schedule, checks and JSON (no torch here).
#include "emolens/Error.h"
#include "emolens/Training.h"
#include "io/Json.h"

#include <algorithm>

namespace emolens {

double TrainingConfig::learningRateAt(int epoch) const
{
    double rate = learningRate;
    for (int drop : learningRateDrops)
        if (epoch >= drop)
            rate *= dropFactor;
    return rate;
}

std::vector<std::string> TrainingConfig::validate() const
{
    std::vector<std::string> problems;
    auto require = [&problems](bool ok, const std::string &message) {
        if (!ok)
            problems.push_back(message);
    };
    require(epochs >= 1, "epochs must be at least 1");
    require(batchSize >= 1, "batchSize must be at least 1");
    require(learningRate > 0, "learningRate must be positive");
    require(dropFactor > 0 && dropFactor <= 1, "dropFactor must be in (0, 1]");
    require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)");
    require(!nesterov || momentum > 0, "Nesterov momentum needs momentum > 0");
    require(weightDecay >= 0, "weightDecay must not be negative");
    for (int e : learningRateDrops)
        require(e >= 1, "learning-rate drop epochs are 1-based");
    require(std::is_sorted(learningRateDrops.begin(), learningRateDrops.end()), "learning-rate drop epochs must be ascending");
    return problems;
}

std::string TrainingConfig::toJson() const
{
    return nlohmann::ordered_json{{"optimizer", "sgd"},
                                  {"epochs", epochs},
                                  {"batchSize", batchSize},
                                  {"learningRate", learningRate},
                                  {"learningRateDrops", learningRateDrops},
                                  {"dropFactor", dropFactor},
                                  {"momentum", momentum},
                                  {"nesterov", nesterov},
                                  {"weightDecay", weightDecay},
                                  {"loss", "cross-entropy"},
                                  {"seed", seed},
                                  {"channelsLast", channelsLast},
                                  {"precision", precisionName(precision)}}
        .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

TrainingConfig TrainingConfig::fromJson(const std::string &json)
{
    const auto j = parseJson(json, "training config");
    TrainingConfig c;
    try {
        if (j.value("optimizer", std::string("sgd")) != "sgd")
            throwBadInput("training config", "unknown optimizer '" + j.at("optimizer").get<std::string>() + "'");
        c.epochs = j.value("epochs", c.epochs);
        c.batchSize = j.value("batchSize", c.batchSize);
        c.learningRate = j.value("learningRate", c.learningRate);
        c.learningRateDrops = j.value("learningRateDrops", c.learningRateDrops);
        c.dropFactor = j.value("dropFactor", c.dropFactor);
        c.momentum = j.value("momentum", c.momentum);
        c.nesterov = j.value("nesterov", c.nesterov);
        c.weightDecay = j.value("weightDecay", c.weightDecay);
        c.seed = j.value("seed", c.seed);
        c.channelsLast = j.value("channelsLast", c.channelsLast);
        c.precision = parsePrecision(j.value("precision", precisionName(c.precision)));
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("training config", std::string("malformed training config: ") + e.what());
    }
    throwIfInvalid("training config", "training configuration", c.validate());
    return c;
}

std::string historyToJson(const std::vector<EpochStats> &history)
{
    auto out = nlohmann::ordered_json::array();
    for (const auto &e : history)
        out.push_back({{"epoch", e.epoch},
                       {"loss", e.loss},
                       {"accuracy", e.accuracy},
                       {"learningRate", e.learningRate},
                       {"seconds", e.seconds},
                       {"segments", e.segments}});
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<EpochStats> historyFromJson(const std::string &json)
{
    std::vector<EpochStats> out;
    try {
        for (const auto &e : parseJson(json, "training history"))
            out.push_back({e.at("epoch").get<int>(), e.at("loss").get<double>(), e.at("accuracy").get<double>(),
                           e.at("learningRate").get<double>(), e.at("seconds").get<double>(),
                           e.at("segments").get<std::int64_t>()});
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("training history", std::string("malformed: ") + e.what());
    }
    return out;
}

} // namespace emolens
