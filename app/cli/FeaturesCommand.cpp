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

struct FeaturesOptions {
    std::string input;
    std::string out;
    bool info = false;
    double hopSeconds = 0; ///< 0: the front end's evaluation hop
    double maxDurationSeconds = AudioLoadOptions{}.maxDurationSeconds;
    std::string resample = "best";
};

ResampleQuality parseQuality(const std::string &name)
{
    if (name == "medium")
        return ResampleQuality::SincMedium;
    if (name == "fastest")
        return ResampleQuality::SincFastest;
    return ResampleQuality::SincBest;
}

int hopSamples(double seconds, const FeatureConfig &config)
{
    if (seconds == 0)
        return config.hopSamples(SegmentUse::Evaluation);
    const double maxSeconds = static_cast<double>(config.segmentSamples) / config.sampleRateHz;
    const long samples = std::lround(seconds * config.sampleRateHz);
    if (samples <= 0 || seconds > maxSeconds)
        throw UsageError("--hop must be in (0, " + std::to_string(maxSeconds).substr(0, 4) +
                         "] seconds (a hop longer than a segment would skip audio)");
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

int runFeatures(const FeaturesOptions &o)
{
    if (o.out.empty() && !o.info)
        throw UsageError("features needs --out OUT.npy, --info, or both");
    const std::string &input = o.input;
    const FeatureConfig config; // the paper's front end; one source of truth
    const int hop = hopSamples(o.hopSeconds, config);
    AudioLoadOptions options;
    options.targetRateHz = config.sampleRateHz;
    options.quality = parseQuality(o.resample);
    options.maxDurationSeconds = o.maxDurationSeconds;

    const AudioBuffer audio = loadAudio(input, options);
    FrontEnd frontEnd(config);
    const std::vector<Segment> segments = frontEnd.segment(static_cast<std::int64_t>(audio.samples.size()), hop);
    const nlohmann::ordered_json info = describe(audio, segments, hop, config);

    if (!o.out.empty()) {
        const std::string *out = &o.out;
        NpyWriter writer(*out, {static_cast<std::int64_t>(segments.size()), config.freqBins, config.frameColumns});
        ConsoleProgress bar("features", "segments");
        installCancelHandler();
        frontEnd.forEachSegment(
            audio.samples, segments,
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
    if (o.info)
        std::cout << info.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return 0;
}

} // namespace

void addFeaturesCommand(CLI::App &app, Runner &run)
{
    auto o = std::make_shared<FeaturesOptions>();
    const FeatureConfig config;
    CLI::App *c = addCommand(app, run, "features", "compute the paper's 400x200 spectrogram features", o, runFeatures);
    setFooter(*c, "Loads IN (any format libsndfile reads; downmixed, resampled to " +
                      std::to_string(config.sampleRateHz / 1000) +
                      " kHz), cuts it into segments and computes each segment's " + std::to_string(config.freqBins) +
                      "x" + std::to_string(config.frameColumns) +
                      " mu-law spectrogram. --out writes float32 [segments, " + std::to_string(config.freqBins) + ", " +
                      std::to_string(config.frameColumns) +
                      "] in C order (numpy.load), plus OUT.npy.json with the segments and the FeatureConfig.");
    c->add_option("IN", o->input, "audio file")->required();
    c->add_option("--out", o->out, "write the features to OUT.npy");
    c->add_flag("--info", o->info, "print JSON: input rate, channels, duration, segment bounds");
    c->add_option("--hop", o->hopSeconds,
                  "seconds between segment starts (default " +
                      std::to_string(static_cast<double>(config.evalHopSamples) / config.sampleRateHz).substr(0, 3) +
                      ", the test/analysis hop; " +
                      std::to_string(static_cast<double>(config.trainHopSamples) / config.sampleRateHz).substr(0, 3) +
                      " is the training hop)")
        ->check(kPositive);
    c->add_option("--max-duration", o->maxDurationSeconds, "refuse files longer than this many seconds")
        ->check(kPositive)
        ->capture_default_str();
    c->add_option("--resample", o->resample, "libsamplerate sinc quality")
        ->check(CLI::IsMember({"best", "medium", "fastest"}))
        ->capture_default_str();
}

} // namespace emolens::cli
