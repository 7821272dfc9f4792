// Which map an overlay name draws and where its cells land: the analysis page's
// overlay logic without widgets (ui/analysis/OverlaySource.h).
#include "analysis/OverlaySource.h"

#include <QTest>

using namespace emolens;
using namespace emolens::ui;

namespace {

/// Two classes, a file of 6 columns and 2 map rows, and one segment starting at
/// 0.4 s with a 2 x 3 map; every value distinct so a wrong plane shows.
AttentionAnalysis smallAnalysis()
{
    AttentionAnalysis a;
    a.classes = {"neutral", "angry"};
    a.columnSeconds = 0.01;
    a.frameSeconds = 0.04;
    a.binHz = 10.0;
    a.mapStride = 4;
    a.columns = 6;
    a.mapRows = 2;
    a.segmentMapColumns = 3;
    for (int i = 0; i < 12; ++i)
        a.bottomUp.push_back(0.01f * static_cast<float>(i + 1));
    for (int i = 0; i < 24; ++i) {
        a.topDown.push_back(static_cast<float>(100 + i));
        a.contribution.push_back(static_cast<float>(1000 + i));
    }
    SegmentPrediction s;
    s.startSeconds = 0.4;
    s.endSeconds = 2.4;
    a.prediction.segments.push_back(s);
    AttentionAnalysis::SegmentDetail d;
    d.maps.height = 2;
    d.maps.width = 3;
    d.maps.classes = 2;
    d.maps.bottomUp = {0.5f, 0.25f, 0.125f, 0.0625f, 0.03125f, 0.03125f};
    for (int i = 0; i < 12; ++i)
        d.maps.topDown.push_back(static_cast<float>(i + 1));
    a.segmentDetails.push_back(d);
    return a;
}

} // namespace

class TestOverlaySource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesFollowThePooling()
    {
        ModelMetadata meta;
        meta.protocol.classes = {"neutral", "angry"};
        meta.model.pooling = "attention";
        QCOMPARE(overlayNamesFor(&meta), (QStringList{"none", "bottom-up", "top-down:neutral", "top-down:angry",
                                                      "contribution:neutral", "contribution:angry"}));
        meta.model.pooling = "average";
        QCOMPARE(overlayNamesFor(&meta), (QStringList{"none", "top-down:neutral", "top-down:angry"}));
        QCOMPARE(overlayNamesFor(nullptr), QStringList{"none"});
    }

    void fileMapsPickTheirClassPlane()
    {
        const AttentionAnalysis a = smallAnalysis();
        QVERIFY(!overlayImage(a, "none", -1));
        QVERIFY(!overlayImage(a, "top-down:happy", -1)); // a class the model lacks
        const auto t = overlayImage(a, "top-down:angry", -1);
        QVERIFY(t);
        QCOMPARE(t->rows, 2);
        QCOMPARE(t->columns, 6);
        QCOMPARE(t->values.front(), 112.0f); // plane 1 of topDown
        QCOMPARE(t->uniformCells, 0.0); // no uniform reference for T
        const auto c = overlayImage(a, "contribution:neutral", -1);
        QVERIFY(c);
        QCOMPARE(c->values.back(), 1011.0f);
        const auto b = overlayImage(a, "bottom-up", -1);
        QVERIFY(b);
        QCOMPARE(b->uniformCells, 6.0); // 2 map rows x 3 segment map columns
        // Column c centred at c x 10 ms + 20 ms; map row i at (4i + 2) x 10 Hz.
        QCOMPARE(b->firstSeconds, 0.02);
        QCOMPARE(b->lastSeconds, 0.07);
        QCOMPARE(b->firstHz, 20.0);
        QCOMPARE(b->lastHz, 60.0);
    }

    void segmentContributionIsTopDownTimesBottomUp()
    {
        const AttentionAnalysis a = smallAnalysis();
        const auto c = overlayImage(a, "contribution:angry", 0);
        QVERIFY(c);
        QCOMPARE(c->columns, 3);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(c->values[static_cast<std::size_t>(i)],
                     static_cast<float>(7 + i) * a.segmentDetails[0].maps.bottomUp[static_cast<std::size_t>(i)]);
        // Map column j covers the segment's frames 4j ... 4j + 3: centred at start + (4j + 2) x 10 ms + 20 ms.
        QCOMPARE(c->firstSeconds, 0.4 + 0.02 + 0.02);
        QVERIFY(qFuzzyCompare(c->lastSeconds, 0.4 + 0.10 + 0.02));
    }

    void missingMapsGiveNothing()
    {
        AttentionAnalysis a = smallAnalysis();
        a.segmentDetails[0].maps.bottomUp.clear(); // average pooling: no softmax(B)
        QVERIFY(!overlayImage(a, "bottom-up", 0));
        QVERIFY(!overlayImage(a, "contribution:angry", 0));
        QVERIFY(overlayImage(a, "top-down:angry", 0));
        a.segmentDetails[0].maps.topDown.resize(6); // one plane only: class 1 is absent
        QVERIFY(!overlayImage(a, "top-down:angry", 0));
    }
};

QTEST_GUILESS_MAIN(TestOverlaySource)
#include "tst_overlaysource.moc"
