// mu-law companding F(x) = sgn(x) ln(1 + mu|x|) / ln(1 + mu), mu = 255.
#include "emolens/FrontEnd.h"

#include <QTest>
#include <cmath>

using emolens::muLaw;

class TestMuLaw : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<float>("x");
        QTest::addColumn<float>("expected");
        QTest::newRow("zero") << 0.0f << 0.0f;
        QTest::newRow("one") << 1.0f << 1.0f;
        QTest::newRow("minus one") << -1.0f << -1.0f;
        // ln(1 + 255 * 0.5) / ln(256) = ln(128.5)/ln(256) = 4.855929/5.545177
        QTest::newRow("half") << 0.5f << 0.875703f;
    }
    void endpoints()
    {
        QFETCH(float, x);
        QFETCH(float, expected);
        // 1e-6: a few float ulps around 1.0; the formula is one log1p and a divide.
        QVERIFY2(std::fabs(muLaw(x, 255.0f) - expected) < 1e-6f, qPrintable(QString::number(muLaw(x, 255.0f), 'g', 9)));
    }

    void oddSymmetry()
    {
        for (int i = 0; i <= 1000; ++i) {
            const float x = static_cast<float>(i) / 1000.0f;
            QCOMPARE(muLaw(-x, 255.0f), -muLaw(x, 255.0f));
        }
    }

    void strictlyIncreasing()
    {
        float previous = muLaw(-1.0f, 255.0f);
        for (int i = -9999; i <= 10000; ++i) {
            const float value = muLaw(static_cast<float>(i) / 10000.0f, 255.0f);
            QVERIFY2(value > previous, qPrintable(QStringLiteral("not increasing at %1").arg(i)));
            previous = value;
        }
    }

    void liftsSmallValues()
    {
        // The reason for companding: small magnitudes move up towards the large ones.
        QVERIFY(muLaw(0.01f, 255.0f) > 0.2f);
        QVERIFY(muLaw(0.01f, 255.0f) < muLaw(0.02f, 255.0f));
    }
};

QTEST_GUILESS_MAIN(TestMuLaw)
#include "tst_mulaw.moc"
