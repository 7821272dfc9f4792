// The step arena (model/StepArena.h): offsets planned from a step's block lifetimes
// never overlap two blocks alive together; the range allocator takes, best-fits and
// merges; and training's allocator (model/BlockCache.h) follows the plan once two steps
// allocated alike, maps nothing more for such steps, keeps every tensor's contents when a
// step leaves the plan, and keeps other threads' blocks out of the planned range.
#include "model/BlockCache.h" // private: the training allocator
#include "model/StepArena.h" // private: the planner under test

#include <torch/torch.h>

#include <QTest>

#include <random>
#include <thread>

using namespace emolens;

namespace {

constexpr std::size_t kMiB = std::size_t(1) << 20;

/// Bytes alive at once, at most, over the step (a lower bound for any layout).
std::size_t peakLive(const std::vector<model::StepBlock> &blocks)
{
    std::size_t peak = 0;
    for (const auto &b : blocks) {
        if (b.end == model::StepBlock::kOpen)
            continue;
        std::size_t live = 0; // at b's allocation
        for (const auto &o : blocks)
            if (o.end != model::StepBlock::kOpen && o.begin <= b.begin && b.begin < o.end)
                live += o.size;
        peak = std::max(peak, live);
    }
    return peak;
}

/// A step's pattern of large tensors: sizes in floats, and which to free after each allocation.
struct Pattern {
    std::vector<std::int64_t> floats;
    std::vector<std::vector<std::size_t>> freeAfter; // by allocation: the tensors dropped after it
};

/// Runs \p p as one step: each tensor filled with its own value, every live one checked
/// after each allocation (a shared place would show). Returns false on a clobbered value.
bool runStep(const Pattern &p, float base)
{
    model::blockCacheStepBoundary();
    std::vector<torch::Tensor> live(p.floats.size());
    for (std::size_t i = 0; i < p.floats.size(); ++i) {
        live[i] = torch::empty({p.floats[i]});
        live[i].fill_(base + static_cast<float>(i));
        for (std::size_t j = 0; j <= i; ++j)
            if (live[j].defined() && (live[j].min().item<float>() != base + static_cast<float>(j) ||
                                      live[j].max().item<float>() != base + static_cast<float>(j)))
                return false;
        for (const std::size_t j : p.freeAfter[i])
            live[j] = torch::Tensor();
    }
    return true;
}

} // namespace

