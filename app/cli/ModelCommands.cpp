// predict, attention, export and import: the commands that use a trained model.
#include "Commands.h"
#include "ConsoleProgress.h"
#include "Experiment.h"
#include "PredictOutput.h"

#include "emolens/Attention.h"
#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"
#include "emolens/Interchange.h"
#include "emolens/ModelFile.h"
#include "emolens/Npy.h"

#include <nlohmann/json.hpp>
#include <png.h>
#include <utility>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>

namespace fs = std::filesystem;

namespace emolens::cli {

namespace {

using Json = nlohmann::ordered_json;

Json probabilities(const std::vector<std::string> &classes, const std::vector<float> &p)
{
    Json out = Json::object();
    for (std::size_t k = 0; k < classes.size(); ++k)
        out[classes[k]] = p[k];
    return out;
}

/// The model a command runs, and how.
struct ModelOptions {
    std::string path;
    int threads = 0; ///< 0: one per core
    std::string precision = "auto";
    std::string device = "auto";
};

void addModelOptions(CLI::App &c, ModelOptions &o, bool running = true)
{
    c.add_option("--model", o.path, "an EmoLens model file (.emolens)")->required();
    if (!running)
        return;
    addThreadsOption(c, o.threads);
    addPrecisionOption(c, o.precision);
    addDeviceOption(c, o.device);
}

/// The model, ready to compute on the chosen device. \p deviceWhy gets the device and why
/// ("cpu (auto: ...)"); the command says it once something has been computed, so a bad
/// input's error stays the only line on stderr.
LoadedModel loadFor(const ModelOptions &o, std::string &deviceWhy)
{
    setComputeThreads(o.threads);
    const ComputeDevice device = chooseDevice(o.device, &deviceWhy); // before loading: a bad --device fails at once
    std::string precisionWhy;
    const InferencePrecision precision = choosePrecision(o.precision, device, &precisionWhy);
    deviceWhy += " in " + precisionWhy;
    LoadedModel loaded = loadModel(o.path);
    loaded.model.setInferencePrecision(precision);
    loaded.model.setDevice(device);
    return loaded;
}

AudioBuffer loadFor(const std::string &path, const FeatureConfig &features)
{
    AudioLoadOptions o;
    o.targetRateHz = features.sampleRateHz;
    return loadAudio(path, o);
}

void writePng(const std::string &path, const RgbImage &image)
{
    std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!file)
        throwIo(path, "cannot create the PNG");
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        throwIo(path, "cannot write the PNG");
    }
    png_init_io(png, file.get());
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < image.height; ++y)
        png_write_row(png, image.rgb.data() + static_cast<std::size_t>(y) * image.width * 3);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
}

/// A file-name-safe form of a class name.
std::string safeName(const std::string &name)
{
    std::string out;
    for (char c : name)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '_';
    return out;
}

struct PredictOptions {
    ModelOptions model;
    std::vector<std::string> files;
    bool json = false;
    std::string format; ///< json, csv, textgrid, audacity, sv-csv, eaf; empty: one line per file
    std::string out;
};

/// Every result says which model and protocol produced it.
Json provenanceOf(const LoadedModel &loaded, const std::string &file)
{
    const Json j = Json::parse(loaded.metadata.toJson());
    Json out{{"file", file}};
    for (const char *key : {"corpus", "classes", "heldOutSpeaker", "protocol", "features", "emolens"})
        out[key] = j[key];
    out["precision"] = precisionName(loaded.model.inferencePrecision());
    return out;
}

/// One file's prediction as predict --json writes it (\p p and \p seconds: the prediction and the file's length).
Json predictFile(LoadedModel &loaded, FrontEnd &frontEnd, const std::string &path, const ProgressFn &within,
                 UtterancePrediction &p, double &seconds)
{
    const ModelMetadata &meta = loaded.metadata;
    const auto &classes = meta.classes();
    const AudioBuffer audio = loadFor(path, meta.features);
    const auto samples = static_cast<std::int64_t>(audio.samples.size());
    seconds = static_cast<double>(samples) / meta.features.sampleRateHz;
    p = predictSignal(loaded.model, frontEnd, audio.samples, 16, within, &cancelToken());
    Json segments = Json::array();
    for (const auto &s : p.segments)
        segments.push_back({{"start", s.startSeconds},
                            {"end", s.endSeconds},
                            {"padded", s.paddedSeconds},
                            {"probabilities", probabilities(classes, s.probabilities)}});
    return {{"file", path},
            {"predicted", classes[static_cast<std::size_t>(p.predicted)]},
            {"probabilities", probabilities(classes, p.probabilities)},
            {"durationSeconds", seconds},
            {"segments", segments}};
}

