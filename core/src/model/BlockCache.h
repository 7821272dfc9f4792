#pragma once
// Private to core: where tensor memory comes from (BlockCache.cpp).
//
// A training step or an inference batch allocates the same large tensors in the same
// order every time. glibc either maps and zero-fills them afresh each time (above its
// mmap threshold: 4 KB page faults at 1.9 GB/s, a third of a step) or, with the
// threshold raised, serves them from a heap whose holes stop fitting (a training step
// with 2.2 GB live reached 4.2 GB resident). The block cache maps blocks of 1 MiB and
// more itself, with transparent huge pages, keeps freed ones mapped by exact size and
// hands them to the next request of that size. Mapped memory stays within 1.25x the
// most ever live (cached blocks of other sizes are unmapped first); release() gives
// everything cached back to the kernel. Smaller blocks stay with malloc.

#include <cstddef>

namespace emolens::model {

struct BlockCacheStats {
    std::size_t liveBytes = 0;      ///< in tensors now
    std::size_t cachedBytes = 0;    ///< freed, kept mapped for reuse
    std::size_t highWaterBytes = 0; ///< the most ever live at once
    std::size_t hits = 0, misses = 0;
};

/// Installs the cache as LibTorch's CPU allocator (once per process) and raises glibc's
/// mmap and trim thresholds for the small blocks left to malloc. Tensors allocated
/// before keep their own deleter.
void useBlockCache();
/// Unmaps every cached block (after training: the GUI keeps running).
void releaseBlockCache();
BlockCacheStats blockCacheStats();

} // namespace emolens::model