class TestStepArena : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Random steps: blocks alive together never share bytes, offsets are aligned, and
    // the extent stays near the step's peak of live bytes (greedy by size is not optimal,
    // but on these it is within a half of it).
    void plannedBlocksNeverOverlap()
    {
        std::mt19937 rng(7);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = 1 + static_cast<int>(rng() % 60);
            std::vector<model::StepBlock> blocks;
            std::vector<std::size_t> open;
            std::size_t clock = 0;
            for (int i = 0; i < n; ++i) {
                blocks.push_back({(1 + rng() % 64) * 4096, clock++, model::StepBlock::kOpen});
                open.push_back(blocks.size() - 1);
                while (!open.empty() && rng() % 3 == 0) { // free some, in any order
                    const std::size_t k = rng() % open.size();
                    blocks[open[k]].end = clock++;
                    open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
                }
            }
            for (std::size_t k = 0; k < open.size(); ++k) // most freed by the step's end, one left open
                if (k + 1 < open.size())
                    blocks[open[k]].end = clock++;
            std::size_t extent = 0;
            const auto offsets = model::planOffsets(blocks, 4096, extent);
            QCOMPARE(offsets.size(), blocks.size());
            for (std::size_t i = 0; i < blocks.size(); ++i) {
                QCOMPARE(offsets[i].has_value(), blocks[i].end != model::StepBlock::kOpen);
                if (!offsets[i])
                    continue;
                QCOMPARE(*offsets[i] % 4096, std::size_t(0));
                QVERIFY(*offsets[i] + blocks[i].size <= extent);
                for (std::size_t j = 0; j < i; ++j) {
                    if (!offsets[j] || !(blocks[i].begin < blocks[j].end && blocks[j].begin < blocks[i].end))
                        continue;
                    const bool apart =
                        *offsets[i] + blocks[i].size <= *offsets[j] || *offsets[j] + blocks[j].size <= *offsets[i];
                    QVERIFY2(apart, qPrintable(QStringLiteral("trial %1: blocks %2 and %3").arg(trial).arg(i).arg(j)));
                }
            }
            const std::size_t peak = peakLive(blocks);
            QVERIFY(extent >= peak);
            QVERIFY2(extent <= peak + peak / 2,
                     qPrintable(QStringLiteral("trial %1: %2 for a peak of %3").arg(trial).arg(extent).arg(peak)));
        }
    }

    void rangeAllocatorTakesFitsAndMerges()
    {
        model::RangeAllocator r(100);
        QVERIFY(r.takeAt(10, 20)); // [10, 30)
        QVERIFY(!r.takeAt(25, 10)); // overlaps it
        QVERIFY(!r.takeAt(95, 10)); // past the end
        QVERIFY(r.takeAt(60, 10)); // [60, 70): free parts [0,10) [30,60) [70,100)
        QCOMPARE(r.freeBytes(), std::size_t(70));
        QCOMPARE(r.takeBestFit(8).value(), std::size_t(0)); // the smallest part that holds it
        QCOMPARE(r.takeBestFit(25).value(), std::size_t(30)); // two parts of 30: the first
        QVERIFY(!r.takeBestFit(31).has_value()); // free: [8,10) [55,60) [70,100)
        r.give(10, 20);
        r.give(0, 8);
        r.give(30, 25); // all merge into [0, 60)
        QCOMPARE(r.takeBestFit(60).value(), std::size_t(0));
        r.give(0, 60);
        r.give(60, 10);
        QVERIFY(r.allFree());
        QVERIFY(r.takeAt(0, 100)); // all one part again
    }

    // Through LibTorch's allocator: from the third step alike on, every block is served at
    // its planned place and nothing is mapped; a step that allocates otherwise still gets
    // correct, separate tensors (from the arena's free parts or the cache); after the
    // scope the arena goes.
    void blockCacheFollowsTheStepPlan()
    {
        const Pattern step{{4 * kMiB / 4, 8 * kMiB / 4, 2 * kMiB / 4, 6 * kMiB / 4, 3 * kMiB / 4},
                           {{}, {0}, {}, {1, 2}, {3, 4}}};
        const Pattern other{{5 * kMiB / 4, 7 * kMiB / 4, 3 * kMiB / 4}, {{}, {}, {0, 1, 2}}}; // 15 MiB: fits
        {
            const model::BlockCacheScope scope;
            const auto start = model::blockCacheStats();
            QVERIFY(runStep(step, 1.0f));
            QVERIFY(runStep(step, 2.0f));
            QVERIFY(runStep(step, 3.0f)); // its boundary plans from steps 1 and 2
            auto s = model::blockCacheStats();
            QCOMPARE(s.plans, start.plans + 1);
            QVERIFY(s.arenaBytes >= 16 * kMiB); // the peak: 8 + 2 + 6 at once
            QVERIFY(s.arenaBytes <= 18 * kMiB); // in 2 MiB pages
            QCOMPARE(s.plannedHits, start.plannedHits + 5);
            const auto mapped = s.misses;
            QVERIFY(runStep(step, 4.0f));
            QVERIFY(runStep(other, 5.0f)); // leaves the plan at once
            QVERIFY(runStep(step, 6.0f));
            QVERIFY(runStep(step, 7.0f));
            s = model::blockCacheStats();
            QCOMPARE(s.plans, start.plans + 1); // a single other step does not replan
            QCOMPARE(s.plannedHits, start.plannedHits + 5 * 4);
            QCOMPARE(s.arenaHits, start.arenaHits + 3); // "other" fitted in the free arena
            QCOMPARE(s.misses, mapped); // nothing mapped since the plan

            // Another thread's block, alive through a planned step, comes from the cache: in
            // the range it would sit where the step's largest block is planned.
            torch::Tensor fromThread;
            std::thread([&] { fromThread = torch::full({static_cast<std::int64_t>(kMiB)}, 9.0f); }).join();
            QCOMPARE(model::blockCacheStats().arenaHits, s.arenaHits);
            QVERIFY(runStep(step, 8.0f));
            QCOMPARE(model::blockCacheStats().plannedHits, s.plannedHits + 5);
            QCOMPARE(fromThread.min().item<float>(), 9.0f);
            QCOMPARE(fromThread.max().item<float>(), 9.0f);
        }
        const auto after = model::blockCacheStats();
        QCOMPARE(after.arenaBytes, std::size_t(0));
        QCOMPARE(after.cachedBytes, std::size_t(0));
    }

    // A tensor that outlives its step in the arena (from a step off the plan) is kept:
    // the next steps avoid its bytes, and the arena outlives the scope until it is freed.
    void arenaBlocksMayOutliveStepsAndScopes()
    {
        const Pattern step{{4 * kMiB / 4, 8 * kMiB / 4}, {{}, {0, 1}}};
        torch::Tensor kept;
        {
            const model::BlockCacheScope scope;
            for (int i = 0; i < 3; ++i)
                QVERIFY(runStep(step, static_cast<float>(i)));
            QVERIFY(model::blockCacheStats().arenaBytes > 0);
            model::blockCacheStepBoundary();
            kept = torch::full({static_cast<std::int64_t>(3 * kMiB / 4)}, 42.0f); // off the plan: best fit in the arena
            for (int i = 0; i < 3; ++i)
                QVERIFY(runStep(step, 10.0f + static_cast<float>(i)));
            QCOMPARE(kept.min().item<float>(), 42.0f);
            QCOMPARE(kept.max().item<float>(), 42.0f);
        }
        QVERIFY(model::blockCacheStats().arenaBytes > 0); // kept is still in it
        QCOMPARE(kept.sum().item<double>(), 42.0 * static_cast<double>(3 * kMiB / 4));
        kept = torch::Tensor();
        QCOMPARE(model::blockCacheStats().arenaBytes, std::size_t(0));
    }

    // Inference's loose fit: a request more than a quarter smaller than every cached block
    // takes the smallest of them instead of mapping its own; outside it, a new mapping.
    void looseFitTakesALargerCachedBlock()
    {
        const model::BlockCacheScope scope;
        torch::empty({static_cast<std::int64_t>(8 * kMiB / 4)}); // freed at once: cached
        torch::empty({static_cast<std::int64_t>(16 * kMiB / 4)});
        auto s = model::blockCacheStats();
        QCOMPARE(s.cachedBytes, 24 * kMiB);
        {
            const model::BlockCacheLooseFit loose;
            auto t = torch::full({static_cast<std::int64_t>(3 * kMiB / 4)}, 5.0f);
            const auto after = model::blockCacheStats();
            QCOMPARE(after.misses, s.misses);
            QCOMPARE(after.hits, s.hits + 1);
            QCOMPARE(after.cachedBytes, 16 * kMiB); // the 8 MiB block: the smallest that holds it
            QCOMPARE(t.sum().item<double>(), 5.0 * static_cast<double>(3 * kMiB / 4));
        }
        s = model::blockCacheStats();
        auto t = torch::empty({static_cast<std::int64_t>(3 * kMiB / 4)});
        QCOMPARE(model::blockCacheStats().misses, s.misses + 1);
    }

    // A model kept for inference holds a scope as long as it lives: a training scope that
    // ends inside it gives back its cached blocks and its arena all the same, and the
    // allocator stays the cache until the outer scope ends too.
    void everyScopeEndGivesBackWhatItCached()
    {
        const Pattern step{{4 * kMiB / 4, 8 * kMiB / 4}, {{}, {0, 1}}};
        const model::BlockCacheScope outer; // the model's
        torch::Tensor live = torch::full({static_cast<std::int64_t>(2 * kMiB / 4)}, 7.0f);
        {
            const model::BlockCacheScope training;
            for (int i = 0; i < 3; ++i)
                QVERIFY(runStep(step, static_cast<float>(i)));
            QVERIFY(model::blockCacheStats().arenaBytes > 0);
            torch::empty({static_cast<std::int64_t>(16 * kMiB / 4)}); // freed at once: cached
            QVERIFY(model::blockCacheStats().cachedBytes >= 16 * kMiB);
        }
        auto s = model::blockCacheStats();
        QCOMPARE(s.cachedBytes, std::size_t(0));
        QCOMPARE(s.arenaBytes, std::size_t(0));
        QCOMPARE(live.max().item<float>(), 7.0f);
        // Still the cache's: a freed block is kept and serves the next request of its size.
        live = torch::Tensor();
        QCOMPARE(model::blockCacheStats().cachedBytes, 2 * kMiB);
        const std::size_t hits = model::blockCacheStats().hits;
        live = torch::empty({static_cast<std::int64_t>(2 * kMiB / 4)});
        QCOMPARE(model::blockCacheStats().hits, hits + 1);
    }
};

QTEST_APPLESS_MAIN(TestStepArena)
#include "tst_steparena.moc"
