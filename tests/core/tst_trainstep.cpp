// The training step (model/TrainStep.cpp): its hand-written backward against
// autograd (in double, both memory formats), bfloat16, cancelling; its fused
// elementwise passes (model/FusedLayers.h) in float, the form training runs, against
// the composed ATen operations they replace, on activations full of ties (where
// max-pooling's routing is decided), with channel counts that leave vector tails, and
// through a whole step; and training's allocator (model/BlockCache.h).
#include "TestAudio.h"
#include "emolens/Error.h"
#include "emolens/Model.h"
#include "model/BlockCache.h" // private: the training allocator
#include "model/FusedLayers.h" // private: the passes under test
#include "model/Network.h"

#include <QTest>

using namespace emolens;

namespace {

using test::randomInputs;

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

class TestTrainStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setComputeThreads(0); }

    // Training uses a hand-written backward that recomputes batch norm, ReLU and
    // max-pooling: its loss, every gradient and the running statistics equal what
    // the module's own forward + autograd give, in both memory formats, for each
    // pooling and for an odd first-layer kernel (asymmetric padding).
    void trainStepMatchesAutograd_data()
    {
        QTest::addColumn<bool>("channelsLast");
        QTest::addColumn<QString>("pooling");
        QTest::addColumn<int>("kernelHeight");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("channels_last attention") << true << "attention" << 10 << false;
        QTest::newRow("nchw attention") << false << "attention" << 10 << false;
        QTest::newRow("average, 5x2 kernel") << true << "average" << 5 << false;
        QTest::newRow("max") << false << "max" << 10 << false;
        QTest::newRow("class-weighted loss") << true << "attention" << 10 << true;
    }
    void trainStepMatchesAutograd()
    {
        QFETCH(bool, channelsLast);
        QFETCH(QString, pooling);
        QFETCH(int, kernelHeight);
        QFETCH(bool, weighted);
        ModelConfig mc;
        mc.conv1Channels = 4;
        mc.channels = {6, 8, 8, 10};
        mc.pooling = pooling.toStdString();
        mc.conv1aHeight = kernelHeight;
        const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
        AttentionPoolingCnn reference(mc, 11), manual(mc, 11);
        model::Network &r = reference.impl().net, &m = manual.impl().net;
        // In double precision, so a wrong term cannot hide in float rounding (the batch-norm
        // backward cancels sums over 5*399*199 positions).
        r->to(torch::kDouble);
        m->to(torch::kDouble);
        model::setMemoryFormat(r, format);
        model::setMemoryFormat(m, format);
        r->train();
        m->train();
        const auto x = randomInputs(5, 8);
        const auto input = torch::from_blob(const_cast<float *>(x.data()), {5, 1, 400, 200})
                               .mul(3)
                               .sub(1)
                               .to(torch::kDouble)
                               .contiguous(format);
        const auto target = torch::tensor({0, 3, 1, 1, 2}, torch::kInt64);
        const auto weights = weighted ? torch::tensor({0.5, 2.0, 1.0, 3.0}, torch::kDouble) : torch::Tensor();
        torch::Tensor referenceLoss;
        for (int step = 0; step < 2; ++step) { // twice: the running statistics move on from non-initial values
            namespace F = torch::nn::functional;
            const auto logits = r->forward(input).logits;
            referenceLoss = weighted ? F::cross_entropy(logits, target, F::CrossEntropyFuncOptions().weight(weights))
                                     : F::cross_entropy(logits, target);
            for (auto &p : r->parameters())
                p.mutable_grad() = torch::Tensor();
            referenceLoss.backward();
        }
        model::NetworkImpl::Step s;
        for (int step = 0; step < 2; ++step)
            s = m->trainStep(input, target, nullptr, InferencePrecision::Float32, weights);
        QVERIFY(std::abs(s.loss.item<double>() - referenceLoss.item<double>()) < 1e-12);
        const auto rp = r->named_parameters(), mp = m->named_parameters();
        for (const auto &p : rp) {
            const auto expected = p.value().grad(), got = mp[p.key()].grad();
            QVERIFY2(got.defined(), p.key().c_str());
            // Sums in another order: relative to the largest gradient. A convolution bias
            // followed by batch norm, and the bottom-up bias (softmax ignores a constant),
            // have gradient 0 up to rounding in both: judged against their weight's gradient.
            const std::string &key = p.key();
            const bool zeroGradient = (key.rfind("conv", 0) == 0 || key == "bottomUp.bias") && key.size() > 5 &&
                                      key.substr(key.size() - 5) == ".bias";
            const auto scaleOf = zeroGradient ? rp[key.substr(0, key.size() - 5) + ".weight"].grad() : expected;
            const double scale = scaleOf.abs().max().item<double>();
            const double diff = (got - expected).abs().max().item<double>();
            QVERIFY2(diff <= 1e-9 * scale,
                     qPrintable(QString("%1: %2 of %3").arg(p.key().c_str()).arg(diff).arg(scale)));
        }
        const auto rb = r->named_buffers(), mb = m->named_buffers();
        for (const auto &b : rb)
            QVERIFY2(torch::allclose(mb[b.key()].to(torch::kDouble), b.value().to(torch::kDouble), 1e-10, 1e-12),
                     b.key().c_str());
    }

    // bfloat16 training (an option): the same step with the convolutions in bfloat16.
    // Its loss is within 2 % and its gradients within 50 % (relative norm) of float32's,
    // and not equal: it really ran in bfloat16. At initialisation the early layers'
    // gradients are small residuals of cancelling sums: PyTorch's own bf16 autocast is
    // 14-21 % off there on this network, this step 18-39 % (a sign or term wrong: > 100 %).
    void trainStepInBfloat16IsCloseToFloat32()
    {
        ModelConfig mc;
        mc.conv1Channels = 4;
        mc.channels = {6, 8, 8, 10};
        AttentionPoolingCnn fp32(mc, 12), bf16(mc, 12);
        for (auto *net : {&fp32, &bf16}) {
            model::setMemoryFormat(net->impl().net, torch::MemoryFormat::ChannelsLast);
            net->impl().net->train();
        }
        const auto x = randomInputs(6, 9);
        const auto input = torch::from_blob(const_cast<float *>(x.data()), {6, 1, 400, 200})
                               .contiguous(torch::MemoryFormat::ChannelsLast);
        const auto target = torch::tensor({0, 1, 2, 3, 1, 0}, torch::kInt64);
        const auto a = fp32.impl().net->trainStep(input, target, nullptr);
        const auto b = bf16.impl().net->trainStep(input, target, nullptr, InferencePrecision::BFloat16);
        QVERIFY(std::abs(a.loss.item<double>() - b.loss.item<double>()) < 0.02 * std::abs(a.loss.item<double>()));
        bool differs = false;
        const auto pa = fp32.impl().net->named_parameters(), pb = bf16.impl().net->named_parameters();
        for (const auto &p : pa) {
            const std::string &key = p.key();
            if (key.size() > 5 && key.substr(key.size() - 5) == ".bias" && key != "topDown.bias")
                continue; // zero up to rounding (before batch norm; softmax's constant): nothing to compare
            const auto ga = p.value().grad(), gb = pb[key].grad();
            QCOMPARE(gb.scalar_type(), torch::kFloat);
            const double rel = (gb - ga).norm().item<double>() / std::max(1e-12, ga.norm().item<double>());
            QVERIFY2(rel < 0.5, qPrintable(QString("%1: %2").arg(key.c_str()).arg(rel)));
            differs = differs || rel > 0;
        }
        QVERIFY(differs);
    }

    // The training step checks the cancel token between layers (forward and backward).
    void trainStepCancels()
    {
        ModelConfig mc;
        mc.conv1Channels = 4;
        mc.channels = {6, 8, 8, 10};
        AttentionPoolingCnn net(mc, 1);
        const auto x = randomInputs(2);
        const auto input = torch::from_blob(const_cast<float *>(x.data()), {2, 1, 400, 200});
        CancelToken cancel{true};
        QVERIFY_THROWS_EXCEPTION(Error,
                                 net.impl().net->trainStep(input, torch::tensor({0, 1}, torch::kInt64), &cancel));
        cancel = false;
        net.impl().net->trainStep(input, torch::tensor({0, 1}, torch::kInt64), &cancel);
    }

    // Training's allocator: inside a scope, a freed large block is reused by the next
    // request of its size (or up to a quarter smaller); when the scope ends nothing stays cached, and a block
    // freed afterwards is unmapped, not cached.
    void blockCacheReusesAndReleases()
    {
        torch::Tensor outlives;
        model::BlockCacheStats before;
        {
            const model::BlockCacheScope scope;
            before = model::blockCacheStats();
            auto a = torch::empty({1 << 20}); // 4 MiB
            const void *first = a.data_ptr();
            a = torch::Tensor();
            QVERIFY(model::blockCacheStats().cachedBytes >= (std::size_t(4) << 20));
            const auto b = torch::empty({1 << 20});
            QCOMPARE(b.data_ptr(), first);
            QCOMPARE(model::blockCacheStats().hits, before.hits + 1);
            b.fill_(2.0f);
            outlives = b;
            const auto small = torch::empty({16}); // below 1 MiB: malloc's
            QCOMPARE(model::blockCacheStats().hits + model::blockCacheStats().misses, before.hits + before.misses + 2);
        }
        QCOMPARE(model::blockCacheStats().cachedBytes, std::size_t(0));
        QCOMPARE(outlives.sum().item<float>(), 2.0f * (1 << 20)); // still valid after the scope
        const auto live = model::blockCacheStats().liveBytes;
        outlives = torch::Tensor();
        QCOMPARE(model::blockCacheStats().cachedBytes, std::size_t(0));
        QVERIFY(model::blockCacheStats().liveBytes < live);
        const auto after = torch::empty({1 << 20}); // the default allocator again
        QCOMPARE(model::blockCacheStats().hits + model::blockCacheStats().misses, before.hits + before.misses + 2);

        // A smaller request takes a cached block that wastes at most a quarter of it (its
        // pages are resident: no fault), counted whole while live; a much smaller one maps anew.
        const model::BlockCacheScope scope;
        auto big = torch::empty({1 << 20}); // 4 MiB
        const void *bigBlock = big.data_ptr();
        big = torch::Tensor();
        const auto hits = model::blockCacheStats().hits, misses = model::blockCacheStats().misses;
        const auto quarter = torch::empty({(1 << 20) / 2}); // 2 MiB: would waste half
        QVERIFY(quarter.data_ptr() != bigBlock);
        QCOMPARE(model::blockCacheStats().misses, misses + 1);
        const auto live0 = model::blockCacheStats().liveBytes;
        const auto near = torch::empty({7 << 17}); // 3.5 MiB
        QCOMPARE(near.data_ptr(), bigBlock);
        QCOMPARE(model::blockCacheStats().hits, hits + 1);
        QCOMPARE(model::blockCacheStats().liveBytes, live0 + (std::size_t(4) << 20));
    }

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
        // Into the second of three channel blocks of a wider channels_last tensor (the first
        // layer's two branches share one): the same values there, the rest untouched.
        auto wide = torch::full({out.size(0), 3 * channels, out.size(2), out.size(3)}, -7.0)
                        .contiguous(torch::MemoryFormat::ChannelsLast);
        model::fused::activationInto(z, scale, shift, pooled, wide.narrow(1, channels, channels));
        QVERIFY(torch::equal(wide.narrow(1, channels, channels), expected));
        QVERIFY(torch::equal(wide.narrow(1, 0, channels), torch::full_like(expected, -7.0)));
        QVERIFY(torch::equal(wide.narrow(1, 2 * channels, channels), torch::full_like(expected, -7.0)));
        QVERIFY_THROWS_EXCEPTION(c10::Error, model::fused::activationInto(z, scale, shift, pooled, wide));

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

    void batchStatisticsMatchDouble_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("offset"); // the activation's mean, far from its spread
        QTest::addColumn<int>("width"); // positions per row: a tail of the four in flight
        QTest::newRow("8 channels (a vector's tail)") << 8 << 0.0 << 200;
        QTest::newRow("20 channels, offset 50") << 20 << 50.0 << 203;
        QTest::newRow("32 channels, offset -3") << 32 << -3.0 << 13;
        QTest::newRow("5 channels, offset 2000") << 5 << 2000.0 << 201;
    }
    void batchStatisticsMatchDouble()
    {
        QFETCH(int, channels);
        QFETCH(double, offset);
        QFETCH(int, width);
        torch::manual_seed(31);
        const auto exact = (torch::randn({5, channels, 13, width}, torch::kDouble) * torch::rand({1, channels, 1, 1}) +
                            offset + torch::randn({1, channels, 1, 1}))
                               .contiguous(torch::MemoryFormat::ChannelsLast);
        torch::Tensor mean, var;
        model::fused::batchStatistics(exact, mean, var); // double: to rounding
        QVERIFY(torch::allclose(mean, exact.mean({0, 2, 3}), 1e-12, 1e-12));
        QVERIFY(torch::allclose(var, exact.var({0, 2, 3}, false), 1e-10, 1e-12));
        QVERIFY_THROWS_EXCEPTION(c10::Error, [&] {
            model::fused::batchStatistics(exact.contiguous(), mean, var); // not channels_last
        }());
        if (!fusedRunsInFloat())
            return;
        const auto z = exact.to(torch::kFloat).contiguous(torch::MemoryFormat::ChannelsLast);
        const auto zd = z.to(torch::kDouble);
        model::fused::batchStatistics(z, mean, var);
        QCOMPARE(mean.scalar_type(), torch::kDouble);
        // Float sums of a row's positions relative to its first: float rounding of the
        // spread, not of the offset (ATen's batch_norm_update_stats in float, on these
        // values at offset 2000: the variance 69 times off, the mean by 0.17).
        const double meanError = (mean - zd.mean({0, 2, 3})).abs().max().item<double>();
        const auto expectedVar = zd.var({0, 2, 3}, false);
        const double varError = ((var - expectedVar).abs() / expectedVar).max().item<double>();
        QVERIFY2(meanError <= 1e-7 * (1 + std::abs(offset)), qPrintable(QString::number(meanError)));
        QVERIFY2(varError <= 1e-5, qPrintable(QString::number(varError)));
        // The same bits on one thread as on several.
        torch::Tensor mean1, var1;
        setComputeThreads(1);
        model::fused::batchStatistics(z, mean1, var1);
        setComputeThreads(0);
        QVERIFY(torch::equal(mean1, mean) && torch::equal(var1, var));
    }

    // A whole training step of the paper's network (real channel counts) in float: the
    // fused passes against the composed operations (EMOLENS_NO_FUSED), same weights, same
    // batch; and the opt-in exact batch statistics (EMOLENS_EXACT_BN_STATS) against the
    // same step in double.
    void trainingStepMatchesComposedOperations()
    {
        if (!fusedRunsInFloat())
            QSKIP("float training uses the composed operations on this CPU (no AVX-512)");
        AttentionPoolingCnn fused(ModelConfig{}, 21), composed(ModelConfig{}, 21), exactStats(ModelConfig{}, 21),
            exact(ModelConfig{}, 21);
        exact.impl().net->to(torch::kDouble);
        for (auto *net : {&fused, &composed, &exactStats, &exact}) {
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
        qputenv("EMOLENS_EXACT_BN_STATS", "1");
        const auto c = exactStats.impl().net->trainStep(input, target, nullptr);
        exact.impl().net->trainStep(input.to(torch::kDouble), target, nullptr);
        qunsetenv("EMOLENS_EXACT_BN_STATS");
        for (const auto &loss : {a.loss, c.loss})
            QVERIFY(std::abs(loss.item<double>() - b.loss.item<double>()) <= 1e-5 * std::abs(b.loss.item<double>()));
        const auto pa = fused.impl().net->named_parameters(), pb = composed.impl().net->named_parameters(),
                   pc = exactStats.impl().net->named_parameters(), pe = exact.impl().net->named_parameters();
        for (const auto &p : pa) {
            const std::string &key = p.key();
            if (key.size() > 5 && key.substr(key.size() - 5) == ".bias" && key != "topDown.bias")
                continue; // zero up to rounding (before batch norm; softmax's constant)
            const auto relative = [](const torch::Tensor &g, const torch::Tensor &ref) {
                return (g.to(torch::kDouble) - ref.to(torch::kDouble)).norm().item<double>() /
                       std::max(1e-20, ref.to(torch::kDouble).norm().item<double>());
            };
            // The default: the same batch statistics (ATen's), the fused elementwise passes.
            const double rel = relative(p.value().grad(), pb[key].grad());
            QVERIFY2(rel < 1e-3, qPrintable(QString("%1: fused against composed %2").arg(key.c_str()).arg(rel)));
            // The batch-norm backward cancels sums over 3*400*200 positions, so the first
            // layers' gradients carry the statistics' rounding: ATen's float statistics put
            // conv1a's gradient 0.7 % off the double step; the double sums 0.05 %.
            const auto e = pe[key].grad();
            const double exactError = relative(pc[key].grad(), e), composedError = relative(pb[key].grad(), e);
            QVERIFY2(exactError < 2e-3 && exactError <= composedError + 1e-5,
                     qPrintable(QString("%1: exact statistics %2, composed %3")
                                    .arg(key.c_str())
                                    .arg(exactError)
                                    .arg(composedError)));
        }
        const auto ba = fused.impl().net->named_buffers(), bb = composed.impl().net->named_buffers(),
                   bc = exactStats.impl().net->named_buffers(), be = exact.impl().net->named_buffers();
        for (const auto &buffer : ba) {
            const auto &key = buffer.key();
            QVERIFY2(torch::allclose(buffer.value().to(torch::kDouble), bb[key].to(torch::kDouble), 1e-5, 1e-6),
                     key.c_str());
            QVERIFY2(torch::allclose(bc[key].to(torch::kDouble), be[key].to(torch::kDouble), 1e-5, 1e-6), key.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainStep)
#include "tst_trainstep.moc"
