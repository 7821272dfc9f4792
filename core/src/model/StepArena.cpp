// A memory layout planned from one training step (StepArena.h).
#include "model/StepArena.h"

#include <algorithm>
#include <numeric>

namespace emolens::model {

namespace {

std::size_t alignUp(std::size_t n, std::size_t alignment)
{
    return (n + alignment - 1) / alignment * alignment;
}

bool overlapInTime(const StepBlock &a, const StepBlock &b)
{
    return a.begin < b.end && b.begin < a.end;
}

} // namespace

std::vector<std::optional<std::size_t>> planOffsets(const std::vector<StepBlock> &blocks, std::size_t alignment,
                                                    std::size_t &extent)
{
    alignment = std::max<std::size_t>(1, alignment);
    std::vector<std::optional<std::size_t>> offsets(blocks.size());
    std::vector<std::size_t> order(blocks.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return blocks[a].size > blocks[b].size; });
    struct Placed {
        std::size_t offset, size;
    };
    std::vector<std::size_t> placed; // block numbers, in placing order
    std::vector<Placed> busy; // of the placed blocks that overlap the current one in time
    extent = 0;
    for (const std::size_t i : order) {
        const StepBlock &b = blocks[i];
        if (b.end == StepBlock::kOpen)
            continue;
        busy.clear();
        for (const std::size_t j : placed)
            if (overlapInTime(b, blocks[j]))
                busy.push_back({*offsets[j], blocks[j].size});
        std::sort(busy.begin(), busy.end(), [](const Placed &x, const Placed &y) { return x.offset < y.offset; });
        std::size_t candidate = 0;
        for (const Placed &p : busy) {
            if (candidate + b.size <= p.offset)
                break; // fits in the gap below p
            candidate = std::max(candidate, alignUp(p.offset + p.size, alignment));
        }
        offsets[i] = candidate;
        extent = std::max(extent, alignUp(candidate + b.size, alignment));
        placed.push_back(i);
    }
    return offsets;
}

RangeAllocator::RangeAllocator(std::size_t extent) : m_extent(extent), m_freeBytes(extent)
{
    if (extent > 0)
        m_free.emplace(0, extent);
}

bool RangeAllocator::takeAt(std::size_t offset, std::size_t size)
{
    if (size == 0 || offset > m_extent || size > m_extent - offset)
        return false;
    auto it = m_free.upper_bound(offset); // the first free part starting after offset
    if (it == m_free.begin())
        return false;
    --it; // the free part starting at or before offset
    const std::size_t start = it->first, length = it->second;
    if (offset + size > start + length)
        return false; // [offset, offset + size) is not all inside it
    m_free.erase(it);
    if (offset > start)
        m_free.emplace(start, offset - start);
    if (start + length > offset + size)
        m_free.emplace(offset + size, start + length - (offset + size));
    m_freeBytes -= size;
    return true;
}

std::optional<std::size_t> RangeAllocator::takeBestFit(std::size_t size)
{
    if (size == 0)
        return std::nullopt;
    auto best = m_free.end();
    for (auto it = m_free.begin(); it != m_free.end(); ++it)
        if (it->second >= size && (best == m_free.end() || it->second < best->second))
            best = it;
    if (best == m_free.end())
        return std::nullopt;
    const std::size_t offset = best->first;
    takeAt(offset, size);
    return offset;
}

void RangeAllocator::give(std::size_t offset, std::size_t size)
{
    if (size == 0)
        return;
    std::size_t start = offset, end = offset + size;
    auto next = m_free.lower_bound(offset);
    if (next != m_free.end() && next->first == end) { // merge with the free part after
        end += next->second;
        next = m_free.erase(next);
    }
    if (next != m_free.begin()) {
        auto prev = std::prev(next);
        if (prev->first + prev->second == start) { // and the one before
            start = prev->first;
            m_free.erase(prev);
        }
    }
    m_free.emplace(start, end - start);
    m_freeBytes += size;
}

std::size_t StepRecording::allocated(std::size_t size)
{
    m_blocks.push_back(StepBlock{size, m_clock++, StepBlock::kOpen});
    return m_blocks.size() - 1;
}

void StepRecording::freed(std::size_t block)
{
    if (block < m_blocks.size())
        m_blocks[block].end = m_clock++;
}

void StepRecording::clear()
{
    m_blocks.clear();
    m_clock = 0;
}

} // namespace emolens::model