void printPrediction(const Json &r, const std::vector<std::string> &classes)
{
    std::cout << r["file"].get<std::string>() << ": " << r["predicted"].get<std::string>() << " (";
    for (std::size_t k = 0; k < classes.size(); ++k)
        std::cout << (k ? ", " : "") << classes[k] << ' ' << std::fixed << std::setprecision(3)
                  << r["probabilities"][classes[k]].get<double>();
    std::cout << ")" << std::endl;
}

int runPredict(const PredictOptions &o)
{
    if (o.json && !o.format.empty() && o.format != "json")
        throw UsageError("--json and --format " + o.format + " ask for two formats");
    if (!o.out.empty() && o.format.empty() && !o.json)
        throw UsageError("--out needs --format (json, csv, textgrid, audacity, sv-csv or eaf)");
    std::string deviceWhy;
    LoadedModel loaded = loadFor(o.model, deviceWhy);
    bool saidDevice = false;
    const auto &classes = loaded.metadata.classes();
    const Json provenance = provenanceOf(loaded, o.model.path);
    const std::string format = o.json ? std::string("json") : o.format;
    std::optional<PredictOutput> output;
    if (!format.empty() && !(format == "json" && o.out.empty())) // JSON on stdout streams as before
        output.emplace(format, o.out, o.files, classes, fs::path(o.model.path).filename().string(),
                       provenance["protocol"].dump());
    const bool jsonOut = format == "json" && o.out.empty();
    const bool quiet = !format.empty(); // results go to the format, not one line per file
    bool anyFailed = false;
    FrontEnd frontEnd(loaded.metadata.features);
    installCancelHandler();
    const auto &files = o.files;
    ConsoleProgress bar("predict", files.size() > 1 ? "files" : "");
    // Results stream out one file at a time (a JSON array written element by
    // element): memory stays flat over many files and long ones alike.
    if (jsonOut)
        std::cout << "[";
    bool first = true;
    auto emit = [&](const Json &result) {
        if (jsonOut) {
            std::cout << (first ? "\n" : ",\n") << result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
            std::cout.flush();
        }
        first = false;
    };
    for (std::size_t i = 0; i < files.size() && !cancelToken().load(); ++i) {
        const std::string &path = files[i];
        try {
            ProgressFn within;
            if (files.size() == 1)
                within = [&bar](double f) { bar.update(std::llround(f * 1000), 1000, "segments of the file"); };
            UtterancePrediction prediction;
            double seconds = 0.0;
            Json result = predictFile(loaded, frontEnd, path, within, prediction, seconds);
            if (!std::exchange(saidDevice, true))
                std::cerr << "computing on " << deviceWhy << '\n';
            result["model"] = provenance;
            emit(result);
            if (output)
                output->add(path, prediction, seconds, result);
            if (!quiet) {
                bar.finish();
                printPrediction(result, classes);
            }
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Cancelled)
                break;
            if (e.kind() != ErrorKind::BadInput)
                throw;
            anyFailed = true;
            bar.finish();
            std::cerr << "emolens-cli: " << e.what() << '\n';
            const Json failure{{"file", path}, {"error", e.problem()}};
            emit(failure);
            if (output)
                output->addFailure(failure);
        }
        if (files.size() > 1)
            bar.update(static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(files.size()),
                       fs::path(path).filename().string());
    }
    bar.finish();
    if (jsonOut)
        std::cout << (first ? "]\n" : "\n]\n");
    if (output && !cancelToken().load()) {
        const std::vector<std::string> written = output->finish();
        if (!written.empty())
            std::cerr << "wrote " << (written.size() == 1 ? written.front() : std::to_string(written.size()) + " files")
                      << '\n';
    }
    if (cancelToken().load())
        throw Error(ErrorKind::Cancelled, {}, "cancelled");
    return anyFailed ? 2 : 0;
}

