// ModelMetadata's consistency checks and JSON (no torch here).
#include "emolens/Error.h"
#include "emolens/ModelFile.h"
#include "emolens/Version.h"
#include "io/Json.h"

#include <algorithm>

namespace emolens {

std::vector<std::string> ModelMetadata::validate() const
{
    std::vector<std::string> problems;
    for (const auto &p : features.validate())
        problems.push_back("features: " + p);
    for (const auto &p : model.validate())
        problems.push_back("model: " + p);
    for (const auto &p : protocol.validate())
        problems.push_back("protocol: " + p);
    for (const auto &p : training.validate())
        problems.push_back("training: " + p);
    if (static_cast<int>(protocol.classes.size()) != model.numClasses)
        problems.push_back("the protocol names " + std::to_string(protocol.classes.size()) +
                           " classes but the model has " + std::to_string(model.numClasses) + " outputs");
    if (features.freqBins != model.inputHeight || features.frameColumns != model.inputWidth)
        problems.push_back("the front end makes " + std::to_string(features.freqBins) + "x" +
                           std::to_string(features.frameColumns) + " matrices but the model takes " +
                           std::to_string(model.inputHeight) + "x" + std::to_string(model.inputWidth));
    if (!heldOutSpeaker.empty() &&
        std::find(trainingSpeakers.begin(), trainingSpeakers.end(), heldOutSpeaker) != trainingSpeakers.end())
        problems.push_back("held-out speaker " + heldOutSpeaker + " is also listed as a training speaker");
    for (const auto &v : validationSpeakers)
        if (v == heldOutSpeaker ||
            std::find(trainingSpeakers.begin(), trainingSpeakers.end(), v) != trainingSpeakers.end())
            problems.push_back("validation speaker " + v + " is also the held-out or a training speaker");
    if (origin != "trained" && origin != "imported")
        problems.push_back("origin must be trained or imported");
    return problems;
}

std::string ModelMetadata::toJson() const
{
    const std::string context = "model metadata";
    nlohmann::ordered_json j{{"emolens", emolensVersion.empty() ? std::string(kVersion) : emolensVersion},
                             {"commit", emolensCommit.empty() ? std::string(kBuildCommit) : emolensCommit},
                             {"formatVersion", kModelFormatVersion},
                             {"created", created},
                             {"origin", origin},
                             {"corpus", corpusSpec},
                             {"classes", protocol.classes},
                             {"protocol", parseJson(protocol.toJson(), context)},
                             {"heldOutSpeaker", heldOutSpeaker},
                             {"trainingSpeakers", trainingSpeakers},
                             {"validationSpeakers", validationSpeakers},
                             {"features", parseJson(features.toJson(), context)},
                             {"model", parseJson(model.toJson(), context)},
                             {"training", parseJson(training.toJson(), context)},
                             {"metrics", parseJson(metricsJson, context)},
                             {"history", parseJson(historyJson, context)}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ModelMetadata ModelMetadata::fromJson(const std::string &json, const std::string &context)
{
    const auto j = parseJson(json, context);
    ModelMetadata m;
    try {
        m.emolensVersion = j.at("emolens").get<std::string>();
        m.emolensCommit = j.value("commit", std::string("not recorded"));
        m.created = j.value("created", std::string());
        m.origin = j.value("origin", m.origin);
        m.corpusSpec = j.value("corpus", std::string());
        m.protocol =
            Protocol::fromJson(j.at("protocol").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m.heldOutSpeaker = j.value("heldOutSpeaker", std::string());
        m.trainingSpeakers = j.value("trainingSpeakers", std::vector<std::string>());
        m.validationSpeakers = j.value("validationSpeakers", std::vector<std::string>());
        m.features =
            FeatureConfig::fromJson(j.at("features").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m.model = ModelConfig::fromJson(j.at("model").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m.training =
            TrainingConfig::fromJson(j.at("training").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        m.metricsJson = j.contains("metrics")
                            ? j.at("metrics").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                            : "{}";
        m.historyJson = j.contains("history")
                            ? j.at("history").dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                            : "[]";
        if (j.contains("classes") && j.at("classes").get<std::vector<std::string>>() != m.protocol.classes)
            throwBadInput(context, "metadata lists classes that differ from its protocol's");
    } catch (const nlohmann::json::exception &e) {
        throwBadInput(context, std::string("malformed model metadata: ") + e.what());
    } catch (const Error &e) {
        throwBadInput(context, e.problem());
    }
    if (const auto problems = m.validate(); !problems.empty()) {
        std::string all;
        for (const auto &p : problems)
            all += (all.empty() ? "" : "; ") + p;
        throwBadInput(context, "inconsistent metadata: " + all);
    }
    return m;
}

} // namespace emolens
