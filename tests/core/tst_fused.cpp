// The training step's fused elementwise passes (model/FusedLayers.h) in float, the
// form training runs: against the composed ATen operations they replace, on
// activations full of ties (where max-pooling's routing is decided), with channel
// counts that leave vector tails, and through a whole training step. (In double they
// run in the portable form that tst_model compares with autograd to 1e-9.)
#include "emolens/Model.h"
#include "model/FusedLayers.h" // private: the passes under test
#include "model/Network.h"

#include <QTest>
#include <random>

using namespace emolens;

namespace {

bool fusedRunsInFloat()
{
    return model::fused::applies(torch::zeros({1, 16, 2, 2}).contiguous(torch::MemoryFormat::ChannelsLast));
}

/// A channels_last float activation whose values take few levels: many ties.
torch::Tensor tiedActivation(std::int64_t n, std::int64_t c, std::int64_t h, std::int64_t w, unsigned seed)
{
    torch::manual_seed(seed);
    return torch::randint(-3, 4, {n, c, h, w}).to(torch::kFloat).mul(0.5).contiguous(torch::MemoryFormat::ChannelsLast);
}

/// The composed form (what TrainStep.cpp did before, and still does without the fused passes).
torch::Tensor composedBackward(const torch::Tensor &z, const torch::Tensor &dOut, const torch::Tensor &mean,
                               const torch::Tensor &invstd, const torch::Tensor &gamma, const torch::Tensor &scale,
                               const torch::Tensor &shift, bool pooled, torch::Tensor &sumG, torch::Tensor &sumGC)
{
    const auto y = (z * scale.view({1, -1, 1, 1})).add_(shift.view({1, -1, 1, 1})).relu_();
    torch::Tensor g;
    if (pooled) {
        const auto pooledY = torch::max_pool2d_with_indices(y, 2);
        g = at::max_pool2d_with_indices_backward(dOut, y, {2, 2}, {2, 2}, {0, 0}, {1, 1}, false, std::get<1>(pooledY));
    } else {
        g = dOut.clone();
    }
    g.mul_(y.sign());
    const auto m = mean.view({1, -1, 1, 1});
    sumG = g.to(torch::kDouble).sum({0, 2, 3}).to(torch::kFloat);
    sumGC = ((z - m) * g).to(torch::kDouble).sum({0, 2, 3}).to(torch::kFloat);
    const double count = static_cast<double>(z.numel() / z.size(1));
    const auto a = (gamma * invstd).view({1, -1, 1, 1});
    const auto b = (-gamma * invstd.pow(3) * sumGC / count).view({1, -1, 1, 1});
    const auto c = (-gamma * invstd * sumG / count).view({1, -1, 1, 1});
    return g * a + (z - m) * b + c;
}

} // namespace

