// The front end against hand-checkable signals and against an independent
// double-precision DFT of the same specification (docs/FRONTEND.md).
#include "TestAudio.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace emolens;

namespace {
constexpr int kRows = 400, kCols = 200, kFrames = 197;

/// The spec written out directly: symmetric Hamming, zero-padded naive DFT in
/// double, |X|, peak normalisation, mu-law. Shares no code with core.
std::vector<double> referenceSegment(const std::vector<float> &x)
{
    std::vector<double> cosTable(1600), sinTable(1600), window(640);
    for (int i = 0; i < 1600; ++i) {
        cosTable[i] = std::cos(2.0 * M_PI * i / 1600.0);
        sinTable[i] = std::sin(2.0 * M_PI * i / 1600.0);
    }
    for (int n = 0; n < 640; ++n)
        window[n] = 0.54 - 0.46 * std::cos(2.0 * M_PI * n / 639.0);
    std::vector<double> m(kRows * kCols, 0.0);
    double peak = 0.0;
    std::vector<double> frame(640);
    for (int f = 0; f < kFrames; ++f) {
        for (int n = 0; n < 640; ++n) {
            const std::size_t i = static_cast<std::size_t>(160 * f + n);
            frame[n] = (i < x.size() ? x[i] : 0.0) * window[n];
        }
        for (int k = 0; k < kRows; ++k) {
            double re = 0.0, im = 0.0;
            for (int n = 0; n < 640; ++n) {
                const int phase = (k * n) % 1600;
                re += frame[n] * cosTable[phase];
                im -= frame[n] * sinTable[phase];
            }
            m[k * kCols + f] = std::hypot(re, im);
            peak = std::max(peak, m[k * kCols + f]);
        }
    }
    for (double &v : m)
        v = peak > 0 ? std::log1p(255.0 * v / peak) / std::log1p(255.0) : 0.0;
    return m;
}
} // namespace

class TestFrontEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreThePapers()
    {
        const FeatureConfig c;
        QCOMPARE(c.framesPerSegment(), 197);
        QCOMPARE(c.binHz(), 10.0);
        QCOMPARE(c.matrixSize(), 80000);
        QVERIFY(c.validate().empty());
    }

    void sinePeaksAtRow100()
    {
        FrontEnd fe;
        const auto x = test::sine(1000.0, 2.0, 16000);
        std::vector<float> m(kRows * kCols);
        fe.computeSegment(x.data(), static_cast<std::int64_t>(x.size()), m.data());
        for (int f = 0; f < kFrames; ++f)
            QCOMPARE(test::argmaxRow(m.data(), kRows, kCols, f), 100); // 1000 Hz / 10 Hz per bin
        for (int f = kFrames; f < kCols; ++f)
            for (int k = 0; k < kRows; ++k)
                QCOMPARE(m[k * kCols + f], 0.0f);
        const float peak = *std::max_element(m.begin(), m.end());
        QCOMPARE(peak, 1.0f); // the peak maps to F(1) = 1 exactly
        QVERIFY(*std::min_element(m.begin(), m.end()) >= 0.0f);
    }

    void silenceIsZeroNotNaN()
    {
        FrontEnd fe;
        const std::vector<float> x(32000, 0.0f);
        std::vector<float> m(kRows * kCols, -1.0f);
        fe.computeSegment(x.data(), 32000, m.data());
        for (float v : m)
            QCOMPARE(v, 0.0f);
    }

    void matchesIndependentDft()
    {
        // Speech-like: a gliding harmonic series plus noise, so every bin has energy.
        std::mt19937 rng(7);
        std::normal_distribution<float> noise(0.0f, 0.02f);
        std::vector<float> x(32000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double t = static_cast<double>(i) / 16000.0, f0 = 120.0 + 40.0 * std::sin(2.0 * M_PI * 0.7 * t);
            double v = 0;
            for (int h = 1; h <= 12; ++h)
                v += std::sin(2.0 * M_PI * h * f0 * t) / h;
            x[i] = static_cast<float>(0.2 * v) + noise(rng);
        }
        FrontEnd fe;
        std::vector<float> m(kRows * kCols);
        fe.computeSegment(x.data(), 32000, m.data());
        const auto ref = referenceSegment(x);
        double worst = 0.0;
        for (std::size_t i = 0; i < m.size(); ++i)
            worst = std::max(worst, std::fabs(m[i] - ref[i]));
        // 1e-4: the agreement bound. Single-precision FFT magnitudes are
        // within ~1e-6 of the double DFT relative to the peak; mu-law's slope is at
        // most 255/ln(256) = 46, so differences stay near 5e-5 at worst.
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("max |diff| = %1").arg(worst)));
    }

    void shortSignalIsZeroPadded()
    {
        FrontEnd fe;
        const auto x = test::sine(500.0, 0.5, 16000); // 8000 samples, the rest of 2 s is zeros
        const SegmentFeatures features = fe.compute(x, 6400);
        QCOMPARE(features.segments.size(), std::size_t(1));
        QCOMPARE(features.segments[0].paddedSamples, std::int64_t(24000));
        const float *m = features.matrix(0);
        QCOMPARE(test::argmaxRow(m, kRows, kCols, 10), 50);
        // Frame 60 starts at 9600 > 8000: pure padding, so its column is silent
        // relative to the tone (mu-law of 0 is 0).
        for (int k = 0; k < kRows; ++k)
            QCOMPARE(m[k * kCols + 60], 0.0f);
    }

    void computeMatchesStreaming()
    {
        FrontEnd fe;
        const auto x = test::sine(300.0, 4.5, 16000);
        const SegmentFeatures all = fe.compute(x, 16000);
        QCOMPARE(all.segments.size(), std::size_t(4));
        std::size_t seen = 0;
        fe.forEachSegment(x, 16000, [&](std::size_t i, const Segment &s, const float *m) {
            QCOMPARE(s.startSample, all.segments[i].startSample);
            QVERIFY(std::equal(m, m + 80000, all.matrix(i)));
            ++seen;
        });
        QCOMPARE(seen, std::size_t(4));
    }

    void segmentsAreCutOnceForTheirUse()
    {
        FrontEnd fe;
        const auto x = test::sine(300.0, 4.5, 16000);
        const auto n = static_cast<std::int64_t>(x.size());
        const FeatureConfig &c = fe.config();
        QCOMPARE(fe.segment(n, SegmentUse::Training).size(),
                 segmentSignal(n, c.segmentSamples, c.trainHopSamples).size());
        const std::vector<Segment> plan = fe.segment(n, SegmentUse::Evaluation);
        QCOMPARE(plan.size(), segmentSignal(n, c.segmentSamples, c.evalHopSamples).size());
        // The planned segments give exactly what cutting at the hop gives.
        const SegmentFeatures byHop = fe.compute(x, c.evalHopSamples);
        std::size_t seen = 0;
        fe.forEachSegment(x, plan, [&](std::size_t i, const Segment &s, const float *m) {
            QCOMPARE(s.startSample, byHop.segments[i].startSample);
            QVERIFY(std::equal(m, m + c.matrixSize(), byHop.matrix(i)));
            ++seen;
        });
        QCOMPARE(seen, plan.size());
        // A segment that is not this signal's is refused, not read past the end.
        for (const Segment bad :
             {Segment{n, n + c.segmentSamples, c.segmentSamples}, Segment{0, 1000, 0},
              Segment{-1, c.segmentSamples - 1, 0}, Segment{n - 100, n - 100 + c.segmentSamples, 0}})
            QVERIFY_THROWS_EXCEPTION(Error, fe.forEachSegment(x, std::vector<Segment>{bad},
                                                              [](std::size_t, const Segment &, const float *) {}));
    }

    // Overlapping segments share their frames' FFTs; the result must be exactly what
    // each segment computed alone gives, including the final segment that ends at the
    // last sample off the frame grid, and at a hop that is not a multiple of the shift.
    void sharedFramesEqualSegmentsComputedAlone_data()
    {
        QTest::addColumn<int>("hop");
        QTest::newRow("0.4 s (test)") << 6400;
        QTest::newRow("1.0 s (train)") << 16000;
        QTest::newRow("off the frame grid") << 6401;
    }
    void sharedFramesEqualSegmentsComputedAlone()
    {
        QFETCH(int, hop);
        FrontEnd fe;
        std::mt19937 rng(3);
        std::normal_distribution<float> noise(0.0f, 0.05f);
        std::vector<float> x = test::sine(220.0, 7.3371, 16000, 0.4f); // 117 393 samples: not a multiple of 160
        for (auto &v : x)
            v += noise(rng);
        std::vector<float> alone(80000);
        std::size_t n = 0;
        fe.forEachSegment(x, hop, [&](std::size_t, const Segment &s, const float *m) {
            FrontEnd single;
            single.computeSegment(x.data() + s.startSample, s.endSample - s.startSample, alone.data());
            QVERIFY2(std::equal(m, m + 80000, alone.data()), qPrintable(QString("segment at %1").arg(s.startSample)));
            ++n;
        });
        QVERIFY(n >= 5);
    }

    // The μ-law pass has scalar, SSE2, AVX2 and AVX-512 forms, picked at run time
    // (EMOLENS_FRONTEND_SIMD forces one; a level the CPU lacks falls back to the widest
    // it has). Cached features must not depend on the machine: all give the same bits.
    void everySimdLevelGivesTheSameBits()
    {
        std::mt19937 rng(5);
        std::normal_distribution<float> noise(0.0f, 0.05f);
        std::vector<float> x = test::sine(330.0, 4.1234, 16000, 0.3f);
        for (auto &v : x)
            v += noise(rng);
        auto features = [&](const char *level) {
            qputenv("EMOLENS_FRONTEND_SIMD", level);
            FrontEnd fe;
            std::vector<float> all = fe.compute(x, 6401).values; // on and off the frame grid
            const std::vector<float> shortOne(5000, 0.01f);
            const std::vector<float> padded = fe.compute(shortOne, 6400).values;
            all.insert(all.end(), padded.begin(), padded.end());
            return all;
        };
        const std::vector<float> scalar = features("scalar");
        for (const char *level : {"sse2", "avx2", "avx512", ""}) {
            const std::vector<float> other = features(level);
            QCOMPARE(other.size(), scalar.size());
            QVERIFY2(std::memcmp(other.data(), scalar.data(), scalar.size() * sizeof(float)) == 0, level);
        }
        qunsetenv("EMOLENS_FRONTEND_SIMD");
    }

    // The μ-law's fast logarithm against the spec in double, over the whole input range:
    // 2e-6 absolute on values in [0, 1] (float rounding of 1 + x and of the polynomial).
    void companderIsAccurate()
    {
        FrontEnd fe;
        std::vector<float> x(32000, 0.0f);
        std::mt19937 rng(9);
        std::uniform_real_distribution<float> u(-1.0f, 1.0f);
        for (auto &v : x)
            v = u(rng) * (u(rng) > 0.9f ? 1.0f : 1e-4f); // magnitudes over many decades
        std::vector<float> m(80000);
        fe.computeSegment(x.data(), 32000, m.data());
        const auto reference = referenceSegment(x);
        double worst = 0;
        for (int i = 0; i < 80000; ++i)
            worst = std::max(worst, std::abs(m[i] - reference[i]));
        QVERIFY2(worst < 2e-6, qPrintable(QString::number(worst)));
    }

    void cancelStops()
    {
        FrontEnd fe;
        CancelToken cancel{true};
        const auto x = test::sine(300.0, 4.0, 16000);
        QVERIFY_THROWS_EXCEPTION(Error, fe.compute(x, 6400, {}, &cancel));
    }

    void invalidConfigIsRefused()
    {
        FeatureConfig c;
        c.fftSize = 320; // shorter than the 640-sample window
        QVERIFY(!c.validate().empty());
        QVERIFY_THROWS_EXCEPTION(Error, FrontEnd{c});
    }

    void configJsonRoundTrip()
    {
        FeatureConfig c;
        c.evalHopSamples = 8000;
        c.muLaw = 100.0f;
        const FeatureConfig back = FeatureConfig::fromJson(c.toJson());
        QVERIFY(back == c);
        QVERIFY(c.toJson().find("hamming-symmetric") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(Error, FeatureConfig::fromJson("{\"window\": \"hann\"}"));
        QVERIFY_THROWS_EXCEPTION(Error, FeatureConfig::fromJson("{not json"));
    }
};

QTEST_GUILESS_MAIN(TestFrontEnd)
#include "tst_frontend.moc"
