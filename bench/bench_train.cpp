// Training benchmarks through the same trainModel() users run, on synthetic 2 s clips
// (noise-modulated tones, one training segment each).
//   bench_train speed BATCHES BATCH [DEVICE]
//     steps per second (forward, backward, SGD update) in both memory formats in float32
//     and channels_last in bfloat16 (the option), features in memory; the first epoch
//     warms up, the second is timed. One JSON object per run. DEVICE is --device's
//     text (auto, cpu, cuda, cuda:N; default cpu): scripts/gpu-check times a GPU.
//   bench_train memory SEGMENTS BATCH
//     one epoch of the default configuration over SEGMENTS clips, with the default
//     feature store (in-memory budget + a disk tier in a temporary folder), so a corpus
//     the size of IEMOCAP (~10 000 segments) shows whether features scale resident
//     memory. Peak RSS is measured around the process (scripts/bench: /usr/bin/time).
#include "emolens/Corpus.h"
#include "emolens/Device.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/Training.h"

#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using namespace emolens;

void syntheticCorpus(int count, std::vector<Utterance> &utterances, std::vector<int> &labels)
{
    const auto dir = std::filesystem::temp_directory_path() / "emolens-bench-train";
    std::filesystem::create_directories(dir);
    for (int i = 0; i < count; ++i) {
        const std::string path = (dir / ("clip" + std::to_string(i) + ".wav")).string();
        if (!std::filesystem::exists(path)) {
            SF_INFO info{};
            info.samplerate = 16000;
            info.channels = 1;
            info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
            SNDFILE *f = sf_open(path.c_str(), SFM_WRITE, &info);
            std::vector<float> x(32000);
            for (std::size_t n = 0; n < x.size(); ++n)
                x[n] = 0.3f * std::sin(2 * M_PI * (200 + 37 * (i % 20)) * n / 16000.0) +
                       0.01f * ((n * 7919 + i) % 101) / 101.0f;
            sf_write_float(f, x.data(), static_cast<sf_count_t>(x.size()));
            sf_close(f);
        }
        Utterance u;
        u.id = "clip" + std::to_string(i);
        u.audioPath = path;
        u.speaker = "s" + std::to_string(i % 4);
        utterances.push_back(u);
        labels.push_back(i % 4);
    }
}

/// \p only: every configuration when empty, else one of nchw-fp32, cl-fp32, cl-bf16 (to profile one).
int speed(int batches, int batchSize, const ComputeDevice &device, const std::string &only)
{
    std::vector<Utterance> utterances;
    std::vector<int> labels;
    syntheticCorpus(batches * batchSize, utterances, labels);
    FeatureStore store(FeatureConfig{});
    store.prefetch(utterances, FeatureConfig{}.trainHopSamples);
    struct Run {
        bool channelsLast;
        InferencePrecision precision;
    };
    for (const Run run : {Run{false, InferencePrecision::Float32}, Run{true, InferencePrecision::Float32},
                          Run{true, InferencePrecision::BFloat16}}) {
        const std::string name =
            std::string(run.channelsLast ? "cl-" : "nchw-") + precisionName(run.precision); // precisionName: fp32, bf16
        if (!only.empty() && only != name)
            continue;
        TrainingConfig config;
        // The first epoch warms up (oneDNN primitive caches; with 3 or more batches, the step
        // arena's plan: BlockCache.h); the second is timed.
        config.epochs = 2;
        config.batchSize = batchSize;
        config.channelsLast = run.channelsLast;
        config.precision = run.precision;
        AttentionPoolingCnn model(ModelConfig{}, 1);
        TrainOptions options;
        options.device = device;
        const TrainResult r = trainModel(model, store, utterances, labels, config, options);
        const double seconds = r.history.back().seconds;
        std::printf("{\"device\": \"%s\", \"format\": \"%s\", \"precision\": \"%s\", \"threads\": %d, "
                    "\"batch\": %d, \"segmentsPerSecond\": %.2f}\n",
                    device.name().c_str(), run.channelsLast ? "channels_last" : "nchw",
                    precisionName(run.precision).c_str(), computeThreads(), batchSize,
                    static_cast<double>(r.history.back().segments) / seconds);
        std::fflush(stdout);
    }
    return 0;
}

int memory(int segments, int batchSize)
{
    std::vector<Utterance> utterances;
    std::vector<int> labels;
    syntheticCorpus(segments, utterances, labels);
    const auto cache = std::filesystem::temp_directory_path() / "emolens-bench-train-cache";
    std::filesystem::remove_all(cache);
    FeatureStoreOptions options; // the default budget, with a disk tier as the CLI and GUI have
    options.cacheDir = cache.string();
    FeatureStore store(FeatureConfig{}, options);
    TrainingConfig config; // the default configuration (channels_last)
    config.epochs = 1;
    config.batchSize = batchSize;
    AttentionPoolingCnn model(ModelConfig{}, 1);
    const TrainResult r = trainModel(model, store, utterances, labels, config);
    std::printf("{\"segments\": %lld, \"batch\": %d, \"epochSeconds\": %.1f, \"featureMemoryBudgetMiB\": %zu, "
                "\"featureBytesInMemoryMiB\": %zu}\n",
                static_cast<long long>(r.trainingSegments), batchSize, r.history.back().seconds,
                options.memoryBudgetBytes >> 20, store.stats().bytesInMemory >> 20);
    std::filesystem::remove_all(cache);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    const int n = argc > 2 ? std::atoi(argv[2]) : 0;
    const int batch = argc > 3 ? std::atoi(argv[3]) : 64;
    const std::string only = argc > 5 ? argv[5] : "";
    if ((mode != "speed" && mode != "memory") || n <= 0 || batch <= 0 || (argc > 4 && mode != "speed") ||
        (!only.empty() && only != "nchw-fp32" && only != "cl-fp32" && only != "cl-bf16")) {
        std::fprintf(stderr, "usage: bench_train speed BATCHES [BATCH [DEVICE [nchw-fp32|cl-fp32|cl-bf16]]] | memory "
                             "SEGMENTS [BATCH]\n");
        return 2;
    }
    if (mode == "memory")
        return memory(n, batch);
    try {
        std::string why;
        const ComputeDevice device = chooseDevice(argc > 4 ? argv[4] : "cpu", &why);
        std::fprintf(stderr, "bench_train: computing on %s\n", why.c_str());
        return speed(n, batch, device, only);
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_train: %s\n", e.what());
        return 2;
    }
}
