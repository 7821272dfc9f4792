#include "Args.h"
#include "Commands.h"
#include "ConsoleProgress.h"
#include "Experiment.h"

#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"
#include "emolens/Npy.h"
#include "emolens/Version.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <iostream>

namespace emolens::cli {

namespace {

ResampleQuality parseQuality(const std::string &name)
{
    if (name == "best")
        return ResampleQuality::SincBest;
    if (name == "medium")
        return ResampleQuality::SincMedium;
    if (name == "fastest")
        return ResampleQuality::SincFastest;
    throw UsageError("--resample expects best, medium or fastest, got '" + name + "'");
}

int hopFromSeconds(const Args &args, const FeatureConfig &config)
{
    const auto seconds = args.number("--hop");
    if (!seconds)
        return config.evalHopSamples;
    const double maxSeconds = static_cast<double>(config.segmentSamples) / config.sampleRateHz;
    const long samples = std::lround(*seconds * config.sampleRateHz);
    if (samples <= 0 || *seconds > maxSeconds)
        throw UsageError("--hop must be in (0, " + std::to_string(maxSeconds).substr(0, 4)
                         + "] seconds (a hop longer than a segment would skip audio)");
    return static_cast<int>(samples);
}

nlohmann::ordered_json describe(const AudioBuffer &audio, const std::vector<Segment> &segments, int hop,
                        const FeatureConfig &config)
{
    const double rate = config.sampleRateHz;
    nlohmann::ordered_json segs = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        segs.push_back({{"index", i},
                        {"start", s.startSample / rate},
                        {"end", s.endSample / rate},
                        {"paddedSeconds", s.paddedSamples / rate}});
    }
    const AudioInfo &in = audio.source;
    return {
        {"file", in.path},
        {"input",
         {{"sampleRateHz", in.sampleRateHz},
          {"channels", in.channels},
          {"frames", in.frames},
          {"durationSeconds", in.durationSeconds},
          {"format", in.format},
          {"subtype", in.subtype}}},
        {"clampedSamples", audio.clampedSamples},
        {"hopSeconds", hop / rate},
        {"shape", {segments.size(), config.freqBins, config.frameColumns}},
        {"segments", segs},
        {"featureConfig", nlohmann::ordered_json::parse(config.toJson())},
        {"emolensVersion", kVersion},
    };
}

} // namespace

int runFeatures(const std::vector<std::string> &argv)
{
    const Args args(argv, {"--hop", "--out", "--max-duration", "--resample"}, {"--info"});
    if (args.positionals().size() != 1)
        throw UsageError("features takes exactly one input file");
    if (!args.has("--out") && !args.has("--info"))
        throw UsageError("features needs --out OUT.npy, --info, or both");
    const std::string input = args.positionals().front();

    const FeatureConfig config; // the paper's front end; one source of truth
    const int hop = hopFromSeconds(args, config);
    AudioLoadOptions options;
    options.targetRateHz = config.sampleRateHz;
    options.quality = parseQuality(args.valueOr("--resample", "best"));
    if (const auto cap = args.number("--max-duration")) {
        if (*cap <= 0)
            throw UsageError("--max-duration must be positive");
        options.maxDurationSeconds = *cap;
    }

    const AudioBuffer audio = loadAudio(input, options);
    const auto segments = segmentSignal(static_cast<std::int64_t>(audio.samples.size()), config.segmentSamples, hop);
    const nlohmann::ordered_json info = describe(audio, segments, hop, config);

    if (const auto out = args.value("--out")) {
        FrontEnd frontEnd(config);
        NpyWriter writer(*out, {static_cast<std::int64_t>(segments.size()), config.freqBins, config.frameColumns});
        ConsoleProgress bar("features", "segments");
        installCancelHandler();
        frontEnd.forEachSegment(
            audio.samples, hop,
            [&](std::size_t i, const Segment &, const float *matrix) {
                writer.write(matrix, static_cast<std::size_t>(config.matrixSize()));
                bar.update(static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(segments.size()));
            },
            {}, &cancelToken());
        bar.finish();
        writer.finish();
        // The .npy holds numbers only; its sidecar says which protocol made them.
        const std::string sidecar = *out + ".json";
        std::ofstream meta(sidecar);
        meta << info.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        if (!meta)
            throwIo(sidecar, "cannot write the metadata sidecar");
        std::cerr << "wrote " << *out << ": " << segments.size() << " x " << config.freqBins << " x "
                  << config.frameColumns << " float32 (metadata in " << sidecar << ")\n";
    }
    if (args.has("--info"))
        std::cout << info.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return 0;
}

} // namespace emolens::cli
