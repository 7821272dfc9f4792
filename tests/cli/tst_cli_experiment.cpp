// The experiment workflow through emolens-cli, on a synthetic corpus the test
// writes: crossval (and its resume), report, train, predict, attention, sweep,
// export/import, and the exit codes of bad input. One epoch each: this checks
// the plumbing and the files; learning itself is tst_training's subject.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Npy.h"

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

using namespace emolens;

namespace {
using Run = test::CliRun;
Run cli(const QStringList &args)
{
    return test::runCli(QStringLiteral(EMOLENS_CLI_PATH), args);
}

QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QStringList kQuick = {"--epochs", "1", "--batch", "4", "--no-cache", "--classes", "tonal,noisy,clicks"};
} // namespace

class TestCliExperiment : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(path("corpus"));
        m_spec = "csv:" + QString::fromStdString(
                              test::writeSyntheticCorpus(path("corpus").toStdString(), 3, 2, {"tonal", "noisy", "clicks"}));
    }

    void crossvalWritesFoldsAndSummary()
    {
        const Run r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv")} + kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("mean +- sd"));
        for (const char *s : {"s1", "s2", "s3"}) {
            const QJsonObject fold = jsonFile(path(QStringLiteral("cv/fold-%1.json").arg(s)));
            const QJsonObject experiment = fold["experiment"].toObject();
            QCOMPARE(experiment["heldOutSpeaker"].toString(), QString(s));
            QVERIFY(!experiment["trainingSpeakers"].toArray().contains(QString(s)));
            QCOMPARE(experiment["trainingSpeakers"].toArray().size(), 2);
            QVERIFY(experiment["features"].toObject().contains("segmentSamples"));
            QCOMPARE(experiment["protocol"].toObject()["classes"].toArray().size(), 3);
            const QJsonArray predictions = fold["predictions"].toArray();
            QCOMPARE(predictions.size(), 6);
            for (const auto &p : predictions)
                QCOMPARE(p.toObject()["speaker"].toString(), QString(s));
            QVERIFY(QFileInfo::exists(path(QStringLiteral("cv/fold-%1.emolens").arg(s))));
            QVERIFY(!QFileInfo::exists(path(QStringLiteral("cv/fold-%1.emolens.ckpt").arg(s))));
        }
        const QJsonObject summary = jsonFile(path("cv/summary.json"));
        QCOMPARE(summary["folds"].toArray().size(), 3);
        QCOMPARE(summary["pooled"].toObject()["utterances"].toInt(), 18);
        QVERIFY(summary["experiment"].toObject().contains("protocol"));
        QVERIFY(summary["wa"].toObject().contains("sd"));
    }

    void crossvalResumesAndRefusesAnotherProtocol()
    {
        const QByteArray before = test::readBytes(path("cv/fold-s2.json").toStdString()).c_str();
        Run r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv")} + kQuick);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.count("finished earlier"), 3);
        QCOMPARE(QByteArray(test::readBytes(path("cv/fold-s2.json").toStdString()).c_str()), before);
        r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv"), "--seed", "2"} + kQuick);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("different experiment"));
    }

    void reportPrintsTheTable()
    {
        Run r = cli({"report", path("cv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("s1") && r.out.contains("s3"));
        QVERIFY(r.out.contains("confusion"));
        QVERIFY(r.out.contains("pooled"));
        r = cli({"report", path("cv/summary.json"), "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["folds"].toArray().size(), 3);
        QCOMPARE(cli({"report", path("corpus")}).exitCode, 2); // no fold files there
    }

    void trainPredictAttentionExportImport()
    {
        Run r = cli(QStringList{"train", "--corpus", m_spec, "--fold", "s2", "--out", path("m.emolens"), "--json",
                                path("m.json")} + kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonFile(path("m.json"))["metrics"].toObject()["utterances"].toInt(), 6);

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
                                      "attention,average", "--out", path("sweep")} + kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromStdString(test::readBytes(path("sweep/sweep-pooling.tsv").toStdString()))
                                      .split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].startsWith("average\t"));
    }

    void annotationsCorrectLabelsAndAreRecorded()
    {
        const QString file = path("corrections.json");
        test::writeBytes(file.toStdString(),
                         R"({"format": "emolens-annotations", "version": 1, "corpus": "", "annotations": [)"
                         R"({"id": "s1_tonal_0", "originalLabel": "tonal", "label": "clicks", "note": "", "author": "t", "modified": ""}]})");
        Run r = cli({"corpus", m_spec, "--classes", "tonal,noisy,clicks", "--annotations", file, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const auto &u : j["utterances"].toArray())
            if (u.toObject()["id"].toString() == "s1_tonal_0")
                QCOMPARE(u.toObject()["label"].toString(), QString("clicks"));
        QCOMPARE(j["counts"].toObject()["s1"].toObject()["clicks"].toInt(), 3);
        QVERIFY(j["protocol"].toObject()["annotations"].toObject()["digest"].toString().size() == 16);
        test::writeBytes(path("broken.json").toStdString(), "{");
        r = cli({"corpus", m_spec, "--annotations", path("broken.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("broken.json"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("train without --out") << QStringList{"train", "--corpus", m_spec} << "--out";
        QTest::newRow("unknown fold") << (QStringList{"crossval", "--corpus", m_spec, "--folds", "s9", "--out", path("x")} + kQuick) << "s9";
        QTest::newRow("missing corpus") << QStringList{"train", "--corpus", "csv:" + path("none.csv"), "--out", path("y")} << "none.csv";
        QTest::newRow("bad epochs") << QStringList{"train", "--corpus", m_spec, "--out", path("y"), "--epochs", "0"} << "--epochs";
        QTest::newRow("bad pooling") << QStringList{"train", "--corpus", m_spec, "--out", path("y"), "--pooling", "median"} << "pooling";
        QTest::newRow("corrupt model") << QStringList{"predict", "--model", path("corrupt.emolens"), path("corpus/s1_tonal_0.wav")} << "corrupt.emolens";
        QTest::newRow("model is audio") << QStringList{"predict", "--model", path("corpus/s1_tonal_0.wav"), path("corpus/s1_tonal_0.wav")} << "magic";
        QTest::newRow("sweep other param") << (QStringList{"sweep", "--corpus", m_spec, "--fold", "s1", "--param", "channels", "--values", "1", "--out", path("z")}) << "--param";
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
