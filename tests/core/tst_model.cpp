// The attention-pooling CNN: shapes, the pooling definitions, inference, attention,
// seeding, config. The training step is in tst_trainstep.cpp.
#include "TestAudio.h"
#include "emolens/Attention.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"
#include "emolens/Model.h"
#include "model/BlockCache.h" // private: where inference memory comes from
#include "model/Network.h" // private: to fix the bottom-up map to a constant

#include <QTest>
#include <array>
#include <cmath>
#include <numeric>
#include <random>

using namespace emolens;

namespace {
/// The paper's layers with fewer channels: quick on 2 cores.
ModelConfig narrowModel()
{
    ModelConfig mc;
    mc.conv1Channels = 4;
    mc.channels = {6, 8, 8, 10};
    return mc;
}

using test::randomInputs;

// 2e-5: float sums over 4851 positions of O(1) values; torch and this loop add in different orders.
constexpr double kSumTolerance = 2e-5;
} // namespace

class TestModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setComputeThreads(0); }

    void shapesAndBottomUpSumsToOne()
    {
        AttentionPoolingCnn net;
        QCOMPARE(net.config().mapHeight(), 99);
        QCOMPARE(net.config().mapWidth(), 49);
        const auto x = randomInputs(2);
        const ModelOutput out = net.forward(x.data(), 2, true);
        QCOMPARE(out.logits.size(), std::size_t(8));
        QCOMPARE(out.maps.size(), std::size_t(2));
        for (const AttentionMaps &m : out.maps) {
            QCOMPARE(m.height, 99);
            QCOMPARE(m.width, 49);
            QCOMPARE(m.topDown.size(), std::size_t(4 * 99 * 49));
            const double total = std::accumulate(m.bottomUp.begin(), m.bottomUp.end(), 0.0);
            QVERIFY2(std::abs(total - 1.0) < 1e-5, qPrintable(QString::number(total, 'g', 10)));
        }
    }

    void logitsArePooledClassMaps()
    {
        AttentionPoolingCnn net;
        const auto x = randomInputs(1);
        const ModelOutput out = net.forward(x.data(), 1, true);
        const AttentionMaps &m = out.maps[0];
        const std::size_t hw = m.bottomUp.size();
        for (int k = 0; k < 4; ++k) {
            double logit = 0;
            for (std::size_t i = 0; i < hw; ++i)
                logit += double(m.topDown[k * hw + i]) * m.bottomUp[i];
            QVERIFY(std::abs(logit - out.logits[std::size_t(k)]) < kSumTolerance);
        }
    }

    void constantBottomUpIsAveragePooling()
    {
        AttentionPoolingCnn net;
        {
            torch::NoGradGuard noGrad;
            auto &bottomUp = net.impl().net->bottomUpConv;
            bottomUp->weight.zero_();
            bottomUp->bias.fill_(0.7f); // any constant: softmax of a constant is uniform
        }
        const auto x = randomInputs(1, 9);
        const ModelOutput out = net.forward(x.data(), 1, true);
        const AttentionMaps &m = out.maps[0];
        const std::size_t hw = std::size_t(m.height) * m.width;
        for (int k = 0; k < 4; ++k) {
            const double mean =
                std::accumulate(m.topDown.begin() + k * hw, m.topDown.begin() + (k + 1) * hw, 0.0) / double(hw);
            QVERIFY(std::abs(mean - out.logits[std::size_t(k)]) < kSumTolerance);
        }
    }

    void otherPoolings_data()
    {
        QTest::addColumn<QString>("pooling");
        QTest::newRow("average") << "average";
        QTest::newRow("max") << "max";
    }
    void otherPoolings()
    {
        QFETCH(QString, pooling);
        ModelConfig c;
        c.pooling = pooling.toStdString();
        AttentionPoolingCnn net(c);
        const auto x = randomInputs(1);
        const ModelOutput out = net.forward(x.data(), 1, true);
        const AttentionMaps &m = out.maps[0];
        QVERIFY(m.bottomUp.empty());
        const std::size_t hw = std::size_t(m.height) * m.width;
        for (int k = 0; k < 4; ++k) {
            const auto first = m.topDown.begin() + k * hw, last = first + hw;
            const double expected = pooling == QLatin1String("max") ? *std::max_element(first, last)
                                                                    : std::accumulate(first, last, 0.0) / double(hw);
            QVERIFY(std::abs(expected - out.logits[std::size_t(k)]) < kSumTolerance);
        }
    }

    void kernelShapesForTheSweep_data()
    {
        QTest::addColumn<int>("aHeight");
        QTest::addColumn<int>("bWidth");
        QTest::newRow("paper 10x2 / 2x8") << 10 << 8;
        QTest::newRow("odd 9 / 3") << 9 << 3;
        QTest::newRow("tall 20 / wide 12") << 20 << 12;
        QTest::newRow("small 2 / 2") << 2 << 2;
    }
    void kernelShapesForTheSweep()
    {
        QFETCH(int, aHeight);
        QFETCH(int, bWidth);
        ModelConfig c;
        c.conv1aHeight = aHeight;
        c.conv1bWidth = bWidth;
        AttentionPoolingCnn net(c);
        const auto x = randomInputs(1);
        const ModelOutput out = net.forward(x.data(), 1, true);
        QCOMPARE(out.maps[0].height, 99); // both branches meet at 399 x 199 whatever the kernels
        QCOMPARE(out.maps[0].width, 49);
    }

    // Cancel acts inside a training step: in backward (a token set after forward
    // stops backward before the gradients are complete) and in forward.
    void cancelActsInsideForwardAndBackward()
    {
        AttentionPoolingCnn net;
        model::Network &m = net.impl().net;
        m->train();
        const auto x = randomInputs(2);
        const auto input = torch::from_blob(const_cast<float *>(x.data()), {2, 1, 400, 200}).clone();
        CancelToken cancel{false};
        m->cancel = &cancel;
        const auto loss = m->forward(input).logits.sum();
        cancel = true;
        try {
            loss.backward();
            QFAIL("backward ignored the cancel");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        try {
            m->forward(input);
            QFAIL("forward ignored the cancel");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
        m->cancel = nullptr;
        m->forward(input); // no token: runs
    }

    // Inference runs with batch norm folded into the convolutions (channels_last):
    // the same function as the module's own eval forward, and folded again when a
    // weight changes in place (training, loading).
    void foldedInferenceMatchesTheModule()
    {
        AttentionPoolingCnn net(ModelConfig{}, 3);
        model::Network &m = net.impl().net;
        {
            torch::NoGradGuard guard; // batch-norm statistics that are not the identity
            for (auto &b : m->named_buffers())
                if (b.key().find("running_var") != std::string::npos)
                    b.value().uniform_(0.5, 2.0);
                else if (b.key().find("running_mean") != std::string::npos)
                    b.value().uniform_(-0.2, 0.2);
        }
        const auto x = randomInputs(3);
        auto reference = [&] {
            torch::NoGradGuard guard;
            m->eval();
            const auto input = torch::from_blob(const_cast<float *>(x.data()), {3, 1, 400, 200});
            const auto logits = m->forward(input).logits.contiguous();
            return std::vector<float>(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        };
        auto close = [](const std::vector<float> &a, const std::vector<float> &b) {
            for (std::size_t i = 0; i < a.size(); ++i)
                if (std::abs(a[i] - b[i]) > 1e-4f * std::max(1.0f, std::abs(b[i]))) // float sums in another order
                    return false;
            return a.size() == b.size();
        };
        const auto first = net.forward(x.data(), 3).logits;
        QVERIFY(close(first, reference()));
        {
            torch::NoGradGuard guard;
            m->named_parameters()["convs.0.weight"].mul_(-1.5);
        }
        const auto second = net.forward(x.data(), 3).logits;
        QVERIFY(!close(second, first));
        QVERIFY(close(second, reference()));
    }

    // A model running on the CPU keeps its batches' large blocks in the block cache while
    // it lives: the second batch of the same size maps nothing new, every large block comes
    // from the cache, and the model's end gives them back.
    void inferenceReusesItsBlocksWhileTheModelLives()
    {
        const auto x = randomInputs(2);
        {
            AttentionPoolingCnn net(ModelConfig{}, 3);
            const auto first = net.forward(x.data(), 2).logits;
            const auto before = model::blockCacheStats();
            const auto second = net.forward(x.data(), 2).logits;
            const auto after = model::blockCacheStats();
            QCOMPARE(second, first);
            QCOMPARE(after.misses, before.misses);
            QVERIFY(after.hits > before.hits);
            QVERIFY(after.cachedBytes > 0);
        }
        QCOMPARE(model::blockCacheStats().cachedBytes, std::size_t(0));
        QCOMPARE(model::blockCacheStats().liveBytes, std::size_t(0));
    }

    // bfloat16 inference is an option: close to float32 (bf16 has 8 mantissa bits:
    // 5e-2 on logits of order 1), but really computed in bf16 (not bit-equal), and
    // switching back gives float32 results again.
    void bfloat16InferenceIsCloseToFloat32()
    {
        AttentionPoolingCnn net(ModelConfig{}, 5);
        const auto x = randomInputs(2);
        const auto fp32 = net.forward(x.data(), 2).logits;
        net.setInferencePrecision(InferencePrecision::BFloat16);
        QCOMPARE(net.inferencePrecision(), InferencePrecision::BFloat16);
        const auto bf16 = net.forward(x.data(), 2).logits;
        QVERIFY(bf16 != fp32);
        for (std::size_t i = 0; i < fp32.size(); ++i)
            QVERIFY2(std::abs(bf16[i] - fp32[i]) < 5e-2f * std::max(1.0f, std::abs(fp32[i])),
                     qPrintable(QString("%1 vs %2").arg(bf16[i]).arg(fp32[i])));
        net.setInferencePrecision(InferencePrecision::Float32);
        QVERIFY(net.forward(x.data(), 2).logits == fp32);
        QCOMPARE(parsePrecision("bf16"), InferencePrecision::BFloat16);
        QVERIFY_THROWS_EXCEPTION(Error, parsePrecision("fp16"));
    }

    // The default precision: bfloat16 only on a CPU that runs it natively; float32 on
    // a GPU and on CPUs that would emulate it. "auto" resolves to it and says why;
    // "fp32"/"bf16" are taken as asked, anywhere.
    void precisionDefaultsToBfloat16OnlyWhereNative()
    {
        const ComputeDevice cpu, gpu{true, 0};
        const auto native = bfloat16IsNative() ? InferencePrecision::BFloat16 : InferencePrecision::Float32;
        QCOMPARE(defaultInferencePrecision(cpu), native);
        QCOMPARE(defaultInferencePrecision(gpu), InferencePrecision::Float32);
        std::string why;
        QCOMPARE(choosePrecision("auto", cpu, &why), native);
        QVERIFY2(why.rfind(precisionName(native) + " (auto: ", 0) == 0, why.c_str());
        QCOMPARE(choosePrecision("auto", gpu, &why), InferencePrecision::Float32);
        QCOMPARE(why, std::string("fp32 (auto: on a GPU)"));
        QCOMPARE(choosePrecision("bf16", gpu), InferencePrecision::BFloat16);
        QCOMPARE(choosePrecision("fp32", cpu, &why), InferencePrecision::Float32);
        QCOMPARE(why, std::string("fp32"));
        try {
            choosePrecision("fp16", cpu);
            QFAIL("fp16 accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("auto, fp32 or bf16") != std::string::npos, e.what());
        }
    }

    // The attention analysis hands over its spectrogram before the model runs (the GUI
    // draws it at once), then runs the model: every segment's probabilities equal a
    // forward pass of that segment alone, and the kept segments are the first ones.
    void attentionAnalysisShowsTheSpectrogramFirst()
    {
        AttentionPoolingCnn net(narrowModel(), 2);
        const FeatureConfig fc;
        std::mt19937 rng(4);
        std::normal_distribution<float> noise(0.0f, 0.1f);
        std::vector<float> signal(static_cast<std::size_t>(fc.sampleRateHz) * 9 + 1234); // 21 segments
        for (std::size_t i = 0; i < signal.size(); ++i)
            signal[i] = noise(rng) + 0.3f * std::sin(0.05f * static_cast<float>(i));
        int ready = 0, progressBeforeReady = 0, progressCalls = 0;
        AttentionAnalysis early;
        const AttentionAnalysis a = analyseAttention(
            net, fc, {"a", "b", "c", "d"}, signal, [&](double) { ++progressCalls; }, nullptr, 3,
            [&](const AttentionAnalysis &partial) {
                ++ready;
                progressBeforeReady = progressCalls;
                early = partial;
            });
        QCOMPARE(ready, 1);
        QCOMPARE(progressBeforeReady, 0);
        QVERIFY(early.prediction.segments.empty() && early.topDown.empty());
        QCOMPARE(early.columns, a.columns);
        QVERIFY(early.spectrogram == a.spectrogram);
        const SegmentFeatures f = FrontEnd(fc).compute(signal, fc.evalHopSamples);
        QCOMPARE(a.prediction.segments.size(), f.segments.size());
        QCOMPARE(a.segmentDetails.size(), std::size_t(3));
        QVERIFY(a.segmentDetails[2].matrix == std::vector<float>(f.matrix(2), f.matrix(2) + fc.matrixSize()));
        for (std::size_t i = 0; i < f.segments.size(); ++i) {
            const auto logits = net.forward(f.matrix(i), 1).logits;
            const float top = *std::max_element(logits.begin(), logits.end());
            double z = 0;
            for (float l : logits)
                z += std::exp(l - top);
            for (std::size_t k = 0; k < logits.size(); ++k)
                QVERIFY(std::abs(a.prediction.segments[i].probabilities[k] - std::exp(logits[k] - top) / z) < 1e-5);
        }
    }

    // Issue 12: a single hot map cell goes through the mapping onto the file's axes
    // and is found at its true time and frequency: map cell (i, j) of a segment is
    // its frames 4j..4j+3 and spectrogram rows 4i..4i+3 (not a 99/400, 49/200 stretch).
    void aHotMapCellLandsAtItsTimeAndFrequency()
    {
        AttentionPoolingCnn net(narrowModel(), 2);
        const FeatureConfig fc;
        const std::vector<float> signal(static_cast<std::size_t>(fc.sampleRateHz) * 5, 0.01f);
        const AttentionAnalysis a = analyseAttention(net, fc, {"a", "b", "c", "d"}, signal);
        QCOMPARE(a.mapRows, 99);
        QCOMPARE(a.segmentMapColumns, 49);
        const auto segments = segmentSignal(a.signalSamples, fc.segmentSamples, fc.evalHopSamples);
        const Segment &s = segments.at(3); // starts at 1.2 s
        QCOMPARE(s.startSample, std::int64_t(3 * 6400));
        const int hotRow = 10, hotColumn = 7;
        std::vector<float> map(static_cast<std::size_t>(a.mapRows) * a.segmentMapColumns, 0.0f);
        map[static_cast<std::size_t>(hotRow) * a.segmentMapColumns + hotColumn] = 1.0f;
        std::vector<double> sum(static_cast<std::size_t>(a.mapRows) * a.columns, 0.0);
        placeSegmentMap(a, s, fc.framesPerSegment(), map.data(), sum);
        std::vector<int> hotColumns;
        for (int r = 0; r < a.mapRows; ++r)
            for (int c = 0; c < a.columns; ++c)
                if (sum[static_cast<std::size_t>(r) * a.columns + c] != 0.0) {
                    QCOMPARE(r, hotRow);
                    hotColumns.push_back(c);
                }
        QCOMPARE(hotColumns, (std::vector<int>{148, 149, 150, 151})); // 1.2 s / 10 ms + frames 28..31
        // Time: those frames' windows are centred at 1.50 ... 1.53 s; the cell itself at 1.52 s.
        QVERIFY(std::abs(a.columnCentreSeconds(148) - 1.50) < 1e-9);
        QVERIFY(std::abs(a.segmentMapColumnSeconds(1.2, hotColumn) - 1.52) < 1e-9);
        // Frequency: map row 10 is spectrogram rows 40..43 (400-430 Hz), centred at 420 Hz.
        QVERIFY(std::abs(a.mapRowHz(hotRow) - 420.0) < 1e-9);
        QVERIFY(std::abs(a.mapRowHz(98) - 3940.0) < 1e-9);
        // The PNG overlay draws that map row over exactly those spectrogram rows.
        std::vector<float> plane(sum.begin(), sum.end());
        const RgbImage img = renderOverlay(a, plane.data(), a.mapRows, 1);
        auto pixel = [&](int row, int column) {
            const std::size_t at = (static_cast<std::size_t>(img.height - 1 - row) * img.width + column) * 3;
            return std::array<int, 3>{img.rgb[at], img.rgb[at + 1], img.rgb[at + 2]};
        };
        for (int row = 36; row < 48; ++row) {
            const bool hot = row >= 40 && row <= 43;
            QVERIFY2((pixel(row, 149) != pixel(row, 100)) == hot, qPrintable(QString("spectrogram row %1").arg(row)));
        }
        // The last map column takes the segment's last real frames (196-199), never beyond them.
        std::fill(map.begin(), map.end(), 0.0f);
        map[static_cast<std::size_t>(hotRow) * a.segmentMapColumns + 48] = 1.0f;
        std::fill(sum.begin(), sum.end(), 0.0);
        placeSegmentMap(a, segments.front(), fc.framesPerSegment(), map.data(), sum);
        int lastHot = -1, firstHot = -1;
        for (int c = 0; c < a.columns; ++c)
            if (sum[static_cast<std::size_t>(hotRow) * a.columns + c] != 0.0) {
                lastHot = c;
                firstHot = firstHot < 0 ? c : firstHot;
            }
        QCOMPARE(firstHot, 192);
        QCOMPARE(lastHot, fc.framesPerSegment() - 1); // frame 196, the last whole frame
    }

    void seeded()
    {
        const auto x = randomInputs(1);
        AttentionPoolingCnn a(ModelConfig{}, 42), b(ModelConfig{}, 42), c(ModelConfig{}, 43);
        QVERIFY(a.forward(x.data(), 1).logits == b.forward(x.data(), 1).logits);
        QVERIFY(a.forward(x.data(), 1).logits != c.forward(x.data(), 1).logits);
        QCOMPARE(a.parameterCount(), b.parameterCount());
    }

    void configChecksAndJson()
    {
        ModelConfig c;
        c.pooling = "median";
        QVERIFY(!c.validate().empty());
        QVERIFY_THROWS_EXCEPTION(Error, AttentionPoolingCnn{c});
        ModelConfig d;
        d.conv1aHeight = 6;
        d.pooling = "max";
        const ModelConfig back = ModelConfig::fromJson(d.toJson());
        QCOMPARE(back.conv1aHeight, 6);
        QCOMPARE(back.pooling, std::string("max"));
        QCOMPARE(back.channels, d.channels);
        QVERIFY_THROWS_EXCEPTION(Error, ModelConfig::fromJson("{\"numClasses\": 1}"));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
