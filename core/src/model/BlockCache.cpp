// The tensor block cache (BlockCache.h).
#include "model/BlockCache.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>
#include <torch/version.h>

#include <malloc.h>
#include <sys/mman.h>

#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

namespace emolens::model {

namespace {

constexpr std::size_t kSmallest = std::size_t(1) << 20; // below: malloc, as before
constexpr std::size_t kPage = 4096;
// Mapped blocks (live + cached) stay within the most ever live plus a headroom of
// max(25 %, 256 MiB). Exact-size reuse needed more blocks than the live peak (a size's
// blocks are busy at different times). Training at batch 64 (2.1 GB live): with no
// headroom it still mapped 4.7 GB afresh per step, with 25 % about 3.4 GB; only 2x would
// map nothing. Each fresh page is zero-filled by the kernel (clear_page: a fifth of a
// training run's samples in perf), so a request also takes a cached block up to a quarter
// larger: `bench_train speed 3 64` faulted 204 190 pages instead of 279 711, at the same
// peak (up to twice as large: 123 266 faults, but the peak grew 180 MB). The 256 MiB floor
// covers small runs (a few hundred MB live, as in inference at 16 segments: about 500 MB
// maps nothing per batch there).
double headroomBound(std::size_t highWater)
{
    const double h = static_cast<double>(highWater);
    return h + std::max(0.25 * h, 256.0 * 1024 * 1024);
}

// LibTorch 2.3 made Allocator::allocate non-const and added copy_data (pure virtual);
// Debian's 1.13 has the const allocate and no copy_data.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 3)
#define EMOLENS_ALLOCATOR_2_3 1
#define EMOLENS_ALLOCATE_CONST
#else
#define EMOLENS_ALLOCATE_CONST const
#endif

class BlockCache final : public c10::Allocator {
public:
    c10::DataPtr allocate(std::size_t bytes) EMOLENS_ALLOCATE_CONST override
    {
        if (bytes < kSmallest)
            return m_small->allocate(bytes);
        const std::size_t size = (bytes + kPage - 1) / kPage * kPage;
        void *p = take(size);
        return {p, p, &release, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }
#ifdef EMOLENS_ALLOCATOR_2_3
    void copy_data(void *dest, const void *src, std::size_t count) const override
    {
        std::memcpy(dest, src, count);
    }
#endif

    void releaseCached() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto &[size, p] : m_cached)
            munmap(p, size);
        m_cached.clear();
        m_stats.cachedBytes = 0;
    }

    BlockCacheStats stats() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stats;
    }

    static BlockCache &instance()
    {
        static BlockCache *cache = new BlockCache; // never destroyed: tensors may outlive static destructors
        return *cache;
    }

private:
    BlockCache() : m_small(c10::GetDefaultCPUAllocator()) { }

    void *take(std::size_t size) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        // The smallest cached block that holds \p size and wastes at most a quarter of it:
        // its pages are already resident, so taking it costs no page faults (the kernel
        // zero-fills every fresh page).
        if (auto it = m_cached.lower_bound(size); it != m_cached.end() && it->first <= size + size / 4) {
            const std::size_t blockSize = it->first;
            void *p = it->second;
            m_cached.erase(it);
            m_stats.cachedBytes -= blockSize;
            return live(p, blockSize, true);
        }
        // Within the headroom over the most ever live: unmap cached blocks of other sizes first.
        m_stats.highWaterBytes = std::max(m_stats.highWaterBytes, m_stats.liveBytes + size);
        const double bound = headroomBound(m_stats.highWaterBytes);
        while (!m_cached.empty() && static_cast<double>(m_stats.liveBytes + m_stats.cachedBytes + size) > bound)
            evictLargest();
        void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            while (!m_cached.empty())
                evictLargest();
            p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        }
        if (p != MAP_FAILED)
            madvise(p, size, MADV_HUGEPAGE); // 2 MB pages fault in 4x faster here (8.4 vs 1.9 GB/s); a hint only
        TORCH_CHECK(p != MAP_FAILED, "out of memory: could not map ", size, " bytes for a tensor");
        return live(p, size, false);
    }

    void *live(void *p, std::size_t size, bool hit) const
    {
        m_live.emplace(p, size);
        m_stats.liveBytes += size;
        ++(hit ? m_stats.hits : m_stats.misses);
        return p;
    }

    void evictLargest() const
    {
        auto last = std::prev(m_cached.end());
        munmap(last->second, last->first);
        m_stats.cachedBytes -= last->first;
        m_cached.erase(last);
    }

    static void release(void *p)
    {
        BlockCache &cache = instance();
        {
            std::lock_guard<std::mutex> lock(cache.m_mutex);
            if (auto it = cache.m_live.find(p); it != cache.m_live.end()) {
                cache.m_stats.liveBytes -= it->second;
                if (cache.m_scopes > 0) {
                    cache.m_cached.emplace(it->second, p);
                    cache.m_stats.cachedBytes += it->second;
                } else {
                    munmap(p, it->second); // freed after the last scope ended
                }
                cache.m_live.erase(it);
                return;
            }
        }
        cache.m_small->raw_deleter()(p); // a small block (raw interface)
    }

    c10::Allocator *m_small;
    mutable std::mutex m_mutex;
    mutable std::multimap<std::size_t, void *> m_cached; // size -> block
    mutable std::unordered_map<void *, std::size_t> m_live; // block -> size
    mutable BlockCacheStats m_stats;

public:
    /// Scopes alive (under m_mutex); the allocator is installed while > 0.
    void enter()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_scopes++ == 0)
            c10::SetCPUAllocator(this, /*priority=*/1);
    }
    void leave()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (--m_scopes > 0)
                return;
            c10::SetCPUAllocator(m_small, /*priority=*/1);
        }
        releaseCached();
    }

private:
    int m_scopes = 0;
};

} // namespace

void keepLargeBlocksInHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 1 << 30);
        mallopt(M_TRIM_THRESHOLD, 1 << 30); // nor give the heap top back, only to fault it in again next batch
    });
}

BlockCacheScope::BlockCacheScope()
{
    keepLargeBlocksInHeap(); // for the blocks below 1 MiB, left to malloc
    BlockCache::instance().enter();
}

BlockCacheScope::~BlockCacheScope()
{
    BlockCache::instance().leave();
}

BlockCacheStats blockCacheStats()
{
    return BlockCache::instance().stats();
}

} // namespace emolens::model
