// Inference's fused passes against the ATen operations they replace: ReLU +
// max-pooling (FusedLayers.h) and the first layer's two padded convolutions, ReLU and
// concatenation (FirstLayer.h), in float32 and bfloat16, at the edges, with other
// kernel shapes, at any thread count, and with a NaN in the weights.
#include "model/FirstLayer.h"
#include "model/FusedLayers.h"
#include "model/Network.h" // padForBranch

#include <QTest>
#include <cmath>

using namespace emolens;

namespace {

/// What forwardFolded composed before the fused pass: each branch zero-padded,
/// convolved, ReLU, the two concatenated (float32, contiguous).
torch::Tensor composedFirstLayer(const torch::Tensor &x, const torch::Tensor &wA, const torch::Tensor &bA,
                                 const torch::Tensor &wB, const torch::Tensor &bB)
{
    const auto branch = [&x](const torch::Tensor &w, const torch::Tensor &b) {
        return torch::conv2d(model::padForBranch(x, static_cast<int>(w.size(2)), static_cast<int>(w.size(3))), w, b)
            .relu();
    };
    return torch::cat({branch(wA, bA), branch(wB, bB)}, 1);
}

/// One input against the composed operations (QVERIFY failures return from here).
void checkFirstLayer(const torch::Tensor &x, const torch::Tensor &wA, const torch::Tensor &bA, const torch::Tensor &wB,
                     const torch::Tensor &bB)
{
    QVERIFY(model::fused::firstLayerApplies(x, wA, wB));
    const auto expected = composedFirstLayer(x, wA, bA, wB, bB);
    const auto y = model::fused::firstLayer(x, wA, bA, wB, bB, torch::kFloat);
    QCOMPARE(y.sizes(), expected.sizes());
    QVERIFY(y.is_contiguous(torch::MemoryFormat::ChannelsLast));
    const double err = (y - expected).abs().max().item<double>();
    QVERIFY2(err < 1e-5, qPrintable(QString::number(err)));

    const auto half = model::fused::firstLayer(x, wA, bA, wB, bB, torch::kBFloat16);
    QCOMPARE(half.scalar_type(), torch::kBFloat16);
    const auto rounded = y.to(torch::kBFloat16);
    QVERIFY(torch::equal(half, rounded)); // its own float sums, rounded to nearest even
    const double step = (half.to(torch::kFloat) - expected).abs().max().item<double>();
    QVERIFY2(step <= std::ldexp(expected.abs().max().item<double>(), -8), qPrintable(QString::number(step)));
}

} // namespace

