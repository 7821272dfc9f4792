// TrainingConfig's schedule, checks and JSON (no torch here).
#include "emolens/Error.h"
#include "emolens/Training.h"
#include "io/ConfigFields.h"
#include "io/Json.h"

#include <algorithm>
#include <cmath>

namespace emolens {

TrainingConfig TrainingConfig::resolvedFor(std::int64_t batchesPerEpoch) const
{
    TrainingConfig r = *this;
    if (steps > 0) {
        const std::int64_t b = std::max<std::int64_t>(1, batchesPerEpoch);
        r.epochs = static_cast<int>(std::min<std::int64_t>((steps + b - 1) / b, 1000000));
        r.steps = 0;
    }
    if (!learningRateDropFractions.empty()) {
        r.learningRateDrops.clear();
        for (double f : learningRateDropFractions)
            r.learningRateDrops.push_back(static_cast<int>(std::floor(f * r.epochs + 1e-9)) + 1);
        r.learningRateDropFractions.clear();
    }
    return r;
}

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
    require(steps >= 0, "steps must not be negative");
    require(validationSpeakers >= 0, "validationSpeakers must not be negative");
    require(classWeighting == "none" || classWeighting == "balanced", "classWeighting must be none or balanced");
    for (double f : learningRateDropFractions)
        require(f > 0 && f < 1, "learning-rate drop fractions must lie in (0, 1)");
    require(std::is_sorted(learningRateDropFractions.begin(), learningRateDropFractions.end()),
            "learning-rate drop fractions must be ascending");
    require(batchSize >= 1, "batchSize must be at least 1");
    require(learningRate > 0, "learningRate must be positive");
    require(dropFactor > 0 && dropFactor <= 1, "dropFactor must be in (0, 1]");
    require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1)");
    require(!nesterov || momentum > 0, "Nesterov momentum needs momentum > 0");
    require(weightDecay >= 0, "weightDecay must not be negative");
    for (int e : learningRateDrops)
        require(e >= 1, "learning-rate drop epochs are 1-based");
    require(std::is_sorted(learningRateDrops.begin(), learningRateDrops.end()),
            "learning-rate drop epochs must be ascending");
    return problems;
}

/// TrainingConfig's one field list (JSON order). The paper's schedule writes exactly what
/// it always wrote (its results still pool and resume with older ones): the options added
/// for small corpora appear only when set. Precision and validation follow it (toJson).
template <class C, class V> void visitFields(C &c, V &v)
{
    v.fixed("optimizer", "sgd");
    v.field("epochs", c.epochs);
    v.optional("steps", c.steps, c.steps > 0);
    v.field("batchSize", c.batchSize);
    v.field("learningRate", c.learningRate);
    v.optional("learningRateDrops", c.learningRateDrops, c.learningRateDropFractions.empty());
    v.optional("learningRateDropFractions", c.learningRateDropFractions, !c.learningRateDropFractions.empty());
    v.field("dropFactor", c.dropFactor);
    v.field("momentum", c.momentum);
    v.field("nesterov", c.nesterov);
    v.field("weightDecay", c.weightDecay);
    v.fixed("loss", "cross-entropy");
    v.optional("classWeighting", c.classWeighting, c.classWeighting != "none");
    v.optional("dropPartialBatch", c.dropPartialBatch, c.dropPartialBatch);
    v.field("seed", c.seed);
    v.field("channelsLast", c.channelsLast);
}

std::string TrainingConfig::toJson() const
{
    nlohmann::ordered_json j = configfields::toJson(*this);
    j["precision"] = precisionName(precision);
    if (validationSpeakers > 0)
        j["validation"] = {{"speakers", validationSpeakers},
                           {"choice", "best-epoch"},
                           {"criterion", "validation UA, ties by validation loss"},
                           {"model", "trained without the validation speakers"}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

TrainingConfig TrainingConfig::fromJson(const std::string &json)
{
    const auto j = parseJson(json, "training config");
    TrainingConfig c;
    configfields::fromJson(j, c, "training config");
    try {
        c.precision = parsePrecision(j.value("precision", precisionName(c.precision)));
        if (j.contains("validation")) {
            const auto &v = j.at("validation");
            c.validationSpeakers = v.at("speakers").get<int>();
            if (v.value("choice", std::string("best-epoch")) != "best-epoch")
                throwBadInput("training config",
                              "unknown validation choice '" + v.at("choice").get<std::string>() + "'");
        }
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("training config", std::string("malformed training config: ") + e.what());
    }
    throwIfInvalid("training config", "training configuration", c.validate());
    return c;
}

namespace {
nlohmann::ordered_json orNull(double v)
{
    return std::isnan(v) ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
}
double orNan(const nlohmann::ordered_json &v)
{
    return v.is_null() ? std::nan("") : v.get<double>();
}
} // namespace

std::string historyToJson(const std::vector<EpochStats> &history)
{
    auto out = nlohmann::ordered_json::array();
    for (const auto &e : history) {
        nlohmann::ordered_json row{{"epoch", e.epoch},       {"loss", e.loss},
                                   {"accuracy", e.accuracy}, {"learningRate", e.learningRate},
                                   {"seconds", e.seconds},   {"segments", e.segments}};
        if (!std::isnan(e.validationUa))
            row["validation"] = {
                {"wa", orNull(e.validationWa)}, {"ua", orNull(e.validationUa)}, {"loss", orNull(e.validationLoss)}};
        out.push_back(row);
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<EpochStats> historyFromJson(const std::string &json)
{
    std::vector<EpochStats> out;
    try {
        for (const auto &e : parseJson(json, "training history")) {
            EpochStats s;
            s.epoch = e.at("epoch").get<int>();
            s.loss = e.at("loss").get<double>();
            s.accuracy = e.at("accuracy").get<double>();
            s.learningRate = e.at("learningRate").get<double>();
            s.seconds = e.at("seconds").get<double>();
            s.segments = e.at("segments").get<std::int64_t>();
            if (e.contains("validation")) {
                const auto &v = e.at("validation");
                s.validationWa = orNan(v.at("wa"));
                s.validationUa = orNan(v.at("ua"));
                s.validationLoss = orNan(v.at("loss"));
            }
            out.push_back(s);
        }
    } catch (const nlohmann::json::exception &e) {
        throwBadInput("training history", std::string("malformed: ") + e.what());
    }
    return out;
}

} // namespace emolens
