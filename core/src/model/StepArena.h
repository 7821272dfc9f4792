#pragma once
// Private to core: a memory layout planned from one training step, for the next ones
// (StepArena.cpp; the block cache, BlockCache.cpp, uses it).
//
// A training step allocates the same large blocks in the same order every time. Served
// from a cache of freed blocks, a step still needs blocks the cache does not hold at that
// moment (its blocks are busy at other times), and each fresh page is zero-filled by the
// kernel: clear_page was 15 % of a training run's samples. Knowing every block's size and
// lifetime in a step, the blocks can be laid out once in one range whose size is about
// the step's peak of live bytes, and every later step served from it: nothing is mapped,
// nothing zero-filled.
//
// Plain C++: no torch, no system calls; the cache maps the range.

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

namespace emolens::model {

/// One large block of a step: its size and when it lived (event numbers of the step;
/// \c end is kOpen for a block still live when the step ended).
struct StepBlock {
    static constexpr std::size_t kOpen = ~std::size_t(0);
    std::size_t size = 0;
    std::size_t begin = 0;
    std::size_t end = kOpen;
    bool operator==(const StepBlock &o) const { return size == o.size && begin == o.begin && end == o.end; }
};

/// Offsets for \p blocks (in allocation order) such that no two blocks that live at the
/// same time overlap, every offset a multiple of \p alignment; blocks still open at the
/// step's end are left out (nullopt). Greedy by size: the largest first, each at the
/// lowest offset that fits among those already placed. \p extent: the range's size.
std::vector<std::optional<std::size_t>> planOffsets(const std::vector<StepBlock> &blocks, std::size_t alignment,
                                                    std::size_t &extent);

/// Which parts of [0, extent) are free: taking a given part, the best fitting free
/// part, and giving parts back (merged with free neighbours).
class RangeAllocator {
public:
    explicit RangeAllocator(std::size_t extent = 0);

    /// Takes [offset, offset + size) if all of it is free.
    bool takeAt(std::size_t offset, std::size_t size);
    /// Takes the start of the smallest free part that holds \p size, if any.
    std::optional<std::size_t> takeBestFit(std::size_t size);
    void give(std::size_t offset, std::size_t size);

    std::size_t extent() const { return m_extent; }
    std::size_t freeBytes() const { return m_freeBytes; }
    bool allFree() const { return m_freeBytes == m_extent; }

private:
    std::size_t m_extent;
    std::size_t m_freeBytes;
    std::map<std::size_t, std::size_t> m_free; // offset -> size, none adjacent
};

/// One step's large allocations, as they happen.
class StepRecording {
public:
    /// Returns the block's number within the step.
    std::size_t allocated(std::size_t size);
    void freed(std::size_t block);
    const std::vector<StepBlock> &blocks() const { return m_blocks; }
    void clear();

private:
    std::vector<StepBlock> m_blocks;
    std::size_t m_clock = 0;
};

} // namespace emolens::model