/// attention.json's axes: what time each column and what frequency each row stands for.
Json axesJson(const AttentionAnalysis &a)
{
    Json mapRowHz = Json::array();
    for (int i = 0; i < a.mapRows; ++i)
        mapRowHz.push_back(a.mapRowHz(i));
    return {{"time",
             {{"columns", a.columns},
              {"secondsPerColumn", a.columnSeconds},
              {"frameSeconds", a.frameSeconds},
              {"columnCentreSeconds", "c * secondsPerColumn + frameSeconds / 2 (frame c's window is centred there)"},
              {"firstColumnCentreSeconds", a.columnCentreSeconds(0)}}},
            {"frequency",
             {{"row0", "lowest frequency"},
              {"spectrogramRows", a.spectrogramRows},
              {"spectrogramRowHz", "r * binHz (FFT bin r)"},
              {"binHz", a.binHz},
              {"mapRows", a.mapRows},
              {"mapRowHz", mapRowHz},
              {"maxHz", a.maxFrequencyHz}}},
            {"mapGrid",
             {{"stride", a.mapStride},
              {"segmentMapColumns", a.segmentMapColumns},
              {"note", "the network's grid: map cell (i, j) of a segment comes from spectrogram rows 4i..4i+3 "
                       "and its frames 4j..4j+3 (the last column also the padding frames), plus the convolutions' "
                       "receptive field; a map column is drawn over the file columns of its frames"}}}};
}

struct AttentionOptions {
    ModelOptions model;
    std::string input;
    std::string out;
    bool svCsv = false; ///< also each map as a Sonic Visualiser dense layer (CSV)
};

int runAttention(const AttentionOptions &o)
{
    const std::string *out = &o.out;
    std::string deviceWhy;
    LoadedModel loaded = loadFor(o.model, deviceWhy);
    const ModelMetadata &meta = loaded.metadata;
    const std::string &input = o.input;
    const AudioBuffer audio = loadFor(input, meta.features);
    installCancelHandler();
    const AttentionAnalysis a =
        analyseAttention(loaded.model, meta.features, meta.classes(), audio.samples, {}, &cancelToken());
    std::cerr << "computed on " << deviceWhy << '\n';
    std::error_code ec;
    fs::create_directories(*out, ec);
    if (ec)
        throwIo(*out, "cannot create the output folder (" + ec.message() + ")");
    const fs::path dir = *out;
    Json files = Json::object();
    auto emit = [&](const std::string &stem, const float *map, int rows) {
        const std::string npy = (dir / (stem + ".npy")).string();
        writeNpy(npy, {rows, a.columns}, map);
        const std::string png = (dir / (stem + ".png")).string();
        writePng(png, renderOverlay(a, stem == "spectrogram" ? nullptr : map, rows));
        files[stem] = {{"npy", stem + ".npy"}, {"png", stem + ".png"}, {"shape", {rows, a.columns}}};
        if (o.svCsv) { // time per row (each column's centre), a value per frequency row (lowest first)
            writeTextFile((dir / (stem + ".sv.csv")).string(),
                          writeSvDense(map, rows, a.columns, a.columnCentreSeconds(0), a.columnSeconds));
            files[stem]["svCsv"] = stem + ".sv.csv";
        }
    };
    emit("spectrogram", a.spectrogram.data(), a.spectrogramRows);
    if (!a.bottomUp.empty())
        emit("bottom_up", a.bottomUp.data(), a.mapRows);
    for (std::size_t k = 0; k < a.classes.size(); ++k) {
        emit("top_down_" + safeName(a.classes[k]), a.topDownMap(static_cast<int>(k)), a.mapRows);
        if (!a.contribution.empty())
            emit("contribution_" + safeName(a.classes[k]), a.contributionMap(static_cast<int>(k)), a.mapRows);
    }
    Json segments = Json::array();
    for (const auto &s : a.prediction.segments)
        segments.push_back({{"start", s.startSeconds},
                            {"end", s.endSeconds},
                            {"padded", s.paddedSeconds},
                            {"probabilities", probabilities(a.classes, s.probabilities)}});
    const Json info{{"file", input},
                    {"predicted", a.classes[static_cast<std::size_t>(a.prediction.predicted)]},
                    {"probabilities", probabilities(a.classes, a.prediction.probabilities)},
                    {"segments", segments},
                    {"axes", axesJson(a)},
                    {"maps", files},
                    {"note", "overlapping segments are averaged; columns past the signal's end are absent"},
                    {"precision", precisionName(loaded.model.inferencePrecision())},
                    {"model", Json::parse(meta.toJson())}};
    writeTextFile((dir / "attention.json").string(),
                  info.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    std::cout << input << ": " << info["predicted"].get<std::string>() << "; " << files.size() << " maps written to "
              << *out << '\n';
    return 0;
}

struct ExportOptions {
    ModelOptions model;
    std::string out;
};

int runExport(const ExportOptions &o)
{
    const LoadedModel loaded = loadModel(o.model.path); // nothing computed: no threads or device
    exportStateDict(o.out, loaded.model, loaded.metadata);
    std::cout << "wrote " << o.out << " (state dict) and " << o.out << ".json (metadata)\n";
    return 0;
}

struct ImportOptions {
    std::string input;
    std::string out;
    std::string like;
};

int runImport(const ImportOptions &o)
{
    std::unique_ptr<ModelMetadata> like;
    if (!o.like.empty())
        like = std::make_unique<ModelMetadata>(readModelMetadata(o.like));
    const LoadedModel loaded = importStateDict(o.input, like.get());
    saveModel(o.out, loaded.model, loaded.metadata);
    std::cout << "wrote " << o.out << '\n';
    return 0;
}

} // namespace

void addPredictCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<PredictOptions>();
    CLI::App *c =
        addCommand(app, run, "predict", "predict the emotion of audio files with a trained model", o, runPredict);
    const FeatureConfig f;
    setFooter(
        *c,
        "Cuts each file into " + std::to_string(f.segmentSamples / f.sampleRateHz) + " s segments every " +
            std::to_string(static_cast<double>(f.evalHopSamples) / f.sampleRateHz).substr(0, 3) +
            " s (one zero-padded segment when shorter), averages the segments' softmax probabilities and prints the "
            "winning class. --json: a JSON array of {file, predicted, probabilities, segments: [{start, end, "
            "probabilities}], model: {file, corpus, classes, heldOutSpeaker, protocol, features, precision}}, one "
            "per input. --format csv|textgrid|audacity|sv-csv|eaf --out FILE_OR_DIR: the segments merged into "
            "labelled regions (each segment owns the time nearer its centre than its neighbours'; neighbours with "
            "the same winning class joined) for Praat, Audacity, Sonic Visualiser or ELAN, with each class's "
            "probability curve where the format has a place for it (docs/INTERCHANGE.md). A file that cannot be "
            "read fails alone (exit 2 at the end).");
    addModelOptions(*c, o->model);
    c->add_option("IN", o->files, "audio files")->required();
    c->add_flag("--json", o->json, "print JSON instead of one line per file (--format json)");
    c->add_option("--format", o->format, "json, csv, textgrid, audacity, sv-csv or eaf")
        ->check(CLI::IsMember({"json", "csv", "textgrid", "audacity", "sv-csv", "eaf"}));
    c->add_option("--out", o->out,
                  "the file to write (json, csv; one input otherwise), or a folder: one file per input");
}

void addAttentionCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<AttentionOptions>();
    CLI::App *c = addCommand(app, run, "attention",
                             "write a file's attention maps (PNG overlays and .npy) on its time axis", o, runAttention);
    setFooter(*c,
              "Writes, on IN's time axis (10 ms columns, 0-4 kHz rows; overlapping segments averaged): "
              "spectrogram.npy/.png (the companded spectrogram), bottom_up.npy/.png (softmax(B), attention pooling "
              "only), top_down_<class>.npy/.png (each class map T_k), contribution_<class>.npy/.png (T_k * softmax(B)) "
              "and attention.json (prediction, segments, shapes, axes and the protocol).");
    addModelOptions(*c, o->model);
    c->add_option("IN", o->input, "audio file")->required();
    c->add_option("--out", o->out, "the folder to write to (made when missing)")->required();
    c->add_flag("--sv-csv", o->svCsv,
                "also each map as NAME.sv.csv, a Sonic Visualiser dense layer: a row per column (its centre time, "
                "then a value per frequency row, lowest first)");
}

void addExportCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<ExportOptions>();
    CLI::App *c =
        addCommand(app, run, "export", "write a model as a PyTorch state dict (torch.load in Python)", o, runExport);
    setFooter(*c, "OUT.pt loads with torch.load into docs/interop/emolens_model.py's EmoLensNet (load_state_dict); "
                  "OUT.pt.json carries the metadata (protocol, configs).");
    addModelOptions(*c, o->model, false);
    c->add_option("--out", o->out, "OUT.pt")->required();
}

void addImportCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<ImportOptions>();
    CLI::App *c =
        addCommand(app, run, "import", "read a PyTorch state dict back into an EmoLens model file", o, runImport);
    setFooter(
        *c, "Reads a state dict (from export, or torch.save(net.state_dict()) in Python) and its IN.pt.json metadata; "
            "without the .json, --like names a model whose metadata applies.");
    c->add_option("IN", o->input, "IN.pt")->required();
    c->add_option("--out", o->out, "the model file to write")->required();
    c->add_option("--like", o->like, "a model whose metadata applies");
}

} // namespace emolens::cli
