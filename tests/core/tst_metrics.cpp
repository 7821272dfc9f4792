// WA/UA and the confusion matrix, on hand-worked examples.
#include "emolens/Error.h"
#include "emolens/Metrics.h"

#include <QTest>
#include <cmath>

using namespace emolens;

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handWorkedMatrix()
    {
        // truth A: 6 -> A, 2 -> B;  truth B: 1 -> A, 3 -> B;  truth C: 1 -> B, 1 -> C.
        ConfusionMatrix m({"A", "B", "C"});
        m.add(0, 0, 6);
        m.add(0, 1, 2);
        m.add(1, 0, 1);
        m.add(1, 1, 3);
        m.add(2, 1, 1);
        m.add(2, 2, 1);
        QCOMPARE(m.total(), std::int64_t(14));
        QCOMPARE(m.correct(), std::int64_t(10));
        QCOMPARE(m.support(0), std::int64_t(8));
        // WA = 10 / 14; recalls 6/8, 3/4, 1/2 -> UA = (0.75 + 0.75 + 0.5) / 3 = 2/3.
        QCOMPARE(m.weightedAccuracy(), 10.0 / 14.0);
        QCOMPARE(m.recall(0), 0.75);
        QCOMPARE(m.recall(2), 0.5);
        QCOMPARE(m.unweightedAccuracy(), 2.0 / 3.0);
        // WA and UA differ exactly when classes are imbalanced: the point of reporting both.
        QVERIFY(std::abs(m.weightedAccuracy() - m.unweightedAccuracy()) > 0.04);
    }

    void uaSkipsClassesAbsentFromTheTestSet()
    {
        ConfusionMatrix m({"A", "B", "C"});
        m.add(0, 0, 3);
        m.add(0, 2, 1); // predicted C, but no test utterance is C
        m.add(1, 1, 2);
        QVERIFY(std::isnan(m.recall(2)));
        QCOMPARE(m.classesPresent(), 2);
        QCOMPARE(m.unweightedAccuracy(), (0.75 + 1.0) / 2.0);
        QCOMPARE(m.weightedAccuracy(), 5.0 / 6.0);
    }

    void emptyMatrixIsNotAScore()
    {
        ConfusionMatrix m({"A", "B"});
        QVERIFY(std::isnan(m.weightedAccuracy()));
        QVERIFY(std::isnan(m.unweightedAccuracy()));
    }

    void poolingAddsCounts()
    {
        ConfusionMatrix a({"A", "B"}), b({"A", "B"});
        a.add(0, 0, 2);
        b.add(0, 1, 1);
        b.add(1, 1, 3);
        a.merge(b);
        QCOMPARE(a.total(), std::int64_t(6));
        QCOMPARE(a.count(0, 1), std::int64_t(1));
        QCOMPARE(a.weightedAccuracy(), 5.0 / 6.0);
        ConfusionMatrix other({"A", "C"});
        QVERIFY_THROWS_EXCEPTION(Error, a.merge(other));
        QVERIFY_THROWS_EXCEPTION(Error, a.add(2, 0));
    }

    void jsonRoundTrip()
    {
        ConfusionMatrix m({"neutral", "happy"});
        m.add(0, 1, 4);
        m.add(1, 1, 7);
        QCOMPARE(ConfusionMatrix::fromJson(m.toJson()), m);
        QVERIFY_THROWS_EXCEPTION(Error, ConfusionMatrix::fromJson(R"({"classes":["a","b"],"counts":[[1,2]]})"));
        QVERIFY_THROWS_EXCEPTION(Error, ConfusionMatrix::fromJson("{nope"));
    }

    void meanAndSampleSd()
    {
        const MeanSd r = meanAndSd({0.5, 0.7, std::nan("")});
        QCOMPARE(r.n, 2);
        QCOMPARE(r.mean, 0.6);
        QVERIFY(std::abs(r.sd - std::sqrt(0.02)) < 1e-12);
        QCOMPARE(meanAndSd({0.4}).sd, 0.0);
        QVERIFY(std::isnan(meanAndSd({}).mean));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
