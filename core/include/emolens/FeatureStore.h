#pragma once
/// \file FeatureStore.h
/// Features of corpus utterances, computed once and reused across epochs, folds
/// and runs. Entries are keyed by the audio file's content (a 64-bit hash of its
/// bytes), the utterance's region, the FeatureConfig and the hop, so an edited
/// file or a changed front end never reuses stale features. Two tiers: an
/// in-memory LRU bounded in bytes, and an optional on-disk cache directory
/// (one file per entry, written atomically) that persists between runs, so a
/// corpus the size of IEMOCAP trains from disk within a fixed memory budget.
/// Thread-safe: get() and prefetch() may be called from several threads.

#include "emolens/Audio.h"
#include "emolens/Corpus.h"
#include "emolens/FeatureConfig.h"
#include "emolens/FrontEnd.h"
#include "emolens/Progress.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace emolens {

/// All segments of one utterance at one hop. Short utterances give one
/// zero-padded segment (Segment::paddedSamples says how much).
struct UtteranceFeatures {
    int matrixSize = 0; ///< floats per segment (freqBins x frameColumns)
    std::int64_t signalSamples = 0;
    std::vector<Segment> segments;
    std::vector<float> values; ///< segments x matrixSize
    const float *matrix(std::size_t segment) const
    {
        return values.data() + segment * static_cast<std::size_t>(matrixSize);
    }
    std::size_t bytes() const { return values.size() * sizeof(float) + segments.size() * sizeof(Segment); }
};

struct FeatureStoreOptions {
    std::string cacheDir; ///< empty: memory only
    /// LRU bound for the in-memory tier. 256 MiB holds all of EmoDB (535 files: 171 MB); a
    /// corpus the size of IEMOCAP (3.2 GB of features) trains from the disk tier (page cache)
    /// instead, at the same speed, so training at batch 64 stays within 3 GiB resident
    /// (512 MiB reached 3.15 GiB over 10 000 segments).
    std::size_t memoryBudgetBytes = std::size_t(256) << 20;
    ResampleQuality resampleQuality = ResampleQuality::SincBest;
    /// Part of every cache key: features cached under another numerics version
    /// (another front end or library version) are computed again. Default: this
    /// build's featureNumericsVersion().
    std::string numericsVersion;
};

struct FeatureStoreStats {
    std::int64_t memoryHits = 0, diskHits = 0, computed = 0;
    std::size_t bytesInMemory = 0;
};

class FeatureStore {
public:
    /// Throws Error(BadInput) for an invalid config, Error(Io) when the cache
    /// directory cannot be created.
    explicit FeatureStore(const FeatureConfig &config, FeatureStoreOptions options = {});
    ~FeatureStore();
    FeatureStore(const FeatureStore &) = delete;
    FeatureStore &operator=(const FeatureStore &) = delete;

    const FeatureConfig &config() const;
    const FeatureStoreOptions &options() const;

    /// Features of \p utterance at \p hopSamples: from memory, disk, or computed.
    /// Throws Error(BadInput) naming the audio file when it cannot be read.
    std::shared_ptr<const UtteranceFeatures> get(const Utterance &utterance, int hopSamples);

    /// Computes (or finds) every utterance's features on \p threads threads
    /// (<= 0: one per core), so a later get() is a cache hit. Progress is the
    /// fraction of utterances done; \p cancel is checked between utterances.
    void prefetch(const std::vector<Utterance> &utterances, int hopSamples, int threads = 0,
                  const ProgressFn &progress = {}, const CancelToken *cancel = nullptr);

    FeatureStoreStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Default on-disk cache: $XDG_CACHE_HOME/emolens/features, else ~/.cache/emolens/features.
std::string defaultFeatureCacheDir();

} // namespace emolens
