// The feature cache (FeatureStore) training and evaluation read from: it reuses what
// it may (memory, then disk) and recomputes what it must (another front end, other
// numerics, damaged entries, edited audio), and a tiny memory budget changes nothing
// but what it keeps.
#include "TestAudio.h"
#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <filesystem>

using namespace emolens;

class TestFeatureCache : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Selection m_selection;

    std::string path(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::filesystem::create_directories(path("corpus"));
        const auto csv = test::writeSyntheticCorpus(path("corpus"), 1, 1, {"tonal", "noisy"}, 2.0, false);
        Protocol p;
        p.classes = {"tonal", "noisy"};
        m_selection = selectUtterances(readCorpus("csv:" + csv), p);
        QCOMPARE(m_selection.utterances.size(), std::size_t(2));
    }

    void featureCacheReusesAndInvalidates()
    {
        const std::string cache = path("cache");
        FeatureStoreOptions o;
        o.cacheDir = cache;
        const Utterance u = m_selection.utterances[0];
        const int hop = FeatureConfig{}.evalHopSamples;
        std::vector<float> first;
        {
            FeatureStore store(FeatureConfig{}, o);
            first = store.get(u, hop)->values;
            store.get(u, hop);
            QCOMPARE(store.stats().computed, std::int64_t(1));
            QCOMPARE(store.stats().memoryHits, std::int64_t(1));
        }
        {
            FeatureStore store(FeatureConfig{}, o); // a later run: read from disk, identical
            QVERIFY(store.get(u, hop)->values == first);
            QCOMPARE(store.stats().diskHits, std::int64_t(1));
            QCOMPARE(store.stats().computed, std::int64_t(0));
        }
        {
            FeatureConfig other;
            other.muLaw = 100.0f; // another front end never reuses these features
            FeatureStore store(other, o);
            QVERIFY(store.get(u, hop)->values != first);
            QCOMPARE(store.stats().computed, std::int64_t(1));
        }
        {
            FeatureStoreOptions newer = o; // a front end (or libsndfile, libsamplerate, FFTW) of other numerics
            newer.numericsVersion = featureNumericsVersion() + " (changed)";
            FeatureStore store(FeatureConfig{}, newer);
            QVERIFY(store.get(u, hop)->values == first);
            QCOMPARE(store.stats().computed, std::int64_t(1));
            QCOMPARE(store.stats().diskHits, std::int64_t(0));
            QVERIFY(featureNumericsVersion().find("frontend " + std::to_string(kFrontEndVersion)) == 0);
        }
        // Damaged cache entries are recomputed, never trusted.
        for (const auto &e : std::filesystem::recursive_directory_iterator(cache))
            if (e.is_regular_file())
                test::writeBytes(e.path().string(), "garbage");
        {
            FeatureStore store(FeatureConfig{}, o);
            QVERIFY(store.get(u, hop)->values == first);
            QCOMPARE(store.stats().computed, std::int64_t(1));
        }
        // Changed audio content means new features, even at the same path and size.
        Utterance copy = u;
        copy.audioPath = path("edited.wav");
        test::writeAudio(copy.audioPath, test::sine(300, 2.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        FeatureStore store(FeatureConfig{}, o);
        const auto a = store.get(copy, hop)->values;
        test::writeAudio(copy.audioPath, test::sine(3000, 2.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        std::filesystem::last_write_time(copy.audioPath,
                                         std::filesystem::last_write_time(copy.audioPath) + std::chrono::seconds(2));
        QVERIFY(store.get(copy, hop)->values != a);
        // A tiny memory budget still works (entries are evicted, results unchanged).
        FeatureStoreOptions tiny;
        tiny.memoryBudgetBytes = 1;
        FeatureStore small(FeatureConfig{}, tiny);
        QVERIFY(small.get(u, hop)->values == first);
        small.get(m_selection.utterances[1], hop);
        QVERIFY(small.stats().bytesInMemory < 2 * first.size() * sizeof(float));
        QVERIFY(small.get(u, hop)->values == first);
    }
};

QTEST_GUILESS_MAIN(TestFeatureCache)
#include "tst_featurecache.moc"
