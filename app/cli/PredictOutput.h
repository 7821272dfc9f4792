#pragma once
// Where `predict --format F --out FILE_OR_DIR` puts its results: JSON or CSV in one file
// (or on stdout without --out), TextGrid, EAF, Audacity labels and Sonic Visualiser CSV
// one file per input (in a folder when there are several inputs or --out is one).
#include "emolens/Evaluation.h"
#include "emolens/Interchange.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace emolens::cli {

class PredictOutput {
public:
    using Json = nlohmann::ordered_json;

    /// Checks the format and --out (throws UsageError); \p inputs: the audio files named.
    PredictOutput(const std::string &format, const std::string &out, const std::vector<std::string> &inputs,
                  const std::vector<std::string> &classes, const std::string &modelName,
                  const std::string &protocolJson);

    bool jsonToStdout() const { return m_kind == Kind::Json && m_out.empty(); }
    bool writesFiles() const { return !m_out.empty(); }

    /// One input's prediction (\p result: predict's JSON for it).
    void add(const std::string &file, const UtterancePrediction &prediction, double durationSeconds,
             const Json &result);
    /// One input that failed (\p result: {file, error}).
    void addFailure(const Json &result);
    /// Writes the collected JSON or CSV file, or the CSV to stdout; returns every file written.
    std::vector<std::string> finish();

private:
    enum class Kind { Json, Csv, Labels };
    Kind m_kind = Kind::Json;
    std::optional<LabelFormat> m_labels;
    std::string m_out;
    bool m_folder = false;
    std::vector<std::string> m_classes;
    std::string m_modelName, m_protocol;
    Json m_json = Json::array();
    std::string m_csv;
    std::map<std::string, int> m_stems; ///< output names used, against two inputs called x.wav
    std::vector<std::string> m_written;

    std::string target(const std::string &input);
};

} // namespace emolens::cli
