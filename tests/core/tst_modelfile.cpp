// Model files: bit-exact round trip, refusal of corrupt/unknown/inconsistent
// files, and PyTorch state-dict export/import (checked in Python when
// /usr/bin/python3 has torch; skipped otherwise).
#include "TestAudio.h"
#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/ModelFile.h"
#include "emolens/Npy.h"
#include "model/Network.h"
#include "model/ZipCheck.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <random>

using namespace emolens;
using emolens::test::readBytes;
using emolens::test::writeBytes;

namespace {

std::vector<float> inputs(int batch)
{
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> x(static_cast<std::size_t>(batch) * 400 * 200);
    for (auto &v : x)
        v = u(rng);
    return x;
}

ModelMetadata metadataFor(const ModelConfig &mc)
{
    ModelMetadata m;
    m.corpusSpec = "emodb:/data/emodb";
    m.model = mc;
    m.heldOutSpeaker = "03";
    m.trainingSpeakers = {"08", "09"};
    m.metricsJson = R"({"wa": 0.5, "ua": 0.4})";
    return m;
}

void expectRefused(const std::string &path, const std::string &words)
{
    try {
        loadModel(path);
        QFAIL(("loaded a bad file: " + path).c_str());
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::BadInput);
        const std::string message = e.what();
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        QVERIFY2(message.find(words) != std::string::npos, message.c_str());
    }
}

