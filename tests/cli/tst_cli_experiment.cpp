// The experiment workflow through emolens-cli, on a synthetic corpus the test
// writes: train, predict, attention, sweep, export/import, annotations, options and
// the exit codes of bad input (crossval and report: tst_cli_crossval). One epoch
// each: this checks the plumbing and the files; learning is tst_training's subject.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Digest.h"
#include "emolens/FeatureStore.h"
#include "emolens/Model.h"
#include "emolens/Npy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace emolens;

namespace {
using Run = test::CliRun;
using test::cli;
using test::jsonFile;
const QStringList kQuick = test::quickTraining();
} // namespace

class TestCliExperiment : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { m_spec = test::syntheticCorpus(path("corpus"), 3, 2); }

    void trainPredictAttentionExportImport()
    {
        Run r = cli(QStringList{"train", "--corpus", m_spec, "--fold", "s2", "--out", path("m.emolens"), "--json",
                                path("m.json")} +
                    kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonFile(path("m.json"))["metrics"].toObject()["utterances"].toInt(), 6);
        QCOMPARE(jsonFile(path("m.json"))["experiment"].toObject()["training"].toObject()["precision"].toString(),
                 QString("fp32"));
        // bfloat16 training is an option, recorded with the result
        r = cli(QStringList{"train", "--corpus", m_spec, "--fold", "s2", "--out", path("m16.emolens"), "--json",
                            path("m16.json"), "--train-precision", "bf16"} +
                kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonFile(path("m16.json"))["experiment"].toObject()["training"].toObject()["precision"].toString(),
                 QString("bf16"));

        const QString a = path("corpus/s2_tonal_0.wav"), b = path("corpus/s3_clicks_1.wav");
        r = cli({"predict", "--model", path("m.emolens"), a, b, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results[0].toObject();
        QCOMPARE(first["file"].toString(), a);
        QVERIFY(QStringList({"tonal", "noisy", "clicks"}).contains(first["predicted"].toString()));
        double sum = 0;
        for (const auto &p : first["probabilities"].toObject())
            sum += p.toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        const QJsonArray segments = first["segments"].toArray();
        QCOMPARE(segments.size(), 1); // 2 s: one segment
        QCOMPARE(segments[0].toObject()["end"].toDouble(), 2.0);

        // one missing file: reported, the others still predicted, exit 2
        r = cli({"predict", "--model", path("m.emolens"), a, path("nope.wav"), "--json"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        QVERIFY(r.err.contains("nope.wav"));

        // attention maps on the file's time axis
        r = cli({"attention", "--model", path("m.emolens"), a, "--out", path("att")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const NpyArray bu = readNpy(path("att/bottom_up.npy").toStdString());
        QCOMPARE(bu.shape, (std::vector<std::int64_t>{99, 200})); // 2 s = 200 columns of 10 ms
        for (const char *name : {"spectrogram.png", "bottom_up.png", "top_down_clicks.png", "contribution_tonal.png"}) {
            const std::string png = test::readBytes(path("att/" + QString(name)).toStdString());
            QVERIFY2(png.size() > 8 && png.compare(1, 3, "PNG") == 0, name);
        }
        const QJsonObject info = jsonFile(path("att/attention.json"));
        QCOMPARE(info["predicted"].toString(), first["predicted"].toString());
        QVERIFY(info["model"].toObject().contains("protocol"));

        // export, import, and the imported model predicts the same
        r = cli({"export", "--model", path("m.emolens"), "--out", path("m.pt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(path("m.pt.json")));
        r = cli({"import", path("m.pt"), "--out", path("back.emolens")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run p1 = cli({"predict", "--model", path("m.emolens"), a, "--json"});
        const Run p2 = cli({"predict", "--model", path("back.emolens"), a, "--json"});
        QCOMPARE(QJsonDocument::fromJson(p2.out.toUtf8()).array()[0].toObject()["probabilities"],
                 QJsonDocument::fromJson(p1.out.toUtf8()).array()[0].toObject()["probabilities"]);
    }

    void sweepWritesATable()
    {
        const Run r = cli(QStringList{"sweep", "--corpus", m_spec, "--fold", "s1", "--param", "pooling", "--values",
                                      "attention,average", "--out", path("sweep")} +
                          kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromStdString(test::readBytes(path("sweep/sweep-pooling.tsv").toStdString()))
                                      .split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(
            "# exploratory: scored on the held-out speaker")); // never mistaken for a validated choice
        QVERIFY(lines[3].startsWith("average\t"));
        QVERIFY(r.out.contains("exploratory"));
        QVERIFY(jsonFile(path("sweep/sweep-pooling.json"))["scoredOn"].toString().startsWith("exploratory"));
    }

    void annotationsCorrectLabelsAndAreRecorded()
    {
        const QString file = path("corrections.json");
        test::writeBytes(
            file.toStdString(),
            R"({"format": "emolens-annotations", "version": 1, "corpus": "", "annotations": [)"
            R"({"id": "s1_tonal_0", "originalLabel": "tonal", "label": "clicks", "note": "", "author": "t", "modified": ""}]})");
        Run r = cli({"corpus", m_spec, "--classes", "tonal,noisy,clicks", "--annotations", file, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const auto &u : j["utterances"].toArray())
            if (u.toObject()["id"].toString() == "s1_tonal_0")
                QCOMPARE(u.toObject()["label"].toString(), QString("clicks"));
        QCOMPARE(j["counts"].toObject()["s1"].toObject()["clicks"].toInt(), 3);
        // The digest is the file's SHA-256 (what sha256sum prints), checked here with Qt's own.
        const QByteArray fileBytes = QByteArray::fromStdString(test::readBytes(file.toStdString()));
        QCOMPARE(j["protocol"].toObject()["annotations"].toObject()["digest"].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex()));
        test::writeBytes(path("broken.json").toStdString(), "{");
        r = cli({"corpus", m_spec, "--annotations", path("broken.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("broken.json"));
    }

    // Found by driving emolens-cli with odd inputs; each failed before its fix.
    void sameAudioUnderTwoSpeakersNeverLeaks()
    {
        // The same file under a second speaker: listed once (the repeat is reported), so fold 1 trains and tests
        // cleanly.
        const QString csv = path("corpus/dup.csv");
        QString text = QString::fromStdString(test::readBytes(path("corpus/corpus.csv").toStdString()));
        text += "s1_tonal_0.wav,s2,tonal\n";
        test::writeBytes(csv.toStdString(), text.toStdString());
        Run r = cli({"corpus", "csv:" + csv, "--classes", "tonal,noisy,clicks", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(QJsonDocument(j["skipped"].toArray()).toJson().contains("duplicate of s1_tonal_0"));
        // A byte-identical copy under another name and speaker: the fold is refused.
        QFile::copy(path("corpus/s1_tonal_0.wav"), path("corpus/copy.wav"));
        text += "copy.wav,s2,tonal\n";
        test::writeBytes(csv.toStdString(), text.toStdString());
        r = cli(QStringList{"train", "--corpus", "csv:" + csv, "--fold", "s1", "--out", path("leak.emolens")} + kQuick);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("byte-identical") && r.err.contains("s1_tonal_0"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("leak.emolens")));
    }

    void corpusJsonSurvivesBytesThatAreNotUtf8()
    {
        const QString csv = path("corpus/latin1.csv");
        test::writeBytes(csv.toStdString(), "path,speaker,label\ns1_tonal_0.wav,s1,tonal\ncaf\xe9.wav,s2,noisy\n");
        const Run r = cli({"corpus", "csv:" + csv, "--classes", "tonal,noisy,clicks", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["skipped"].toArray().size(), 1);
    }

    void nanWeightsAreRefused()
    {
        QVERIFY(QFileInfo::exists(path("m.emolens")));
        std::string bytes = test::readBytes(path("m.emolens").toStdString());
        std::uint64_t headerBytes = 0;
        std::memcpy(&headerBytes, bytes.data() + 16, 8);
        const std::size_t dataAt = 24 + headerBytes + 8;
        const float nan = std::nanf("");
        for (int i = 0; i < 16; ++i) // the first weights of the first tensor
            std::memcpy(&bytes[dataAt + 4 * i], &nan, 4);
        bytes.replace(bytes.size() - 32, 32, sha256(bytes.data(), bytes.size() - 32)); // a valid checksum
        test::writeBytes(path("nan.emolens").toStdString(), bytes);
        const Run r = cli({"predict", "--model", path("nan.emolens"), path("corpus/s1_tonal_0.wav")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("NaN") && r.err.contains("nan.emolens"), qPrintable(r.err));
        QVERIFY(!r.out.contains("nan"));
    }

    void smallerOddities()
    {
        // --json into a folder that does not exist fails before training, not after it
        Run r = cli(QStringList{"train", "--corpus", m_spec, "--fold", "s2", "--out", path("ok.emolens"), "--json",
                                path("no/such/dir/r.json")} +
                    kQuick);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no/such/dir") && !r.err.contains("epoch"), qPrintable(r.err));
        // report names the truncated fold file
        QDir().mkpath(path("cut"));
        for (const char *s : {"s1", "s2", "s3"})
            QFile::copy(path(QStringLiteral("cv/fold-%1.json").arg(s)),
                        path(QStringLiteral("cut/fold-%1.json").arg(s)));
        const std::string whole = test::readBytes(path("cut/fold-s2.json").toStdString());
        test::writeBytes(path("cut/fold-s2.json").toStdString(), whole.substr(0, whole.size() / 2));
        r = cli({"report", path("cut")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("fold-s2.json"), qPrintable(r.err));
        // a huge annotation version is reported as written, not wrapped to 0
        test::writeBytes(
            path("v.json").toStdString(),
            R"({"format": "emolens-annotations", "version": 1099511627776, "corpus": "", "annotations": []})");
        r = cli({"corpus", m_spec, "--annotations", path("v.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("1099511627776"), qPrintable(r.err));
        // annotations naming no utterance of this corpus are not counted as applied
        test::writeBytes(
            path("other.json").toStdString(),
            R"({"format": "emolens-annotations", "version": 1, "corpus": "", "annotations": [)"
            R"({"id": "not_here", "originalLabel": "tonal", "label": "clicks", "note": "", "author": "t", "modified": ""}]})");
        r = cli({"corpus", m_spec, "--classes", "tonal,noisy,clicks", "--annotations", path("other.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("0 of 1") && r.err.contains("ignored"), qPrintable(r.err));
    }

    void optionsAreRecordedAndReplayed()
    {
        // --save-config records the command's options; --config replays them, the command line winning.
        const QString file = path("plan.toml");
        Run r = cli(QStringList{"--save-config", file, "crossval", "--corpus", m_spec, "--out", path("cv"), "--plan"} +
                    kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString("s1\ns2\ns3\n"));
        const QString toml = QString::fromStdString(test::readBytes(file.toStdString()));
        QVERIFY2(toml.contains("[crossval]") && toml.contains("epochs=1") && toml.contains("tonal"), qPrintable(toml));
        r = cli({"--config", file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString("s1\ns2\ns3\n"));
        r = cli({"--config", file, "crossval", "--folds", "s2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString("s2\n"));
        // The replayed options are checked like typed ones.
        test::writeBytes(file.toStdString(),
                         "[crossval]\ncorpus=\"" + m_spec.toStdString() + "\"\nout=\"x\"\nepochs=0\n");
        r = cli({"--config", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--epochs") && r.err.contains("must be in [1, 1000000]"), qPrintable(r.err));
    }

    void optionsAreTypedAndChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("epochs and steps") << QStringList{"--epochs", "2", "--steps", "9"} << "--steps";
        QTest::newRow("not a number") << QStringList{"--lr", "fast"} << "--lr";
        QTest::newRow("negative") << QStringList{"--min-duration", "-1"} << "--min-duration";
        QTest::newRow("unknown weighting") << QStringList{"--class-weights", "inverse"} << "--class-weights";
        QTest::newRow("unknown pooling") << QStringList{"--pooling", "sum"} << "--pooling";
        QTest::newRow("cache and no cache") << QStringList{"--cache", "c", "--no-cache"} << "--no-cache";
    }
    void optionsAreTypedAndChecked()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const Run r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("never"), "--plan"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mention) && r.err.contains("crossval --help"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("never")));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("train without --out") << QStringList{"train", "--corpus", m_spec} << "--out";
        QTest::newRow("unknown fold")
            << (QStringList{"crossval", "--corpus", m_spec, "--folds", "s9", "--out", path("x")} + kQuick) << "s9";
        QTest::newRow("missing corpus") << QStringList{"train", "--corpus", "csv:" + path("none.csv"), "--out",
                                                       path("y")}
                                        << "none.csv";
        QTest::newRow("bad epochs") << QStringList{"train", "--corpus", m_spec, "--out", path("y"), "--epochs", "0"}
                                    << "--epochs";
        QTest::newRow("bad train precision")
            << QStringList{"train", "--corpus", m_spec, "--out", path("y"), "--train-precision", "fp16"}
            << "--train-precision";
        QTest::newRow("bad pooling") << QStringList{"train",   "--corpus",  m_spec,  "--out",
                                                    path("y"), "--pooling", "median"}
                                     << "pooling";
        QTest::newRow("corrupt model") << QStringList{"predict", "--model", path("corrupt.emolens"),
                                                      path("corpus/s1_tonal_0.wav")}
                                       << "corrupt.emolens";
        QTest::newRow("model is audio") << QStringList{"predict", "--model", path("corpus/s1_tonal_0.wav"),
                                                       path("corpus/s1_tonal_0.wav")}
                                        << "magic";
        QTest::newRow("sweep other param") << (QStringList{"sweep", "--corpus", m_spec, "--fold", "s1", "--param",
                                                           "channels", "--values", "1", "--out", path("z")})
                                           << "--param";
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        test::writeBytes(path("corrupt.emolens").toStdString(), std::string("EMOLENS\x1a", 8) + std::string(100, 'x'));
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExperiment)
#include "tst_cli_experiment.moc"
