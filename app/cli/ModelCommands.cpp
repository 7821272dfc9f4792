// predict, attention, export and import: the commands that use a trained model.
#include "Commands.h"
#include "Experiment.h"
#include "ConsoleProgress.h"

#include "emolens/Attention.h"
#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"
#include "emolens/ModelFile.h"
#include "emolens/Npy.h"

#include <nlohmann/json.hpp>
#include <png.h>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>

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

LoadedModel modelFromArgs(const Args &args)
{
    const auto path = args.value("--model");
    if (!path)
        throw UsageError("--model MODEL is required");
    setComputeThreads(threadsFromArgs(args));
    LoadedModel loaded = loadModel(*path);
    if (const auto precision = args.value("--precision"))
        loaded.model.setInferencePrecision(parsePrecision(*precision)); // fp32 unless asked
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

} // namespace

int runPredict(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--model", "--threads", "--precision"}, {"--json"});
    if (args.positionals().empty())
        throw UsageError("predict needs at least one audio file");
    LoadedModel loaded = modelFromArgs(args);
    const ModelMetadata &meta = loaded.metadata;
    const auto &classes = meta.classes();
    // Every result says which model and protocol produced it.
    const Json provenance = [&] {
        Json j = Json::parse(meta.toJson());
        Json out{{"file", *args.value("--model")}};
        for (const char *key : {"corpus", "classes", "heldOutSpeaker", "protocol", "features", "emolens"})
            out[key] = j[key];
        out["precision"] = precisionName(loaded.model.inferencePrecision());
        return out;
    }();
    bool anyFailed = false;
    FrontEnd frontEnd(meta.features);
    installCancelHandler();
    const auto &files = args.positionals();
    const bool json = args.has("--json");
    ConsoleProgress bar("predict", files.size() > 1 ? "files" : "");
    // Results stream out one file at a time (a JSON array written element by
    // element): memory stays flat over many files and long ones alike.
    if (json)
        std::cout << "[";
    bool first = true;
    auto emit = [&](const Json &result) {
        if (json) {
            std::cout << (first ? "\n" : ",\n") << result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
            std::cout.flush();
        }
        first = false;
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string &path = files[i];
        if (cancelToken().load())
            break;
        try {
            const AudioBuffer audio = loadFor(path, meta.features);
            const auto samples = static_cast<std::int64_t>(audio.samples.size());
            ProgressFn within;
            if (files.size() == 1)
                within = [&bar](double f) { bar.update(std::llround(f * 1000), 1000, "segments of the file"); };
            const UtterancePrediction p = predictSignal(loaded.model, frontEnd, audio.samples, 16, within, &cancelToken());
            Json segments = Json::array();
            for (const auto &s : p.segments)
                segments.push_back({{"start", s.startSeconds},
                                    {"end", s.endSeconds},
                                    {"padded", s.paddedSeconds},
                                    {"probabilities", probabilities(classes, s.probabilities)}});
            emit({{"file", path},
                  {"predicted", classes[static_cast<std::size_t>(p.predicted)]},
                  {"probabilities", probabilities(classes, p.probabilities)},
                  {"durationSeconds", static_cast<double>(samples) / meta.features.sampleRateHz},
                  {"segments", segments},
                  {"model", provenance}});
            if (!json) {
                bar.finish();
                std::cout << path << ": " << classes[static_cast<std::size_t>(p.predicted)] << " (";
                for (std::size_t k = 0; k < classes.size(); ++k)
                    std::cout << (k ? ", " : "") << classes[k] << ' ' << std::fixed << std::setprecision(3)
                              << p.probabilities[k];
                std::cout << ")" << std::endl;
            }
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Cancelled)
                break;
            if (e.kind() != ErrorKind::BadInput)
                throw;
            anyFailed = true;
            bar.finish();
            std::cerr << "emolens-cli: " << e.what() << '\n';
            emit({{"file", path}, {"error", e.problem()}});
        }
        if (files.size() > 1)
            bar.update(static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(files.size()), fs::path(path).filename().string());
    }
    bar.finish();
    if (json)
        std::cout << (first ? "]\n" : "\n]\n");
    if (cancelToken().load())
        throw Error(ErrorKind::Cancelled, {}, "cancelled");
    return anyFailed ? 2 : 0;
}

namespace {
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
} // namespace

int runAttention(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--model", "--out", "--threads", "--precision"}, {});
    if (args.positionals().size() != 1)
        throw UsageError("attention takes exactly one audio file");
    const auto out = args.value("--out");
    if (!out)
        throw UsageError("attention needs --out DIR");
    LoadedModel loaded = modelFromArgs(args);
    const ModelMetadata &meta = loaded.metadata;
    const std::string input = args.positionals().front();
    const AudioBuffer audio = loadFor(input, meta.features);
    installCancelHandler();
    const AttentionAnalysis a = analyseAttention(loaded.model, meta.features, meta.classes(), audio.samples, {}, &cancelToken());
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
    writeTextFile((dir / "attention.json").string(), info.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    std::cout << input << ": " << info["predicted"].get<std::string>() << "; " << files.size() << " maps written to " << *out
              << '\n';
    return 0;
}

int runExport(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--model", "--out"}, {});
    const auto out = args.value("--out");
    if (!out || !args.positionals().empty())
        throw UsageError("export needs --model MODEL and --out OUT.pt");
    const LoadedModel loaded = modelFromArgs(args);
    exportStateDict(*out, loaded.model, loaded.metadata);
    std::cout << "wrote " << *out << " (state dict) and " << *out << ".json (metadata)\n";
    return 0;
}

int runImport(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--out", "--like"}, {});
    const auto out = args.value("--out");
    if (!out || args.positionals().size() != 1)
        throw UsageError("import needs IN.pt and --out MODEL");
    std::unique_ptr<ModelMetadata> like;
    if (const auto path = args.value("--like"))
        like = std::make_unique<ModelMetadata>(readModelMetadata(*path));
    const LoadedModel loaded = importStateDict(args.positionals().front(), like.get());
    saveModel(*out, loaded.model, loaded.metadata);
    std::cout << "wrote " << *out << '\n';
    return 0;
}

} // namespace emolens::cli
