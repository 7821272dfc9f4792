// Core's own threaded parts under contention: the feature store's prefetch pool and
// concurrent get() on one store (memory and disk tiers), a cancel token set from another
// thread while work runs, training handing its progress to a watcher thread, and the
// tensor block cache allocating from many threads. Each result must equal a
// single-threaded run's. The tsan preset runs this under ThreadSanitizer
// (scripts/test --tsan), where a data race fails it even when the values come out right.
#include "TestAudio.h"
#include "emolens/Error.h"
#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"
#include "emolens/Training.h"
#include "model/BlockCache.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

using namespace emolens;

class TestThreads : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Selection m_selection;

    std::string path(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }
    static constexpr int kHop = 6400;

    FeatureStoreOptions onDisk(const std::string &folder) const
    {
        FeatureStoreOptions o;
        o.cacheDir = path(folder);
        o.memoryBudgetBytes = std::size_t(8) << 20; // small: entries are evicted and read back from disk
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::filesystem::create_directories(path("corpus"));
        const std::string csv =
            test::writeSyntheticCorpus(path("corpus"), 3, 4, {"tonal", "noisy", "clicks"}, 2.0, true);
        Protocol p;
        p.classes = {"tonal", "noisy", "clicks"};
        m_selection = selectUtterances(readCorpus("csv:" + csv), p);
        QCOMPARE(m_selection.utterances.size(), std::size_t(36));
    }

    // Prefetch on four threads while three more threads get() the same utterances: every
    // entry is computed once or read back, and equals what one thread computes alone.
    void prefetchAndGetFromManyThreads()
    {
        const auto &utts = m_selection.utterances;
        FeatureStore alone(FeatureConfig{}, {});
        std::vector<std::vector<float>> expected;
        for (const auto &u : utts)
            expected.push_back(alone.get(u, kHop)->values);

        FeatureStore shared(FeatureConfig{}, onDisk("cache-many"));
        std::atomic<int> wrong{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t)
            readers.emplace_back([&, t] {
                for (std::size_t k = 0; k < utts.size(); ++k) {
                    const std::size_t i = (k * 7 + static_cast<std::size_t>(t) * 5) % utts.size();
                    if (shared.get(utts[i], kHop)->values != expected[i])
                        ++wrong;
                }
            });
        std::atomic<double> lastProgress{0.0};
        shared.prefetch(utts, kHop, 4, [&](double f) { lastProgress = f; });
        for (auto &t : readers)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(lastProgress.load(), 1.0);
        for (std::size_t i = 0; i < utts.size(); ++i)
            QVERIFY(shared.get(utts[i], kHop)->values == expected[i]);
        // A second store on the same disk cache reads what the first wrote, from many threads.
        FeatureStore reader(FeatureConfig{}, onDisk("cache-many"));
        reader.prefetch(utts, kHop, 4, {});
        QCOMPARE(reader.stats().computed, std::int64_t(0));
    }

    // A cancel set from another thread while the pool works stops every worker: prefetch
    // throws Cancelled, and the store stays usable.
    void cancelFromAnotherThread()
    {
        FeatureStore store(FeatureConfig{}, onDisk("cache-cancel"));
        CancelToken cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            cancel = true;
        });
        bool cancelled = false;
        try {
            store.prefetch(m_selection.utterances, kHop, 4, {}, &cancel);
        } catch (const Error &e) {
            cancelled = e.kind() == ErrorKind::Cancelled;
        }
        canceller.join();
        // On a very fast machine all 36 may be done in 30 ms; then nothing was left to cancel.
        QVERIFY(cancelled || store.stats().computed == std::int64_t(m_selection.utterances.size()));
        QVERIFY(!store.get(m_selection.utterances.front(), kHop)->values.empty());
    }

    // Training on its own thread hands progress and each finished epoch to a watcher; the
    // watcher cancels after the first epoch (as the window's Cancel does).
    void trainingHandsOffAndCancelsAcrossThreads()
    {
        FeatureStore store(FeatureConfig{}, {});
        std::vector<Utterance> utts;
        std::vector<int> labels;
        const std::vector<Fold> folds = planLeaveOneSpeakerOut(m_selection, {"s1"});
        for (const auto i : folds.front().train) {
            utts.push_back(m_selection.utterances[i]);
            labels.push_back(m_selection.classIndex[i]);
        }
        ModelConfig mc;
        mc.numClasses = 3;
        mc.conv1Channels = 4;
        mc.channels = {8, 8, 8, 8};
        TrainingConfig schedule;
        schedule.epochs = 5;
        schedule.batchSize = 4;
        schedule.learningRateDrops = {5};
        CancelToken cancel{false};
        std::atomic<int> epochsSeen{0}, progressCalls{0};
        TrainOptions options;
        options.cancel = &cancel;
        options.threads = 2;
        options.epochDone = [&](const EpochStats &) { ++epochsSeen; };
        options.progress = [&](const TrainProgress &) { ++progressCalls; };
        std::atomic<int> outcome{0}; // 1 finished, 2 cancelled, 3 other error
        std::thread worker([&] {
            AttentionPoolingCnn model(mc, 9);
            try {
                trainModel(model, store, utts, labels, schedule, options);
                outcome = 1;
            } catch (const Error &e) {
                outcome = e.kind() == ErrorKind::Cancelled ? 2 : 3;
            }
        });
        while (epochsSeen.load() < 1 && outcome.load() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        cancel = true;
        worker.join();
        QCOMPARE(outcome.load(), 2);
        QVERIFY(epochsSeen.load() >= 1 && epochsSeen.load() < 5);
        QVERIFY(progressCalls.load() > 0);
    }

    // The allocator under LibTorch's tensors while training runs: blocks taken and returned
    // by many threads at once come back whole and are never handed to two tensors.
    void blockCacheFromManyThreads()
    {
        model::BlockCacheScope scope;
        std::atomic<int> wrong{0};
        std::vector<std::thread> pool;
        for (int t = 0; t < 4; ++t)
            pool.emplace_back([&, t] {
                for (int round = 0; round < 100; ++round) {
                    // 1 MiB and up: the sizes the cache keeps (smaller ones stay with malloc)
                    const std::int64_t n = (std::int64_t(1) << 18) * (1 + (round * 37 + t * 11) % 4);
                    torch::Tensor block = torch::full({n}, static_cast<float>(t + round));
                    std::this_thread::yield();
                    if (!torch::equal(block, torch::full({n}, static_cast<float>(t + round))))
                        ++wrong;
                }
            });
        for (auto &t : pool)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(model::blockCacheStats().hits > 0); // the cache did serve them
    }
};

QTEST_GUILESS_MAIN(TestThreads)
#include "tst_threads.moc"