/// A model container by hand: \p header as its JSON header, a zeroed tensor block of
/// \p dataBytes, and a right checksum (so only the framing or the header can be wrong).
std::string containerBytes(const std::string &header, std::uint64_t dataBytes = 16)
{
    std::string bytes("EMOLENS\x1a", 8);
    auto put = [&bytes](auto v) { bytes.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put(std::uint32_t(1));
    put(std::uint32_t(0));
    put(std::uint64_t(header.size()));
    bytes += header;
    put(dataBytes);
    bytes += std::string(dataBytes, '\0');
    put(fnv1a64(bytes.data(), bytes.size()));
    return bytes;
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const char *name) const { return (m_dir.path() + "/" + name).toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setComputeThreads(0);
    }

    void roundTripIsBitExact()
    {
        AttentionPoolingCnn net(ModelConfig{}, 3);
        const auto x = inputs(2);
        const ModelOutput before = net.forward(x.data(), 2, true);
        const std::string file = path("a.emolens");
        saveModel(file, net, metadataFor(net.config()));
        LoadedModel loaded = loadModel(file);
        const ModelOutput after = loaded.model.forward(x.data(), 2, true);
        QCOMPARE(after.logits.size(), before.logits.size());
        QVERIFY(std::memcmp(after.logits.data(), before.logits.data(), before.logits.size() * sizeof(float)) == 0);
        QVERIFY(after.maps[1].bottomUp == before.maps[1].bottomUp);
        QCOMPARE(loaded.metadata.heldOutSpeaker, std::string("03"));
        QCOMPARE(loaded.metadata.classes(), (std::vector<std::string>{"neutral", "happy", "angry", "sad"}));
        QCOMPARE(loaded.metadata.features, FeatureConfig{});
        QVERIFY(!loaded.metadata.created.empty());
        // saving the loaded model again gives the same bytes
        saveModel(path("b.emolens"), loaded.model, loaded.metadata);
        QVERIFY(readBytes(file) == readBytes(path("b.emolens")));
        QVERIFY(readModelMetadata(file).toJson().find("\"heldOutSpeaker\": \"03\"") != std::string::npos);
    }

    void corruptFilesAreRefused()
    {
        AttentionPoolingCnn net(ModelConfig{}, 4);
        const std::string good = path("good.emolens");
        saveModel(good, net, metadataFor(net.config()));
        const std::string bytes = readBytes(good);

        std::string flipped = bytes;
        flipped[bytes.size() / 2] ^= 0x10;
        expectRefused(writeBytes(path("flipped.emolens"), flipped), "checksum");
        expectRefused(writeBytes(path("cut.emolens"), bytes.substr(0, bytes.size() - 1000)), "corrupt");
        expectRefused(writeBytes(path("text.emolens"), "not a model at all, just some text"), "magic");
        expectRefused(writeBytes(path("empty.emolens"), ""), "magic");
        std::string future = bytes;
        future[8] = 3; // format version 3
        expectRefused(writeBytes(path("future.emolens"), future), "format version 3");
        expectRefused(path("missing.emolens"), "no such file");
    }

    // Format 2's checksum is SHA-256 of everything before its last 32 bytes, so
    // `head -c -32 FILE | sha256sum` confirms a file; format 1 (FNV-1a) still reads.
    void checksumIsSha256AndFormat1StillReads()
    {
        QCOMPARE(QString::fromStdString(sha256Hex("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")); // FIPS 180-2
        AttentionPoolingCnn net(ModelConfig{}, 5);
        const std::string file = path("sha.emolens");
        saveModel(file, net, metadataFor(net.config()));
        const std::string bytes = readBytes(file);
        QCOMPARE(int(bytes[8]), 2);
        QVERIFY(sha256(bytes.data(), bytes.size() - 32) == bytes.substr(bytes.size() - 32));
        // A format-1 file (the bundled model was written so): FNV-1a trailer, read as before.
        const std::string old = readBytes(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");
        QCOMPARE(int(old[8]), 1);
        std::uint64_t stored = 0;
        std::memcpy(&stored, old.data() + old.size() - 8, 8);
        QCOMPARE(stored, fnv1a64(old.data(), old.size() - 8));
        QCOMPARE(loadModel(writeBytes(path("format1.emolens"), old)).metadata.heldOutSpeaker, std::string("03"));
        std::string flipped = old;
        flipped[old.size() / 2] ^= 0x01;
        expectRefused(writeBytes(path("format1-flipped.emolens"), flipped), "checksum");
    }

    void inconsistentMetadataIsRefused()
    {
        AttentionPoolingCnn net(ModelConfig{}, 5);
        ModelMetadata m = metadataFor(net.config());
        m.protocol.classes = {"neutral", "angry", "sad"}; // 3 names for 4 outputs
        QVERIFY_THROWS_EXCEPTION(Error, saveModel(path("bad.emolens"), net, m));
        m = metadataFor(net.config());
        m.trainingSpeakers.push_back("03"); // the held-out speaker among the training speakers
        QVERIFY_THROWS_EXCEPTION(Error, saveModel(path("bad.emolens"), net, m));
        ModelConfig other;
        other.pooling = "average";
        QVERIFY_THROWS_EXCEPTION(Error, saveModel(path("bad.emolens"), net, metadataFor(other)));
    }

    void exportImportRoundTrip()
    {
        ModelConfig mc;
        mc.conv1aHeight = 6;
        AttentionPoolingCnn net(mc, 6);
        const std::string pt = path("net.pt");
        exportStateDict(pt, net, metadataFor(mc));
        LoadedModel back = importStateDict(pt);
        QCOMPARE(back.metadata.origin, std::string("imported"));
        QCOMPARE(back.model.config().conv1aHeight, 6);
        const auto x = inputs(1);
        QVERIFY(net.forward(x.data(), 1).logits == back.model.forward(x.data(), 1).logits);

        // Without its .json, a state dict needs metadata from elsewhere.
        writeBytes(path("bare.pt"), readBytes(pt));
        QVERIFY_THROWS_EXCEPTION(Error, importStateDict(path("bare.pt")));
        const ModelMetadata wrong = metadataFor(ModelConfig{}); // 10x2, not 6x2
        try {
            importStateDict(path("bare.pt"), &wrong);
            QFAIL("a state dict of another architecture must be refused");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("conv1a.weight") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, importStateDict(writeBytes(path("junk.pt"), "PK junk")));
    }

    // Weights that are NaN are refused on load (they predicted "neutral (nan)" with exit 0).
    void nonFiniteWeightsAreRefused()
    {
        AttentionPoolingCnn net(ModelConfig{}, 4);
        {
            torch::NoGradGuard guard;
            net.impl().net->named_parameters()["convs.1.weight"].fill_(std::nanf(""));
        }
        const std::string file = path("nan.emolens");
        saveModel(file, net, metadataFor(net.config()));
        expectRefused(file, "NaN");
    }

    // Sizes from a model file are checked before anything is allocated: an
    // overflowing shape is one clear error, not a LibTorch backtrace.
    void hugeOrOverflowingShapesAreRefused_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("overflow") << QStringLiteral("[4611686018427387904, 4611686018427387904]");
        QTest::newRow("huge") << QStringLiteral("[1099511627776, 1099511627776, 0, 1]");
        QTest::newRow("rank") << QStringLiteral("[1,1,1,1,1,1,1,1,1,1]");
    }
    void hugeOrOverflowingShapesAreRefused()
    {
        QFETCH(QString, shape);
        const std::string header =
            R"({"kind":"model","metadata":{},"tensors":[{"name":"w","dtype":"float32","shape":)" + shape.toStdString() +
            R"(,"offset":0,"bytes":0}]})";
        const std::string bytes = containerBytes(header);
        const std::string file = writeBytes(path("shape.emolens"), bytes);
        expectRefused(file, "corrupt");
        // a model config with absurd sizes is refused before the network is built
        ModelConfig mc;
        mc.channels = {64, 1 << 20, 64};
        QVERIFY(!mc.validate().empty());
    }

    // A tensor's offset near 2^64 made offset + bytes wrap to a small number, pass the
    // bounds check and copy from before the tensor block; a header size near 2^64
    // wrapped the same way. Both are refused as out of bounds now.
    void wrappingOffsetsAreRefused_data()
    {
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("offset wraps") << QStringLiteral("18446744073709551612") << QStringLiteral("out of bounds");
        QTest::newRow("offset past") << QStringLiteral("16") << QStringLiteral("out of bounds");
    }
    void wrappingOffsetsAreRefused()
    {
        QFETCH(QString, offset);
        QFETCH(QString, words);
        const std::string header =
            R"({"kind":"model","metadata":{},"tensors":[{"name":"w","dtype":"float32","shape":[1],"offset":)" +
            offset.toStdString() + R"(,"bytes":4}]})";
        const std::string bytes = containerBytes(header);
        expectRefused(writeBytes(path("offset.emolens"), bytes), words.toStdString());

        std::string huge("EMOLENS\x1a", 8); // a header size that wraps 24 + size + 8 to 16
        auto add = [&huge](auto v) { huge.append(reinterpret_cast<const char *>(&v), sizeof v); };
        add(std::uint32_t(1));
        add(std::uint32_t(0));
        add(std::uint64_t(0) - 16);
        huge += std::string(24, '\0');
        add(fnv1a64(huge.data(), huge.size()));
        expectRefused(writeBytes(path("header.emolens"), huge), "header runs past the end");
    }

    // A config that asks for far more weights than the file holds is refused
    // before the network (gigabytes for 16 layers of 2048 channels) is allocated.
    void configLargerThanItsWeightsIsRefused()
    {
        AttentionPoolingCnn net(ModelConfig{}, 4);
        const std::string good = path("small.emolens");
        saveModel(good, net, metadataFor(net.config()));
        std::string bytes = readBytes(good);
        const std::string from = R"("channels":[)";
        const auto at = bytes.find(from);
        QVERIFY(at != std::string::npos);
        const auto close = bytes.find(']', at);
        const std::string wide = "2048,2048,2048,2048,2048,2048,2048,2048,2048";
        const std::string original = bytes.substr(at + from.size(), close - at - from.size());
        // keep the header's length: pad the new list to the old one's size is not possible, so rebuild the length field
        bytes.replace(at + from.size(), original.size(), wide);
        std::uint64_t headerBytes = 0;
        std::memcpy(&headerBytes, bytes.data() + 16, 8);
        headerBytes += wide.size() - original.size();
        std::memcpy(&bytes[16], &headerBytes, 8);
        bytes.replace(bytes.size() - 32, 32, sha256(bytes.data(), bytes.size() - 32)); // edited under a valid checksum
        expectRefused(writeBytes(path("wide.emolens"), bytes), "weights");
    }

    // A torch.save file with flipped bytes is reported as damaged (which entry),
    // never imported as corrupted weights under a fresh checksum.
    void damagedStateDictIsReportedAsDamaged()
    {
        AttentionPoolingCnn net(ModelConfig{}, 7);
        const std::string pt = path("whole.pt");
        exportStateDict(pt, net, metadataFor(net.config()));
        std::string bytes = readBytes(pt);
        const std::string marker = "data/3";
        bytes[bytes.size() / 2] ^= 0x5A; // inside some tensor's bytes
        writeBytes(path("damaged.pt"), bytes);
        writeBytes(path("damaged.pt.json"), readBytes(pt + ".json"));
        try {
            importStateDict(path("damaged.pt"));
            QFAIL("a damaged archive was imported");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(std::string(e.what()).find("CRC-32") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("OrderedDict") == std::string::npos, e.what());
        }
        writeBytes(path("cut.pt"), readBytes(pt).substr(0, readBytes(pt).size() - 30));
        writeBytes(path("cut.pt.json"), readBytes(pt + ".json"));
        try {
            importStateDict(path("cut.pt"));
            QFAIL("a truncated archive was imported");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("truncated") != std::string::npos ||
                         std::string(e.what()).find("end record") != std::string::npos,
                     e.what());
        }
        (void)marker;
        QCOMPARE(model::crc32(reinterpret_cast<const unsigned char *>("123456789"), 9),
                 0xCBF43926u); // the standard check value
    }

    void pythonLoadsTheExport()
    {
        QProcess probe;
        probe.start("/usr/bin/python3", {"-c", "import torch, numpy"});
        if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 has no torch (apt install python3-torch)");
        AttentionPoolingCnn net(ModelConfig{}, 8);
        const std::string pt = path("py.pt");
        exportStateDict(pt, net, metadataFor(net.config()));
        const auto x = inputs(2);
        writeNpy(path("x.npy"), {2, 400, 200}, x.data());
        const ModelOutput ours = net.forward(x.data(), 2, true);
        QProcess py;
        py.setProcessChannelMode(QProcess::MergedChannels);
        const QString script = QStringLiteral("import sys, json, numpy, torch\n"
                                              "sys.path.insert(0, sys.argv[1])\n"
                                              "from emolens_model import EmoLensNet\n"
                                              "net = EmoLensNet.from_metadata(json.load(open(sys.argv[2] + '.json')))\n"
                                              "net.load_state_dict(torch.load(sys.argv[2]))\n"
                                              "net.eval()\n"
                                              "x = torch.from_numpy(numpy.load(sys.argv[3])).unsqueeze(1)\n"
                                              "with torch.no_grad():\n"
                                              "    logits, t, b = net(x)\n"
                                              "numpy.save(sys.argv[4], logits.numpy())\n"
                                              "numpy.save(sys.argv[5], b.numpy())\n");
        py.start("/usr/bin/python3",
                 {"-c", script, QStringLiteral(EMOLENS_SOURCE_DIR "/docs/interop"), QString::fromStdString(pt),
                  QString::fromStdString(path("x.npy")), QString::fromStdString(path("logits.npy")),
                  QString::fromStdString(path("b.npy"))});
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, py.readAll().constData());
        const NpyArray logits = readNpy(path("logits.npy"));
        QCOMPARE(logits.shape, (std::vector<std::int64_t>{2, 4}));
        for (std::size_t i = 0; i < logits.values.size(); ++i)
            QVERIFY2(std::abs(logits.values[i] - ours.logits[i]) < 1e-4, "PyTorch and EmoLens disagree on the logits");
        const NpyArray b = readNpy(path("b.npy"));
        QCOMPARE(b.shape, (std::vector<std::int64_t>{2, 99, 49}));
        for (std::size_t i = 0; i < ours.maps[0].bottomUp.size(); ++i)
            QVERIFY(std::abs(b.values[i] - ours.maps[0].bottomUp[i]) < 1e-6);

        // And the other way: a state dict saved by Python imports into EmoLens.
        QProcess save;
        save.start("/usr/bin/python3",
                   {"-c",
                    "import sys, json, torch\nsys.path.insert(0, sys.argv[1])\nfrom emolens_model import EmoLensNet\n"
                    "torch.manual_seed(0)\nnet = EmoLensNet()\ntorch.save(dict(net.state_dict()), sys.argv[2])\n"
                    "torch.save(net.state_dict(), sys.argv[3])\n",
                    QStringLiteral(EMOLENS_SOURCE_DIR "/docs/interop"), QString::fromStdString(path("from_python.pt")),
                    QString::fromStdString(path("ordered.pt"))});
        QVERIFY(save.waitForFinished(120000));
        QCOMPARE(save.exitCode(), 0);
        const ModelMetadata like = metadataFor(ModelConfig{});
        const LoadedModel imported = importStateDict(path("from_python.pt"), &like);
        QCOMPARE(imported.model.config().numClasses, 4);
        // state_dict() itself is an OrderedDict, which LibTorch 1.13 cannot unpickle: the message says what to do.
        try {
            importStateDict(path("ordered.pt"), &like);
            QFAIL("an OrderedDict state dict was accepted by a LibTorch that cannot read it");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("dict(net.state_dict())") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
