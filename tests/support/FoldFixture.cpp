#include "FoldFixture.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace emolens::test {

void writeFoldResult(const std::string &dir, const std::string &corpus, const std::vector<std::string> &classes,
                     const FoldFixture &f, unsigned seed)
{
    using Json = nlohmann::ordered_json;
    long total = 0, correct = 0;
    Json recall = Json::object();
    for (std::size_t t = 0; t < f.confusion.size(); ++t) {
        long row = 0;
        for (long n : f.confusion[t])
            row += n;
        total += row;
        correct += f.confusion[t][t];
        if (row > 0)
            recall[classes[t]] = static_cast<double>(f.confusion[t][t]) / static_cast<double>(row);
    }
    Json history = Json::array();
    for (int e = 1; e <= f.epochs; ++e) {
        Json h{{"epoch", e},           {"loss", 1.4 / e}, {"accuracy", 0.3 + 0.1 * e},
               {"learningRate", 0.05}, {"seconds", 2.0},  {"segments", 40}};
        if (f.withValidation)
            h["validation"] = {{"wa", 0.2 + 0.1 * e}, {"ua", 0.25 + 0.1 * e}, {"loss", 1.5 / e}};
        history.push_back(h);
    }
    const Json metrics{{"wa", total ? static_cast<double>(correct) / total : 0.0},
                       {"segments", total},
                       {"segmentCorrect", correct},
                       {"utterances", total},
                       {"recall", recall},
                       {"confusion", {{"classes", classes}, {"counts", f.confusion}}}};
    const Json experiment{
        {"emolens", "0.1.0"},
        {"commit", "fixture"},
        {"formatVersion", 1},
        {"created", "2026-11-26T10:00:00Z"},
        {"origin", "trained"},
        {"corpus", corpus},
        {"classes", classes},
        {"protocol", {{"classes", classes}, {"subset", "all"}, {"minDurationSeconds", 0.0}}},
        {"heldOutSpeaker", f.fold},
        {"trainingSpeakers", f.training},
        {"validationSpeakers", f.validation},
        {"features",
         {{"sampleRateHz", 16000},
          {"segmentSamples", 32000},
          {"windowSamples", 640},
          {"fftSize", 1600},
          {"companding", "mu-law"},
          {"muLaw", 255.0}}},
        {"model", {{"architecture", "attention-pooling-cnn"}, {"pooling", "attention"}, {"channels", {32, 48}}}},
        {"training", {{"optimizer", "sgd"}, {"epochs", f.epochs}, {"learningRate", 0.05}, {"seed", seed}}},
        {"metrics", metrics},
        {"history", history}};
    const Json fold{{"fold", f.fold},
                    {"experiment", experiment},
                    {"metrics", metrics},
                    {"trainingSeconds", 60.0 * (f.epochs - f.resumedAfterEpoch)},
                    {"resumedAfterEpoch", f.resumedAfterEpoch},
                    {"computedOn", "cpu, 1 thread, LibTorch 1.13.0"},
                    {"schedule", {{"epochs", f.epochs}, {"chosenEpoch", f.epochs}}}};
    std::ofstream out(dir + "/fold-" + f.fold + ".json");
    out << fold.dump(2);
    if (!out)
        throw std::runtime_error("cannot write the fold fixture in " + dir);
}

} // namespace emolens::test
