// The compute device: --device's grammar and its refusals on this build, and, on a
// machine with a CUDA LibTorch and a GPU (the tst_device_cuda entry; it skips
// elsewhere), the same predictions and a training run on the GPU as on the CPU.
#include "TestAudio.h"

#include "emolens/Device.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/ModelFile.h"
#include "emolens/Training.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace emolens;

namespace {

std::vector<float> randomInputs(int batch, const ModelConfig &c)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> x(static_cast<std::size_t>(batch) * c.inputHeight * c.inputWidth);
    for (auto &v : x)
        v = u(rng);
    return x;
}

} // namespace

class TestDevice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosingDevices()
    {
        std::string why;
        const ComputeDevice cpu = chooseDevice("cpu", &why);
        QVERIFY(!cpu.cuda);
        QCOMPARE(why, std::string("cpu"));
        const ComputeDevice automatic = chooseDevice("auto", &why);
        QCOMPARE(automatic.cuda, cudaDeviceCount() > 0);
        QVERIFY2(why.find("auto") != std::string::npos, why.c_str()); // it says why it chose
        for (const char *bad : {"gpu", "cuda:", "cuda:x", "cuda0", "cuda:-1", "CPU", ""})
            QVERIFY_THROWS_EXCEPTION(Error, chooseDevice(bad));
        // A GPU this build or machine lacks is refused, naming the reason.
        const std::string beyond = "cuda:" + std::to_string(cudaDeviceCount());
        try {
            chooseDevice(beyond);
            QFAIL("a GPU that is not there was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            const std::string what = e.what();
            QVERIFY2(what.find(cudaBuilt() ? "visible" : "without CUDA") != std::string::npos, e.what());
        }
        QCOMPARE(ComputeDevice{}.name(), std::string("cpu"));
        QCOMPARE((ComputeDevice{true, 1}).name(), std::string("cuda:1"));
        // A model stays where it is told: the CPU, again and again.
        AttentionPoolingCnn model;
        model.setDevice(cpu);
        model.setDevice(cpu);
        QVERIFY(!model.device().cuda);
    }

    /// On a GPU: inference agrees with the CPU within float tolerance, a model trained there
    /// saves and loads on the CPU, and the forward on the CPU gives its GPU outputs again.
    void cudaMatchesCpu()
    {
        if (cudaDeviceCount() == 0)
            QSKIP("no CUDA GPU here (Debian's LibTorch has no CUDA): the GPU path is checked where one is");
        const ComputeDevice gpu{true, 0};
        ModelConfig config;
        config.numClasses = 3;
        AttentionPoolingCnn model(config, 3);
        const auto x = randomInputs(4, config);
        const ModelOutput onCpu = model.forward(x.data(), 4, true);
        model.setDevice(gpu);
        QVERIFY(model.device().cuda);
        const ModelOutput onGpu = model.forward(x.data(), 4, true);
        for (std::size_t i = 0; i < onCpu.logits.size(); ++i)
            QVERIFY2(std::abs(onCpu.logits[i] - onGpu.logits[i]) < 1e-3f * (1.0f + std::abs(onCpu.logits[i])),
                     qPrintable(QStringLiteral("logit %1: %2 vs %3").arg(i).arg(onCpu.logits[i]).arg(onGpu.logits[i])));
        QCOMPARE(onGpu.maps.size(), onCpu.maps.size());

        // Train two epochs on the GPU from synthetic audio, save, load on the CPU.
        QTemporaryDir dir;
        const std::string csv =
            test::writeSyntheticCorpus(dir.path().toStdString(), 2, 2, {"tonal", "noisy", "clicks"});
        const CorpusReadResult corpus = readCorpus("csv:" + csv);
        std::vector<int> classIndex;
        for (const auto &u : corpus.utterances)
            classIndex.push_back(u.label == "tonal" ? 0 : u.label == "noisy" ? 1 : 2);
        FeatureStore store(FeatureConfig{}, {});
        TrainingConfig training;
        training.epochs = 2;
        training.batchSize = 4;
        TrainOptions options;
        options.device = gpu;
        AttentionPoolingCnn trained(config, 1);
        const TrainResult r = trainModel(trained, store, corpus.utterances, classIndex, training, options);
        QCOMPARE(r.history.size(), std::size_t(2));
        QVERIFY(std::isfinite(r.history.back().loss));
        const ModelOutput before = trained.forward(x.data(), 4);
        // The same seed again: the same weights, bit for bit (deterministic cuDNN algorithms,
        // set when a model moves to a GPU), so a GPU run reproduces and resumes like a CPU run.
        AttentionPoolingCnn again(config, 1);
        trainModel(again, store, corpus.utterances, classIndex, training, options);
        const ModelOutput repeated = again.forward(x.data(), 4);
        QVERIFY(repeated.logits == before.logits);
        const std::string path = dir.filePath("gpu.emolens").toStdString();
        ModelMetadata meta;
        meta.corpusSpec = "csv:" + csv;
        meta.protocol.classes = {"tonal", "noisy", "clicks"};
        meta.model = config;
        meta.trainingSpeakers = {"s1", "s2"};
        saveModel(path, trained, meta);
        LoadedModel loaded = loadModel(path);
        QVERIFY(!loaded.model.device().cuda); // files hold CPU tensors
        const ModelOutput after = loaded.model.forward(x.data(), 4);
        for (std::size_t i = 0; i < before.logits.size(); ++i)
            QVERIFY(std::abs(before.logits[i] - after.logits[i]) < 1e-3f * (1.0f + std::abs(before.logits[i])));
    }
};

QTEST_GUILESS_MAIN(TestDevice)
#include "tst_device.moc"
