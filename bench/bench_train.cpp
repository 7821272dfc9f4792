// Training-step throughput of the attention-pooling CNN: forward, backward and
// an SGD update on a batch of 400x200 inputs, through the same trainModel()
// users run (synthetic in-memory corpus, features cached in memory), in both
// memory formats. Prints one JSON object per format.
// Usage: bench_train [BATCHES] [BATCH_SIZE]
#include "emolens/Corpus.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/Training.h"

#include <sndfile.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    using namespace emolens;
    const int batches = argc > 1 ? std::atoi(argv[1]) : 4;
    const int batchSize = argc > 2 ? std::atoi(argv[2]) : 64;
    // 2 s clips of noise-modulated tones, one training segment each.
    const auto dir = std::filesystem::temp_directory_path() / "emolens-bench-train";
    std::filesystem::create_directories(dir);
    std::vector<Utterance> utterances;
    std::vector<int> labels;
    for (int i = 0; i < batches * batchSize; ++i) {
        const std::string path = (dir / ("clip" + std::to_string(i) + ".wav")).string();
        if (!std::filesystem::exists(path)) {
            SF_INFO info{};
            info.samplerate = 16000;
            info.channels = 1;
            info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
            SNDFILE *f = sf_open(path.c_str(), SFM_WRITE, &info);
            std::vector<float> x(32000);
            for (std::size_t n = 0; n < x.size(); ++n)
                x[n] = 0.3f * std::sin(2 * M_PI * (200 + 37 * (i % 20)) * n / 16000.0) + 0.01f * ((n * 7919 + i) % 101) / 101.0f;
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
    FeatureStore store(FeatureConfig{});
    store.prefetch(utterances, FeatureConfig{}.trainHopSamples);
    for (bool channelsLast : {false, true}) {
        TrainingConfig config;
        config.epochs = 2; // the first epoch warms up (oneDNN primitive caches); the second is timed
        config.batchSize = batchSize;
        config.channelsLast = channelsLast;
        AttentionPoolingCnn model(ModelConfig{}, 1);
        const TrainResult r = trainModel(model, store, utterances, labels, config);
        const double seconds = r.history.back().seconds;
        std::printf("{\"format\": \"%s\", \"threads\": %d, \"batch\": %d, \"segmentsPerSecond\": %.2f}\n",
                    channelsLast ? "channels_last" : "nchw", computeThreads(), batchSize,
                    static_cast<double>(r.history.back().segments) / seconds);
    }
    return 0;
}
