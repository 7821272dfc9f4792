// FeatureStore: memory LRU over an optional on-disk cache. Disk entries are
// "<key>.emf" files: magic, header, segment table, float32 values, and a
// trailing FNV-1a checksum; anything that does not verify is recomputed.
#include "emolens/FeatureStore.h"
#include "emolens/Digest.h"
#include "emolens/Error.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <list>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>

namespace fs = std::filesystem;

namespace emolens {

std::string defaultFeatureCacheDir()
{
    if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "emolens" / "features").string();
    if (const char *home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".cache" / "emolens" / "features").string();
    return (fs::temp_directory_path() / "emolens-features").string();
}

namespace {

constexpr char kMagic[8] = {'E', 'M', 'O', 'L', 'F', 'E', 'A', '1'};

std::string hex(std::uint64_t v)
{
    char s[17];
    std::snprintf(s, sizeof s, "%016llx", static_cast<unsigned long long>(v));
    return s;
}

template <typename T> void put(std::string &out, const T &v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

template <typename T> bool take(const std::string &in, std::size_t &pos, T &v)
{
    if (pos + sizeof v > in.size())
        return false;
    std::memcpy(&v, in.data() + pos, sizeof v);
    pos += sizeof v;
    return true;
}

} // namespace

struct FeatureStore::Impl {
    FeatureConfig config;
    FeatureStoreOptions options;
    std::string configJson;

    mutable std::mutex mutex;
    using Entry = std::pair<std::string, std::shared_ptr<const UtteranceFeatures>>;
    std::list<Entry> lru; // front = most recent
    std::unordered_map<std::string, std::list<Entry>::iterator> index;
    std::size_t bytes = 0;
    FeatureStoreStats stats;
    std::string keyOf(const Utterance &u, int hop)
    {
        std::ostringstream s;
        s.precision(17);
        s << hex(fileContentDigest(u.audioPath)) << '|' << u.startSeconds << '|' << u.endSeconds << '|' << hop << '|'
          << configJson << '|' << static_cast<int>(options.resampleQuality) << '|'
          << (options.numericsVersion.empty() ? featureNumericsVersion() : options.numericsVersion);
        const std::string text = s.str();
        return hex(fnv1a64(text.data(), text.size())) + hex(fnv1a64(text.data(), text.size(), 0x84222325cbf29ce4ULL));
    }

    std::shared_ptr<const UtteranceFeatures> lookup(const std::string &key)
    {
        std::lock_guard lock(mutex);
        auto it = index.find(key);
        if (it == index.end())
            return nullptr;
        lru.splice(lru.begin(), lru, it->second);
        ++stats.memoryHits;
        return it->second->second;
    }

    void remember(const std::string &key, std::shared_ptr<const UtteranceFeatures> f)
    {
        std::lock_guard lock(mutex);
        if (index.count(key))
            return;
        bytes += f->bytes();
        lru.emplace_front(key, std::move(f));
        index[key] = lru.begin();
        while (bytes > options.memoryBudgetBytes && lru.size() > 1) {
            bytes -= lru.back().second->bytes();
            index.erase(lru.back().first);
            lru.pop_back(); // still alive while a caller holds it
        }
    }

    fs::path diskPath(const std::string &key) const
    {
        return fs::path(options.cacheDir) / key.substr(0, 2) / (key + ".emf");
    }

