#pragma once
// Private to core: where tensor memory comes from (BlockCache.cpp).
//
// A training step or an inference batch allocates the same large tensors in the same
// order every time. glibc either maps and zero-fills them afresh each time (above its
// mmap threshold: 4 KB page faults at 1.9 GB/s, a third of a step) or, with the
// threshold raised, serves them from a heap whose holes stop fitting (a training step
// with 2.2 GB live reached 4.2 GB resident). The block cache maps blocks of 1 MiB and
// more itself, with transparent huge pages, keeps freed ones mapped and hands each to
// the next request it holds with at most a quarter to spare (the smallest such block). The
// cache's mapped blocks stay within the most it ever had live plus max(25 %, 256 MiB)
// (cached blocks of other sizes are unmapped first); the end of every scope gives
// everything cached back to the kernel (the step arena below once its blocks are free).
// Smaller blocks stay with malloc. A model that runs inference on the CPU holds a scope
// as long as it lives (Network.cpp): its batches then reuse huge-page blocks instead of
// faulting in 4 KB pages of the heap on the first batch (a tenth to a fifth of a 2-minute
// predict here).
//
// Within a scope, training marks each step's start (blockCacheStepBoundary). Once two
// steps in a row allocated the same large blocks in the same order, their layout is
// planned in one range (StepArena.h) and later steps take their blocks at the planned
// places: no block is mapped or zero-filled afresh. A step that allocates otherwise (a
// smaller last batch, a validation pass) takes free parts of that range, then the cache.
// The cached blocks are unmapped when a plan is made (the range replaces them), and only
// the thread that marks steps uses the range: other threads' blocks come from the cache.

#include <cstddef>

namespace emolens::model {

struct BlockCacheStats {
    std::size_t liveBytes = 0; ///< in tensors now
    std::size_t cachedBytes = 0; ///< freed, kept mapped for reuse
    std::size_t highWaterBytes = 0; ///< the most ever live at once
    std::size_t hits = 0, misses = 0; ///< requests the cache served from its blocks, or mapped anew
    std::size_t arenaBytes = 0; ///< the step arena's size (0: no plan)
    std::size_t plannedHits = 0; ///< requests served at their planned place in the arena
    std::size_t arenaHits = 0; ///< other requests served from free parts of the arena
    std::size_t plans = 0; ///< step layouts planned
};

/// Raises glibc's mmap and trim thresholds (once per process): inference's few large
/// blocks per batch are then reused from its heap instead of mapped and zero-filled again
/// every batch (29 -> 14 ms per segment). Inference allocates few sizes, so the heap
/// does not fragment there; training does, hence the cache below.
void keepLargeBlocksInHeap();

/// While one is alive, the block cache is LibTorch's CPU allocator (training, and a
/// model's inference; nests and may be used from several threads). When one ends, every
/// cached block is unmapped and the step plan dropped; when the last ends, the default
/// allocator is back and blocks freed later are unmapped at once.
class BlockCacheScope {
public:
    BlockCacheScope();
    ~BlockCacheScope();
    BlockCacheScope(const BlockCacheScope &) = delete;
    BlockCacheScope &operator=(const BlockCacheScope &) = delete;
};

/// Whether models keep their inference memory in the cache (Network.h); false where
/// EMOLENS_INFERENCE_CACHE=0 (glibc's heap then, to measure what the cache buys).
bool inferenceBlockCacheEnabled();

/// While one is alive on this thread, a request that no cached block serves within a
/// quarter takes the smallest larger cached block before a new one is mapped. An inference
/// batch smaller than the ones before it (a file's last) then runs in their blocks: without
/// it, a last batch of 12 after batches of 16 mapped its own (+90 MiB peak on a 2-minute
/// file). Not for training: there a larger block counts whole and raises the headroom.
class BlockCacheLooseFit {
public:
    BlockCacheLooseFit();
    ~BlockCacheLooseFit();
    BlockCacheLooseFit(const BlockCacheLooseFit &) = delete;
    BlockCacheLooseFit &operator=(const BlockCacheLooseFit &) = delete;
};

/// A training step begins on this thread: see above. Nothing outside a scope.
void blockCacheStepBoundary();

BlockCacheStats blockCacheStats();

} // namespace emolens::model
