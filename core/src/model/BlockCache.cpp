// The tensor block cache (BlockCache.h).
#include "model/BlockCache.h"

#include "model/StepArena.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>
#include <torch/version.h>

#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace emolens::model {

namespace {

constexpr std::size_t kSmallest = std::size_t(1) << 20; // below: malloc, as before
constexpr std::size_t kPage = 4096;
constexpr std::size_t kHugePage = std::size_t(2) << 20;
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
thread_local int t_looseFit = 0; // BlockCacheLooseFit objects alive on this thread

/// False where the environment sets \p name to 0 (a switch to measure what a part buys).
bool switchedOn(const char *name)
{
    const char *v = std::getenv(name);
    return !(v && std::strcmp(v, "0") == 0);
}

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

/// A large block in a tensor now.
struct LiveBlock {
    static constexpr std::size_t kNone = ~std::size_t(0);
    std::size_t size = 0;
    bool inArena = false; // else mapped by the cache
    std::size_t generation = kNone; // the step recording it is in, if any
    std::size_t recorded = kNone; // its number there
};

class BlockCache final : public c10::Allocator {
public:
    c10::DataPtr allocate(std::size_t bytes) EMOLENS_ALLOCATE_CONST override
    {
        if (bytes < kSmallest)
            return m_small->allocate(bytes);
        const std::size_t size = (bytes + kPage - 1) / kPage * kPage;
        std::lock_guard<std::mutex> lock(m_mutex);
        LiveBlock block{size};
        if (m_stepping && std::this_thread::get_id() == m_stepThread) {
            block.generation = m_generation;
            block.recorded = m_recording.allocated(size);
        }
        void *p = fromArena(block);
        if (!p) {
            p = take(block.size); // may hand out a larger block: size then is the block's
            m_cacheLive += block.size;
        }
        m_live.emplace(p, block);
        m_stats.liveBytes += block.size;
        m_stats.highWaterBytes = std::max(m_stats.highWaterBytes, m_stats.liveBytes);
        return {p, p, &release, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }
#ifdef EMOLENS_ALLOCATOR_2_3
    void copy_data(void *dest, const void *src, std::size_t count) const override
    {
        std::memcpy(dest, src, count);
    }
#endif

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

    /// A place in the step arena for a block the stepping thread asks for (under m_mutex):
    /// the planned one while the step follows its plan, else the best fitting free part;
    /// nullptr where there is none.
    void *fromArena(LiveBlock &block) const
    {
        // Only the stepping thread's requests: another thread's (a parallel worker, a second
        // training) would take places the step's own blocks are planned for.
        if (!m_arena || block.generation != m_generation)
            return nullptr;
        const std::size_t j = block.recorded;
        std::optional<std::size_t> offset;
        if (!m_diverged && j < m_plan.size()) {
            if (m_planBlocks[j].size != block.size) {
                m_diverged = true; // not the planned step (a smaller last batch, a validation pass)
            } else if (!m_plan[j]) {
                return nullptr; // outlives the step (the next batch's input): the cache keeps those
            } else if (m_ranges.takeAt(*m_plan[j], block.size)) {
                offset = m_plan[j];
                ++m_stats.plannedHits;
            } else {
                m_diverged = true; // its place is taken
            }
        }
        if (!offset) {
            offset = m_ranges.takeBestFit(block.size);
            if (!offset)
                return nullptr;
            ++m_stats.arenaHits;
        }
        block.inArena = true;
        return m_arena + *offset;
    }

    /// A block of at least \p size from the cache, or freshly mapped (under m_mutex);
    /// \p size becomes the block's.
    void *take(std::size_t &size) const
    {
        // The smallest cached block that holds \p size and wastes at most a quarter of it:
        // its pages are already resident, so taking it costs no page faults (the kernel
        // zero-fills every fresh page). Inference (BlockCacheLooseFit): any larger one
        // rather than a new mapping.
        if (auto it = m_cached.lower_bound(size);
            it != m_cached.end() && (it->first <= size + size / 4 || t_looseFit > 0)) {
            const std::size_t blockSize = it->first;
            void *p = it->second;
            m_cached.erase(it);
            m_stats.cachedBytes -= blockSize;
            ++m_stats.hits;
            size = blockSize;
            return p;
        }
        // Within the headroom over the most ever live: unmap cached blocks of other sizes first.
        m_cacheHighWater = std::max(m_cacheHighWater, m_cacheLive + size);
        const double bound = headroomBound(m_cacheHighWater);
        while (!m_cached.empty() && static_cast<double>(m_cacheLive + m_stats.cachedBytes + size) > bound)
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
        ++m_stats.misses;
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
                const LiveBlock block = it->second;
                cache.m_live.erase(it);
                cache.m_stats.liveBytes -= block.size;
                if (block.generation == cache.m_generation && block.recorded != StepBlock::kOpen)
                    cache.m_recording.freed(block.recorded);
                if (block.inArena) {
                    cache.m_ranges.give(static_cast<std::size_t>(static_cast<char *>(p) - cache.m_arena), block.size);
                    if (cache.m_plan.empty() && cache.m_ranges.allFree())
                        cache.unmapArena(); // its last block, freed after the scope that planned it ended
                } else if (cache.m_scopes > 0) {
                    cache.m_cacheLive -= block.size;
                    cache.m_cached.emplace(block.size, p);
                    cache.m_stats.cachedBytes += block.size;
                } else {
                    cache.m_cacheLive -= block.size;
                    munmap(p, block.size); // freed after the last scope ended
                }
                return;
            }
        }
        cache.m_small->raw_deleter()(p); // a small block (raw interface)
    }

