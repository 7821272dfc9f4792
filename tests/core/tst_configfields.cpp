// Each config's one field list (ConfigField): what it describes is what the JSON holds, and
// the ranges it states are the ones validate() and fromJson() enforce.
#include "emolens/Error.h"
#include "emolens/FeatureConfig.h"
#include "emolens/ModelConfig.h"
#include "emolens/TrainingConfig.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <set>

using namespace emolens;
using Json = nlohmann::ordered_json;

namespace {

struct Subject {
    const char *name;
    const std::vector<ConfigField> &fields;
    std::string defaultJson;
    std::function<void(const std::string &)> fromJson; ///< throws Error(BadInput) when refused
    std::set<std::string> notInJson; ///< described and checked, written outside the field list
};

std::vector<Subject> subjects()
{
    return {
        {"feature",
         FeatureConfig::fields(),
         FeatureConfig{}.toJson(),
         [](const std::string &j) { FeatureConfig::fromJson(j); },
         {}},
        {"model",
         ModelConfig::fields(),
         ModelConfig{}.toJson(),
         [](const std::string &j) { ModelConfig::fromJson(j); },
         {}},
        {"training",
         TrainingConfig::fields(),
         TrainingConfig{}.toJson(),
         [](const std::string &j) { TrainingConfig::fromJson(j); },
         {"validationSpeakers", "steps", "learningRateDropFractions", "classWeighting", "dropPartialBatch"}},
    };
}

/// Whether reading \p json is refused with a message naming \p key.
bool refusedNaming(const Subject &s, const Json &json, const std::string &key, std::string &message)
{
    try {
        s.fromJson(json.dump());
    } catch (const Error &e) {
        message = e.what();
        return message.find(key) != std::string::npos;
    }
    message = "accepted";
    return false;
}

} // namespace

class TestConfigFields : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyJsonKeyIsDescribedAndEveryFieldIsWritten()
    {
        for (const auto &s : subjects()) {
            const Json json = Json::parse(s.defaultJson);
            std::set<std::string> described;
            for (const auto &f : s.fields) {
                described.insert(f.key);
                QVERIFY2(!f.description.empty(), f.key.c_str());
                if (!json.contains(f.key))
                    QVERIFY2(s.notInJson.count(f.key), (std::string(s.name) + ": " + f.key).c_str());
                else
                    QCOMPARE(QString::fromStdString(f.defaultValue), QString::fromStdString(json.at(f.key).dump()));
            }
            for (const auto &item : json.items())
                if (!item.value().is_object() && item.key() != "precision")
                    QVERIFY2(described.count(item.key()), (std::string(s.name) + " JSON key " + item.key()).c_str());
        }
    }

    void everyStatedBoundIsEnforcedWithTheFieldsName()
    {
        int checked = 0;
        for (const auto &s : subjects()) {
            for (const auto &f : s.fields) {
                const Json base = Json::parse(s.defaultJson);
                std::vector<Json> outside;
                if (!f.choices.empty() && !f.fixed)
                    outside.push_back("no-such-choice");
                const bool list = !f.defaultValue.empty() && f.defaultValue.front() == '[';
                auto value = [&](double v) { return list ? Json::array({v}) : Json(v); };
                if (std::isfinite(f.min))
                    outside.push_back(value(f.minOpen ? f.min : f.min - 1));
                if (std::isfinite(f.max))
                    outside.push_back(value(f.maxOpen ? f.max : f.max + 1));
                for (const auto &bad : outside) {
                    Json j = base;
                    if (f.key == "validationSpeakers") // an extra: its JSON is the "validation" record
                        j["validation"] = {{"speakers", bad.is_array() ? bad[0] : bad}};
                    else
                        j[f.key] = bad;
                    std::string message;
                    QVERIFY2(refusedNaming(s, j, f.key, message),
                             (std::string(s.name) + "." + f.key + " = " + bad.dump() + ": " + message).c_str());
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 30);
    }

    void rulesReadAsSentences()
    {
        ConfigField f;
        QCOMPARE(QString::fromStdString(f.rule()), QString());
        f.min = 1;
        QCOMPARE(QString::fromStdString(f.rule()), QString("at least 1"));
        f.min = 0;
        f.minOpen = true;
        QCOMPARE(QString::fromStdString(f.rule()), QString("greater than 0"));
        f.max = 1;
        QCOMPARE(QString::fromStdString(f.rule()), QString("in (0, 1]"));
        QVERIFY(f.admits(1.0) && !f.admits(0.0) && !f.admits(std::nan("")) && !f.admits(1.5));
        f.choices = {"none", "balanced"};
        QCOMPARE(QString::fromStdString(f.rule()), QString("none or balanced"));
        QVERIFY(f.admits(std::string("none")) && !f.admits(std::string("other")));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, findField(TrainingConfig::fields(), "noSuchField"));
        QCOMPARE(QString::fromStdString(findField(TrainingConfig::fields(), "batchSize").defaultValue), QString("64"));
    }
};

QTEST_APPLESS_MAIN(TestConfigFields)
#include "tst_configfields.moc"