class TestInferencePasses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Inference's ReLU + max-pooling in one pass: exactly relu_() then max_pool2d,
    // ties and odd sizes included, and the composed form for other layouts. In
    // bfloat16 the pass compares bits as integers: checked on values of both signs
    // and many magnitudes (random normals scaled over 1e-30..1e30), zeros of both
    // signs, infinities and ties.
    void reluMaxPoolEqualsTheComposedOperations_data()
    {
        QTest::addColumn<bool>("bf16");
        QTest::newRow("float32") << false;
        QTest::newRow("bfloat16") << true;
    }
    void reluMaxPoolEqualsTheComposedOperations()
    {
        QFETCH(bool, bf16);
        torch::manual_seed(3);
        auto z = torch::randint(-3, 4, {2, 20, 9, 7}).to(torch::kFloat).mul(0.5);
        if (bf16) {
            const auto wide =
                torch::randn({3, 37, 11, 13}) * torch::pow(10.0, torch::randint(-30, 31, {3, 37, 11, 13}));
            const auto special = torch::tensor({0.0f, -0.0f, INFINITY, -INFINITY, -0.0f, -1.0f, 0.0f, -0.0f});
            z = torch::cat({special, z.flatten(), wide.flatten()}).to(torch::kBFloat16);
            z = z.narrow(0, 0, z.numel() / (5 * 7 * 3) * (5 * 7 * 3)).view({5, -1, 7, 3});
        }
        const auto expected = torch::max_pool2d(z.relu(), 2);
        const auto cl = model::fused::reluMaxPool(z.contiguous(torch::MemoryFormat::ChannelsLast));
        QCOMPARE(cl.scalar_type(), z.scalar_type());
        QVERIFY(cl.is_contiguous(torch::MemoryFormat::ChannelsLast));
        QCOMPARE(cl.sizes(), expected.sizes());
        QVERIFY(torch::equal(cl, expected));
        QVERIFY(torch::equal(model::fused::reluMaxPool(z), expected)); // NCHW: composed
    }

    // The first layer in one pass: the composed operations' values (float sums in
    // another order: 1e-5), for the paper's 10x2 / 2x8 and for other kernels (odd,
    // one row: padForBranch crops), on inputs narrower than the 8-position blocks and
    // wide enough for them; bfloat16 output is the float result rounded (one bfloat16
    // step at most where the two sums straddle a rounding boundary).
    void firstLayerEqualsTheComposedOperations_data()
    {
        QTest::addColumn<QList<int>>("kernels"); // kh, kw of branch A, then of branch B
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("paper, 400x200") << QList<int>{10, 2, 2, 8} << 400 << 200;
        QTest::newRow("paper, small input") << QList<int>{10, 2, 2, 8} << 13 << 11;
        QTest::newRow("odd kernels") << QList<int>{3, 5, 7, 1} << 29 << 37;
        QTest::newRow("one-row kernel") << QList<int>{1, 4, 5, 3} << 17 << 9;
    }
    void firstLayerEqualsTheComposedOperations()
    {
        QFETCH(QList<int>, kernels);
        QFETCH(int, height);
        QFETCH(int, width);
        torch::manual_seed(11);
        const auto wA = torch::randn({8, 1, kernels[0], kernels[1]}), bA = torch::randn({8}) * 0.1;
        const auto wB = torch::randn({8, 1, kernels[2], kernels[3]}), bB = torch::randn({8}) * 0.1;
        for (int extra = 0; extra < 8; ++extra) // every width modulo the block of 8: each way the interior ends
            checkFirstLayer(torch::rand({3, 1, height, width + extra}), wA, bA, wB, bB);
    }

    // Each instruction-set form (EMOLENS_FIRSTLAYER_SIMD; a level this CPU lacks falls
    // back to the widest it has) gives the bits of the plain SSE2 form, in float32 and
    // bfloat16: the same operations per lane in the same order, no contraction.
    void firstLayerFormsGiveTheSameBits()
    {
        torch::manual_seed(13);
        const auto wA = torch::randn({8, 1, 10, 2}), bA = torch::randn({8}) * 0.1;
        const auto wB = torch::randn({8, 1, 2, 8}), bB = torch::randn({8}) * 0.1;
        for (const int width : {200, 37}) {
            const auto x = torch::rand({2, 1, 60, width});
            for (const auto type : {torch::kFloat, torch::kBFloat16}) {
                qputenv("EMOLENS_FIRSTLAYER_SIMD", "sse2");
                const auto plain = model::fused::firstLayer(x, wA, bA, wB, bB, type);
                for (const char *level : {"avx2", "avx512"}) {
                    qputenv("EMOLENS_FIRSTLAYER_SIMD", level);
                    QVERIFY2(torch::equal(model::fused::firstLayer(x, wA, bA, wB, bB, type), plain), level);
                }
            }
        }
        qunsetenv("EMOLENS_FIRSTLAYER_SIMD");
    }

    // The thread count changes nothing (each position is summed alone), and a NaN
    // weight shows at the output instead of vanishing in the ReLU; the paper's
    // forward takes the pass only for float input and 8-channel branches.
    void firstLayerIsDeterministicAndKeepsNaN()
    {
        torch::manual_seed(12);
        const auto x = torch::rand({4, 1, 60, 50});
        auto wA = torch::randn({8, 1, 10, 2}), bA = torch::randn({8});
        const auto wB = torch::randn({8, 1, 2, 8}), bB = torch::randn({8});
        const int threads = torch::get_num_threads();
        torch::set_num_threads(1);
        const auto one = model::fused::firstLayer(x, wA, bA, wB, bB, torch::kFloat);
        torch::set_num_threads(std::max(2, threads));
        const auto many = model::fused::firstLayer(x, wA, bA, wB, bB, torch::kFloat);
        torch::set_num_threads(threads);
        QVERIFY(torch::equal(one, many));
        wA[3][0][4][1] = NAN;
        for (const auto type : {torch::kFloat, torch::kBFloat16}) {
            const auto y = model::fused::firstLayer(x, wA, bA, wB, bB, type);
            QVERIFY(torch::isnan(y.select(1, 3)).any().item<bool>());
            QVERIFY(!torch::isnan(y.select(1, 2)).any().item<bool>());
        }
        QVERIFY(!model::fused::firstLayerApplies(x.to(torch::kDouble), wA, wB));
        QVERIFY(!model::fused::firstLayerApplies(x, torch::randn({4, 1, 10, 2}), wB));
    }
};

QTEST_GUILESS_MAIN(TestInferencePasses)
#include "tst_inferencepasses.moc"
