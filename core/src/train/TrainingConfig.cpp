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
    std::vector<std::string> problems = configfields::check(*this); // each field's own range
    auto require = [&problems](bool ok, const std::string &message) {
        if (!ok)
            problems.push_back(message);
    };
    require(std::is_sorted(learningRateDropFractions.begin(), learningRateDropFractions.end()),
            "learning-rate drop fractions must be ascending");
    require(!nesterov || momentum > 0, "Nesterov momentum needs momentum > 0");
    require(std::is_sorted(learningRateDrops.begin(), learningRateDrops.end()),
            "learning-rate drop epochs must be ascending");
    return problems;
}

/// TrainingConfig's one field list (JSON order). The paper's schedule writes exactly what
/// it always wrote (its results still pool and resume with older ones): the options added
/// for small corpora appear only when set. Precision and validation follow it (toJson):
/// validationSpeakers is an extra (checked and described here, written there).
template <class C, class V> void visitFields(C &c, V &v)
{
    using configfields::Rule;
    v.fixed("optimizer", "sgd");
    v.field("epochs", c.epochs, Rule("length in epochs").atLeast(1).atMost(1000000));
    v.optional("steps", c.steps, c.steps > 0,
               Rule("length in SGD steps (batches) instead of epochs: ceil(steps / batches per epoch) epochs; 0: "
                    "epochs")
                   .atLeast(0));
    v.field("batchSize", c.batchSize, Rule("segments per batch").atLeast(1).atMost(1 << 20));
    v.field("learningRate", c.learningRate, Rule("initial learning rate").above(0));
    v.optional("learningRateDrops", c.learningRateDrops, c.learningRateDropFractions.empty(),
               Rule("1-based epochs at which the rate is multiplied by dropFactor").atLeast(1));
    v.optional("learningRateDropFractions", c.learningRateDropFractions, !c.learningRateDropFractions.empty(),
               Rule("the drops at these fractions of the length instead").above(0).below(1));
    v.field("dropFactor", c.dropFactor, Rule("factor applied to the rate at each drop").above(0).atMost(1));
    v.field("momentum", c.momentum, Rule("SGD momentum").atLeast(0).below(1));
    v.field("nesterov", c.nesterov, Rule("Nesterov momentum"));
    v.field("weightDecay", c.weightDecay, Rule("L2 penalty on every parameter").atLeast(0));
    v.fixed("loss", "cross-entropy");
    v.optional("classWeighting", c.classWeighting, c.classWeighting != "none",
               Rule("none, or balanced: weigh each class's segments by n / (classes x n_class) in the loss")
                   .oneOf({"none", "balanced"}));
    v.optional("dropPartialBatch", c.dropPartialBatch, c.dropPartialBatch,
               Rule("drop an epoch's last batch when it is not full (a documented deviation: a tiny batch upsets "
                    "batch norm)"));
    v.field("seed", c.seed, Rule("initial weights and the shuffling of every epoch"));
    v.field("channelsLast", c.channelsLast, Rule("channels-last memory format for the convolutions (same results)"));
    v.extra("validationSpeakers", c.validationSpeakers,
            Rule("training speakers held out per fold (those after the held-out one in sorted order, never it) to "
                 "keep the epoch with the best validation UA; the model is trained without them")
                .atLeast(0)
                .atMost(1000));
}

const std::vector<ConfigField> &TrainingConfig::fields()
{
    static const std::vector<ConfigField> list = configfields::describe<TrainingConfig>();
    return list;
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