    std::shared_ptr<const UtteranceFeatures> readDisk(const std::string &key)
    {
        if (options.cacheDir.empty())
            return nullptr;
        std::ifstream in(diskPath(key), std::ios::binary);
        if (!in)
            return nullptr;
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (data.size() < sizeof kMagic + 8 || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
            return nullptr;
        std::uint64_t stored = 0;
        std::memcpy(&stored, data.data() + data.size() - 8, 8);
        if (fnv1a64(data.data(), data.size() - 8) != stored)
            return nullptr; // torn or corrupted entry: recompute
        auto f = std::make_shared<UtteranceFeatures>();
        std::size_t pos = sizeof kMagic;
        std::int32_t matrixSize = 0;
        std::int64_t signalSamples = 0, count = 0;
        if (!take(data, pos, matrixSize) || !take(data, pos, signalSamples) || !take(data, pos, count) ||
            matrixSize != config.matrixSize() || count < 0)
            return nullptr;
        f->matrixSize = matrixSize;
        f->signalSamples = signalSamples;
        f->segments.resize(static_cast<std::size_t>(count));
        for (auto &s : f->segments)
            if (!take(data, pos, s.startSample) || !take(data, pos, s.endSample) || !take(data, pos, s.paddedSamples))
                return nullptr;
        const std::size_t floats = static_cast<std::size_t>(count) * static_cast<std::size_t>(matrixSize);
        if (pos + floats * sizeof(float) + 8 != data.size())
            return nullptr;
        f->values.resize(floats);
        std::memcpy(f->values.data(), data.data() + pos, floats * sizeof(float));
        std::lock_guard lock(mutex);
        ++stats.diskHits;
        return f;
    }

    void writeDisk(const std::string &key, const UtteranceFeatures &f)
    {
        if (options.cacheDir.empty())
            return;
        std::string data(kMagic, sizeof kMagic);
        put(data, static_cast<std::int32_t>(f.matrixSize));
        put(data, f.signalSamples);
        put(data, static_cast<std::int64_t>(f.segments.size()));
        for (const auto &s : f.segments) {
            put(data, s.startSample);
            put(data, s.endSample);
            put(data, s.paddedSamples);
        }
        data.append(reinterpret_cast<const char *>(f.values.data()), f.values.size() * sizeof(float));
        put(data, fnv1a64(data.data(), data.size()));
        const fs::path target = diskPath(key);
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        // A unique temporary per writer, then an atomic rename: concurrent runs never see half a file.
        const fs::path part =
            target.string() + ".part" + std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
        {
            std::ofstream out(part, std::ios::binary | std::ios::trunc);
            out.write(data.data(), static_cast<std::streamsize>(data.size()));
            if (!out)
                throwIo(part.string(), "cannot write feature cache entry (disk full?)");
        }
        fs::rename(part, target, ec);
        if (ec)
            throwIo(target.string(), "cannot write feature cache entry (" + ec.message() + ")");
    }

    std::shared_ptr<const UtteranceFeatures> compute(const Utterance &u, int hop, FrontEnd &frontEnd)
    {
        AudioLoadOptions load;
        load.targetRateHz = config.sampleRateHz;
        load.quality = options.resampleQuality;
        load.startSeconds = u.startSeconds;
        load.endSeconds = u.endSeconds;
        const AudioBuffer audio = loadAudio(u.audioPath, load);
        auto f = std::make_shared<UtteranceFeatures>();
        SegmentFeatures s = frontEnd.compute(audio.samples, hop);
        f->matrixSize = config.matrixSize();
        f->signalSamples = static_cast<std::int64_t>(audio.samples.size());
        f->segments = std::move(s.segments);
        f->values = std::move(s.values);
        std::lock_guard lock(mutex);
        ++stats.computed;
        return f;
    }

    std::shared_ptr<const UtteranceFeatures> get(const Utterance &u, int hop, FrontEnd *frontEnd)
    {
        if (hop <= 0)
            throwBadInput({}, "feature hop must be positive");
        const std::string key = keyOf(u, hop);
        if (auto f = lookup(key))
            return f;
        auto f = readDisk(key);
        if (!f) {
            std::unique_ptr<FrontEnd> own; // plans are made only when something must be computed
            if (!frontEnd)
                frontEnd = (own = std::make_unique<FrontEnd>(config)).get();
            f = compute(u, hop, *frontEnd);
            writeDisk(key, *f);
        }
        remember(key, f);
        return f;
    }
};

FeatureStore::FeatureStore(const FeatureConfig &config, FeatureStoreOptions options) : d(std::make_unique<Impl>())
{
    config.requireValid();
    d->config = config;
    d->options = std::move(options);
    d->configJson = config.toJson();
    if (!d->options.cacheDir.empty()) {
        std::error_code ec;
        fs::create_directories(d->options.cacheDir, ec);
        if (ec || !fs::is_directory(d->options.cacheDir))
            throwIo(d->options.cacheDir,
                    "cannot create the feature cache directory" + (ec ? " (" + ec.message() + ")" : std::string()));
    }
}

FeatureStore::~FeatureStore() = default;

const FeatureConfig &FeatureStore::config() const
{
    return d->config;
}

const FeatureStoreOptions &FeatureStore::options() const
{
    return d->options;
}

std::shared_ptr<const UtteranceFeatures> FeatureStore::get(const Utterance &utterance, int hopSamples)
{
    return d->get(utterance, hopSamples, nullptr);
}

void FeatureStore::prefetch(const std::vector<Utterance> &utterances, int hopSamples, int threads,
                            const ProgressFn &progress, const CancelToken *cancel)
{
    const int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::exception_ptr error;
    // The calling thread works too and is the only one that reports progress,
    // so callbacks stay on the caller's thread.
    auto work = [&](bool reports) {
        try {
            FrontEnd frontEnd(d->config);
            for (std::size_t i = next++; i < utterances.size(); i = next++) {
                if ((cancel && cancel->load()) || failed.load())
                    return;
                d->get(utterances[i], hopSamples, &frontEnd);
                const std::size_t finished = ++done;
                if (reports && progress)
                    progress(static_cast<double>(finished) / static_cast<double>(utterances.size()));
            }
        } catch (...) {
            std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(work, false);
    work(true);
    for (auto &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
    throwIfCancelled(cancel);
    if (progress) // the helpers may have done the last items (or all of them, from the cache)
        progress(1.0);
}

FeatureStoreStats FeatureStore::stats() const
{
    std::lock_guard lock(d->mutex);
    FeatureStoreStats s = d->stats;
    s.bytesInMemory = d->bytes;
    return s;
}

} // namespace emolens