    void releaseCachedLocked() const
    {
        for (auto &[size, p] : m_cached)
            munmap(p, size);
        m_cached.clear();
        m_stats.cachedBytes = 0;
    }

    void unmapArena() const
    {
        if (m_arena)
            munmap(m_arena, m_ranges.extent());
        m_arena = nullptr;
        m_ranges = RangeAllocator();
        m_stats.arenaBytes = 0;
    }

    /// A plan from \p blocks and an arena for it, once every arena block is free
    /// (under m_mutex). Cached blocks are unmapped first: the arena replaces them.
    void replan(const std::vector<StepBlock> &blocks) const
    {
        if (m_arena && !m_ranges.allFree())
            return; // a block outlived its step there: try again at a later step
        std::size_t extent = 0;
        auto plan = planOffsets(blocks, kPage, extent);
        unmapArena();
        m_plan.clear();
        m_planBlocks = blocks; // planned (or found unplannable) once, not again every step
        if (extent == 0)
            return; // every large block outlives the step: the cache serves them, as before
        releaseCachedLocked();
        extent = (extent + kHugePage - 1) / kHugePage * kHugePage;
        // Aligned to 2 MB, so the whole range can be backed by huge pages.
        void *p = mmap(nullptr, extent + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return; // no plan: the cache serves the steps, as before
        const auto raw = reinterpret_cast<std::uintptr_t>(p);
        const std::uintptr_t aligned = (raw + kHugePage - 1) / kHugePage * kHugePage;
        if (aligned > raw)
            munmap(p, aligned - raw);
        if (const std::uintptr_t tail = raw + extent + kHugePage - (aligned + extent); tail > 0)
            munmap(reinterpret_cast<void *>(aligned + extent), tail);
        m_arena = reinterpret_cast<char *>(aligned);
        madvise(m_arena, extent, MADV_HUGEPAGE);
        m_ranges = RangeAllocator(extent);
        m_plan = std::move(plan);
        m_stats.arenaBytes = extent;
        ++m_stats.plans;
    }

    c10::Allocator *m_small;
    mutable std::mutex m_mutex;
    mutable std::multimap<std::size_t, void *> m_cached; // size -> block
    mutable std::unordered_map<void *, LiveBlock> m_live;
    mutable BlockCacheStats m_stats;
    mutable std::size_t m_cacheLive = 0, m_cacheHighWater = 0; // the cache's own blocks, for its headroom

    // The step arena (StepArena.h): the thread that marks steps, what its current and
    // previous steps allocated, the plan and where it is laid out.
    mutable bool m_stepping = false;
    mutable std::thread::id m_stepThread;
    mutable std::size_t m_generation = 0; // of m_recording
    mutable StepRecording m_recording;
    mutable std::vector<StepBlock> m_previous;
    mutable std::vector<StepBlock> m_planBlocks; // the step the plan was made from
    mutable std::vector<std::optional<std::size_t>> m_plan; // offsets, by block number
    mutable bool m_diverged = false; // this step left its plan
    mutable char *m_arena = nullptr;
    mutable RangeAllocator m_ranges;

public:
    /// Scopes alive (under m_mutex); the allocator is installed while > 0.
    void enter()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_scopes++ == 0)
            c10::SetCPUAllocator(this, /*priority=*/1);
    }
    /// Every scope's end gives back what the cache and the arena hold, not only the last's:
    /// a model kept for inference (its scope lives as long as it does) must not keep the
    /// gigabytes a training beside it cached.
    void leave()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (--m_scopes == 0)
            c10::SetCPUAllocator(m_small, /*priority=*/1);
        releaseCachedLocked();
        m_cacheHighWater = m_cacheLive; // the headroom starts again from what is live now
        m_stepping = false;
        m_recording.clear();
        m_previous.clear();
        m_planBlocks.clear();
        m_plan.clear();
        ++m_generation;
        if (m_ranges.allFree())
            unmapArena(); // else when its last block is freed
    }

    /// A training step begins on this thread (StepArena.h): when the step that just ended
    /// allocated exactly as the one before it, its layout becomes the plan for the next.
    void stepBoundary()
    {
        // EMOLENS_STEP_ARENA=0: no plans (the cache alone), to measure what they buy.
        static const bool enabled = switchedOn("EMOLENS_STEP_ARENA");
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_scopes == 0 || !enabled)
            return;
        const auto self = std::this_thread::get_id();
        if (!m_stepping || self != m_stepThread) { // the first step, or another thread's (one plans at a time)
            m_stepping = true;
            m_stepThread = self;
            m_previous.clear();
        } else {
            const auto &blocks = m_recording.blocks();
            if (!blocks.empty() && blocks == m_previous && blocks != m_planBlocks)
                replan(blocks);
            m_previous = blocks;
        }
        m_recording.clear();
        ++m_generation;
        m_diverged = false;
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

bool inferenceBlockCacheEnabled()
{
    static const bool enabled = switchedOn("EMOLENS_INFERENCE_CACHE");
    return enabled;
}

BlockCacheLooseFit::BlockCacheLooseFit()
{
    ++t_looseFit;
}

BlockCacheLooseFit::~BlockCacheLooseFit()
{
    --t_looseFit;
}

void blockCacheStepBoundary()
{
    BlockCache::instance().stepBoundary();
}

BlockCacheStats blockCacheStats()
{
    return BlockCache::instance().stats();
}

} // namespace emolens::model
