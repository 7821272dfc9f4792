// Segment starts per docs/FRONTEND.md, worked by hand for each duration and hop.
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"

#include <QTest>

using Starts = QList<qint64>;

class TestSegmentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void starts_data()
    {
        QTest::addColumn<qint64>("samples");
        QTest::addColumn<int>("hop");
        QTest::addColumn<Starts>("starts");
        QTest::addColumn<qint64>("padding"); // of the first segment
        const int train = 16000, test = 6400;
        // 0.5 s: shorter than a segment -> one segment, 24000 samples of zeros at the end.
        QTest::newRow("0.5s train") << qint64(8000) << train << Starts{0} << qint64(24000);
        QTest::newRow("0.5s test") << qint64(8000) << test << Starts{0} << qint64(24000);
        // 2 s: exactly one segment.
        QTest::newRow("2s train") << qint64(32000) << train << Starts{0} << qint64(0);
        QTest::newRow("2s test") << qint64(32000) << test << Starts{0} << qint64(0);
        // 2.3 s = 36800: the hop overshoots, so one more segment ends at N (start 4800).
        QTest::newRow("2.3s train") << qint64(36800) << train << Starts{0, 4800} << qint64(0);
        QTest::newRow("2.3s test") << qint64(36800) << test << Starts{0, 4800} << qint64(0);
        // 4.5 s = 72000: 0, 16000, 32000 end at 64000 < 72000 -> add 40000.
        QTest::newRow("4.5s train") << qint64(72000) << train << Starts{0, 16000, 32000, 40000} << qint64(0);
        // 0.4 s hop: 0 .. 38400 (7 starts, last ends at 70400) -> add 40000.
        QTest::newRow("4.5s test") << qint64(72000) << test << Starts{0, 6400, 12800, 19200, 25600, 32000, 38400, 40000}
                                   << qint64(0);
        // 10 s = 160000: 0 .. 128000 ends exactly at N -> no extra segment.
        QTest::newRow("10s train") << qint64(160000) << train
                                   << Starts{0, 16000, 32000, 48000, 64000, 80000, 96000, 112000, 128000} << qint64(0);
        Starts tenTest;
        for (qint64 s = 0; s <= 128000; s += 6400)
            tenTest << s; // 21 starts, the last ending at exactly 160000
        QTest::newRow("10s test") << qint64(160000) << test << tenTest << qint64(0);
    }
    void starts()
    {
        QFETCH(qint64, samples);
        QFETCH(int, hop);
        QFETCH(Starts, starts);
        QFETCH(qint64, padding);
        const auto segments = emolens::segmentSignal(samples, 32000, hop);
        Starts got;
        for (const auto &s : segments) {
            got << s.startSample;
            QCOMPARE(s.endSample, s.startSample + 32000);
        }
        QCOMPARE(got, starts);
        QCOMPARE(segments.front().paddedSamples, padding);
        // Every sample of the signal is covered by some segment.
        QVERIFY(segments.back().endSample >= samples);
    }

    void tenSecondsCounts()
    {
        QCOMPARE(emolens::segmentSignal(160000, 32000, 16000).size(), std::size_t(9));
        QCOMPARE(emolens::segmentSignal(160000, 32000, 6400).size(), std::size_t(21));
    }

    void badArguments()
    {
        QVERIFY_THROWS_EXCEPTION(emolens::Error, emolens::segmentSignal(1000, 32000, 0));
        QVERIFY_THROWS_EXCEPTION(emolens::Error, emolens::segmentSignal(1000, 0, 100));
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