class TestFused : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesMatchComposedOperations_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("pooled");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("32 channels, pooled, odd sizes") << 32 << true << 15 << 11;
        QTest::newRow("8 channels (a vector's tail), pooled") << 8 << true << 16 << 12;
        QTest::newRow("20 channels, pooled") << 20 << true << 9 << 9;
        QTest::newRow("48 channels, not pooled") << 48 << false << 7 << 5;
        QTest::newRow("5 channels, not pooled") << 5 << false << 6 << 6;
    }
    void passesMatchComposedOperations()
    {
        if (!fusedRunsInFloat())
            QSKIP("float training uses the composed operations on this CPU (no AVX-512)");
        QFETCH(int, channels);
        QFETCH(bool, pooled);
        QFETCH(int, height);
        QFETCH(int, width);
        const auto z = tiedActivation(3, channels, height, width, 7);
        torch::manual_seed(8);
        const auto gamma = torch::rand({channels}) + 0.5, beta = torch::randn({channels}) * 0.3;
        const auto mean = z.mean({0, 2, 3}), invstd = (z.var({0, 2, 3}, false) + 1e-5).rsqrt();
        const auto scale = gamma * invstd, shift = beta - mean * scale;
        const auto out = model::fused::activation(z, scale, shift, pooled);
        auto expected = (z * scale.view({1, -1, 1, 1})).add_(shift.view({1, -1, 1, 1})).relu_();
        if (pooled)
            expected = torch::max_pool2d(expected, 2);
        QCOMPARE(out.sizes(), expected.sizes());
        QVERIFY(torch::equal(out, expected));

        const auto dOut = torch::randn(out.sizes()).contiguous(torch::MemoryFormat::ChannelsLast);
        torch::Tensor sumG, sumGC, refG, refGC;
        const auto dz =
            model::fused::normaliseBackward(z, dOut, mean, invstd, gamma, scale, shift, pooled, sumG, sumGC);
        const auto ref = composedBackward(z, dOut, mean, invstd, gamma, scale, shift, pooled, refG, refGC);
        // Where each gradient goes (the first maximum of a tied window) is exact; the
        // sums, taken in another order, agree to float rounding.
        QVERIFY(torch::allclose(sumG, refG, 1e-5, 1e-5));
        QVERIFY(torch::allclose(sumGC, refGC, 1e-5, 1e-5));
        const double worst = (dz - ref).abs().max().item<double>(), size = ref.abs().max().item<double>();
        QVERIFY2(worst <= 1e-5 * size, qPrintable(QString("%1 of %2").arg(worst).arg(size)));
        // The same zero pattern: a gradient routed to another tied position would show here.
        QVERIFY(torch::equal(dz.eq(0) & ref.ne(0), torch::zeros_like(dz, torch::kBool)));
    }

    // A whole training step of the paper's network (real channel counts) in float: the
    // fused passes against the composed operations (EMOLENS_NO_FUSED), same weights,
    // same batch.
    void trainingStepMatchesComposedOperations()
    {
        if (!fusedRunsInFloat())
            QSKIP("float training uses the composed operations on this CPU (no AVX-512)");
        AttentionPoolingCnn fused(ModelConfig{}, 21), composed(ModelConfig{}, 21);
        for (auto *net : {&fused, &composed}) {
            model::setMemoryFormat(net->impl().net, torch::MemoryFormat::ChannelsLast);
            net->impl().net->train();
        }
        torch::manual_seed(22);
        const auto input = torch::rand({3, 1, 400, 200}).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto target = torch::tensor({0, 2, 3}, torch::kInt64);
        const auto a = fused.impl().net->trainStep(input, target, nullptr);
        qputenv("EMOLENS_NO_FUSED", "1");
        const auto b = composed.impl().net->trainStep(input, target, nullptr);
        qunsetenv("EMOLENS_NO_FUSED");
        QVERIFY(std::abs(a.loss.item<double>() - b.loss.item<double>()) <= 1e-5 * std::abs(b.loss.item<double>()));
        const auto pa = fused.impl().net->named_parameters(), pb = composed.impl().net->named_parameters();
        for (const auto &p : pa) {
            const std::string &key = p.key();
            if (key.size() > 5 && key.substr(key.size() - 5) == ".bias" && key != "topDown.bias")
                continue; // zero up to rounding (before batch norm; softmax's constant)
            const auto ga = p.value().grad(), gb = pb[key].grad();
            const double rel = (ga - gb).norm().item<double>() / std::max(1e-20, gb.norm().item<double>());
            QVERIFY2(rel < 1e-3, qPrintable(QString("%1: %2").arg(key.c_str()).arg(rel)));
        }
        const auto ba = fused.impl().net->named_buffers(), bb = composed.impl().net->named_buffers();
        for (const auto &buffer : ba)
            QVERIFY2(
                torch::allclose(buffer.value().to(torch::kDouble), bb[buffer.key()].to(torch::kDouble), 1e-5, 1e-6),
                buffer.key().c_str());
    }
};

QTEST_GUILESS_MAIN(TestFused)
#include "tst_fused.moc"
