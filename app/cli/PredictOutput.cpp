// predict's --format/--out (PredictOutput.h).
#include "PredictOutput.h"

#include "Options.h"

#include "emolens/Csv.h"
#include "emolens/Error.h"
#include "emolens/Files.h"

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace emolens::cli {

PredictOutput::PredictOutput(const std::string &format, const std::string &out, const std::vector<std::string> &inputs,
                             const std::vector<std::string> &classes, const std::string &modelName,
                             const std::string &protocolJson)
    : m_out(out), m_classes(classes), m_modelName(modelName), m_protocol(protocolJson)
{
    if (format == "json") {
        m_kind = Kind::Json;
    } else if (format == "csv") {
        m_kind = Kind::Csv;
    } else {
        try {
            m_labels = labelFormatFromName(format);
        } catch (const Error &) {
            throw UsageError("--format " + format + ": one of json, csv, textgrid, audacity, sv-csv, eaf");
        }
        m_kind = Kind::Labels;
        if (out.empty())
            throw UsageError("--format " + format + " writes one file per input: --out FILE (one input) or --out DIR");
    }
    if (m_kind == Kind::Csv)
        m_csv = "file,start,end,label,confidence,model\n";
    if (out.empty())
        return;
    std::error_code ec;
    const bool folder = fs::is_directory(out, ec) || out.back() == '/';
    // Label formats: one file per input, so several inputs need a folder too. JSON and CSV
    // hold every input in one file: predictions.json or predictions.csv in the folder.
    m_folder = m_kind == Kind::Labels && (folder || inputs.size() > 1);
    if (m_folder || folder) {
        fs::create_directories(out, ec);
        if (ec)
            throwIo(out, "cannot create the output folder (" + ec.message() + ")");
    }
    if (m_kind != Kind::Labels && folder)
        m_out = (fs::path(out) / (m_kind == Kind::Json ? "predictions.json" : "predictions.csv")).string();
}

std::string PredictOutput::target(const std::string &input)
{
    if (!m_folder)
        return m_out;
    std::string stem = fs::path(input).stem().string();
    const int seen = m_stems[stem]++;
    if (seen > 0) // a/x.wav and b/x.wav: x and x-2, never one over the other
        stem += "-" + std::to_string(seen + 1);
    return (fs::path(m_out) / (stem + labelFormatExtension(*m_labels))).string();
}

void PredictOutput::add(const std::string &file, const UtterancePrediction &prediction, double durationSeconds,
                        const Json &result)
{
    switch (m_kind) {
    case Kind::Json:
        m_json.push_back(result);
        break;
    case Kind::Csv: {
        const LabelTier regions = predictionRegions(prediction, m_classes, durationSeconds, "emotion");
        const std::vector<double> confidence = regionConfidence(prediction, durationSeconds);
        for (std::size_t i = 0; i < regions.items.size(); ++i) {
            const LabelInterval &r = regions.items[i];
            char times[96];
            std::snprintf(times, sizeof times, "%.3f,%.3f", r.start, r.end);
            char conf[32];
            std::snprintf(conf, sizeof conf, "%.4f", confidence[i]);
            m_csv +=
                csvField(file) + ',' + times + ',' + csvField(r.text) + ',' + conf + ',' + csvField(m_modelName) + '\n';
        }
        break;
    }
    case Kind::Labels:
        for (const std::string &f : writePredictionFiles(target(file), *m_labels, prediction, m_classes,
                                                         durationSeconds, m_modelName, m_protocol, file))
            m_written.push_back(f);
        break;
    }
}

void PredictOutput::addFailure(const Json &result)
{
    if (m_kind == Kind::Json)
        m_json.push_back(result);
}

std::vector<std::string> PredictOutput::finish()
{
    if (m_kind == Kind::Labels)
        return m_written;
    const std::string text =
        m_kind == Kind::Json ? m_json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" : m_csv;
    if (m_out.empty()) {
        std::cout << text;
        return {};
    }
    writeFileAtomically(m_out, text);
    return {m_out};
}

} // namespace emolens::cli
