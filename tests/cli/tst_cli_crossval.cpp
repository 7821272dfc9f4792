// Cross-validation through emolens-cli on a synthetic corpus the test writes:
// crossval's fold and summary files, resuming (from the committed result files
// alone), busy folds left to their owner, a validation speaker choosing the epoch,
// and report's tables (plain, JSON, Markdown, over seeds). One epoch each: this
// checks the plumbing and the files; learning itself is tst_training's subject.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Device.h"
#include "emolens/FileLock.h"
#include "emolens/Model.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace emolens;

namespace {
using Run = test::CliRun;
using test::cli;
using test::jsonFile;
const QStringList kQuick = test::quickTraining();
} // namespace

class TestCliCrossval : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { m_spec = test::syntheticCorpus(path("corpus"), 3, 2); }

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
            // where the numbers were computed: device, threads on a CPU, the LibTorch
            const QString computedOn = fold["computedOn"].toString();
            QVERIFY2(computedOn.startsWith(cudaDeviceCount() > 0 ? "cuda:0, LibTorch " : "cpu, "),
                     qPrintable(computedOn));
            QVERIFY2(
                QRegularExpression("^(cpu, [0-9]+ threads?|cuda:0), LibTorch [0-9][0-9.]*(, CUDA [0-9]+\\.[0-9]+)?$")
                    .match(computedOn)
                    .hasMatch(),
                qPrintable(computedOn));
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

    // A fold another process holds (a job array task, a second run) is left to it; a
    // model another train run writes is refused, never overwritten.
    void busyFoldsAndModelsAreLeftAlone()
    {
        QDir().mkpath(path("busy-models"));
        const auto fold = FileLock::tryLock(path("busy-models/fold-s2.lock").toStdString());
        QVERIFY(fold);
        Run r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("busy"), "--models", path("busy-models"),
                                "--folds", "s2"} +
                    kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("fold s2: another process runs it") &&
                     r.err.contains(QString("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(r.err));
        QVERIFY(r.out.contains("no fold has finished"));
        QVERIFY(!QFileInfo::exists(path("busy/fold-s2.json")));
        QVERIFY(!QFileInfo::exists(path("busy-models/fold-s2.emolens.ckpt")));

        const auto model = FileLock::tryLock(path("busy.emolens.lock").toStdString());
        QVERIFY(model);
        r = cli(QStringList{"train", "--corpus", m_spec, "--out", path("busy.emolens"), "--fold", "s1"} + kQuick);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("busy.emolens") && r.err.contains("being trained by another"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path("busy.emolens")));
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

    void crossvalResumesFromResultFilesAloneAndReportsProgress()
    {
        // What a commit of the results folder holds: the small JSON files, no models.
        QDir().mkpath(path("cv2"));
        for (const QString &f : QDir(path("cv")).entryList({"*.json"}, QDir::Files))
            QFile::copy(path("cv/" + f), path("cv2/" + f));
        QFile::remove(path("cv2/fold-s3.json"));
        Run r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv2"), "--plan"} + kQuick);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString("s1\ns2\ns3\n"));
        QCOMPARE(r.err.count("finished"), 2);
        qputenv("EMOLENS_PROGRESS_SECONDS", "0"); // a line per update when stderr is not a terminal (logs, Slurm)
        r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv2"), "--models", path("cv2-models")} +
                kQuick);
        qunsetenv("EMOLENS_PROGRESS_SECONDS");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.err.count("finished earlier"), 2); // their models are elsewhere: the results are what counts
        QVERIFY(QFileInfo::exists(path("cv2-models/fold-s3.emolens")));
        QVERIFY(!QFileInfo::exists(path("cv2/fold-s3.emolens")));
        const QJsonObject fold = jsonFile(path("cv2/fold-s3.json"));
        QCOMPARE(fold["model"].toString(), QString("../cv2-models/fold-s3.emolens"));
        QVERIFY(!fold["experiment"].toObject()["commit"].toString().isEmpty());
        const QJsonObject summary = jsonFile(path("cv2/summary.json"));
        QCOMPARE(summary["folds"].toArray().size(), 3); // the earlier folds' files count too
        if (bfloat16IsNative()) { // the bfloat16 check runs where bfloat16 is native, not emulated
            const QJsonObject bf16 = fold["bfloat16"].toObject();
            QVERIFY(bf16["metrics"].toObject().contains("ua"));
            QVERIFY(bf16["segmentAgreement"].toDouble() >= 0.0 && bf16["segmentAgreement"].toDouble() <= 1.0);
            QCOMPARE(summary["bfloat16"].toObject()["folds"].toInt(), 3);
        } else {
            QVERIFY(!fold.contains("bfloat16") && !summary.contains("bfloat16"));
        }
        QCOMPARE(summary["commits"].toArray().size(), 1);
        QVERIFY2(r.err.contains("batches") && r.err.contains("ETA"), qPrintable(r.err));
        QVERIFY(!r.err.contains("\r")); // plain lines, no terminal control in a log
        r = cli({"report", path("cv2")});
        QVERIFY2(r.out.contains("bf16 changed") && r.out.contains("trained by commit") &&
                     r.out.contains("computed on " + QString(cudaDeviceCount() > 0 ? "cuda:0" : "cpu")),
                 qPrintable(r.out));
    }

    void crossvalWithStepsAndValidationSpeakersRecordsTheChoice()
    {
        const QStringList common = {"--corpus",
                                    m_spec,
                                    "--batch",
                                    "4",
                                    "--no-cache",
                                    "--classes",
                                    "tonal,noisy,clicks",
                                    "--steps",
                                    "4",
                                    "--validation-speakers",
                                    "1"};
        Run r = cli(QStringList{"crossval", "--out", path("cv-val"), "--folds", "s3"} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject fold = jsonFile(path("cv-val/fold-s3.json"));
        const QJsonObject experiment = fold["experiment"].toObject();
        QCOMPARE(experiment["validationSpeakers"].toArray(), QJsonArray({"s1"})); // the speaker after s3, cyclically
        QCOMPARE(experiment["trainingSpeakers"].toArray(), QJsonArray({"s2"}));
        const QJsonObject training = experiment["training"].toObject();
        QCOMPARE(training["steps"].toInt(), 4);
        QCOMPARE(training["validation"].toObject()["choice"].toString(), QString("best-epoch"));
        const QJsonObject schedule = fold["schedule"].toObject();
        QCOMPARE(schedule["epochs"].toInt(), 2); // 6 segments of s2 in batches of 4: 2 batches per epoch
        QVERIFY(schedule["chosenEpoch"].toInt() >= 1 && schedule["chosenEpoch"].toInt() <= 2);
        const QJsonArray history = experiment["history"].toArray();
        QCOMPARE(history.size(), 2);
        QVERIFY(history[0].toObject()["validation"].toObject().contains("ua"));
        // without a fold there is nothing to choose the epoch within
        r = cli(QStringList{"train", "--out", path("all.emolens")} + common);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--validation-speakers"));
        r = cli(QStringList{"crossval", "--out", path("x"), "--epochs", "2"} + common);
        QCOMPARE(r.exitCode, 2); // --steps and --epochs together
    }

    void reportInMarkdownAndOverSeeds()
    {
        Run r = cli({"report", path("cv"), "--markdown", "--title", "synthetic, seed 1"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("#### synthetic, seed 1\n"), qPrintable(r.out));
        QVERIFY(r.out.contains("| s2 |") && r.out.contains("**mean ± sd (3 folds)**"));
        QVERIFY(r.out.contains("| truth \\ predicted | tonal | noisy | clicks |"));
        QVERIFY(r.out.contains("Trained by commit"));
        r = cli(QStringList{"crossval", "--corpus", m_spec, "--out", path("cv-seed2"), "--seed", "2"} + kQuick);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({"report", path("cv"), path("cv-seed2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("over 2 seeds"), qPrintable(r.out));
        r = cli({"report", path("cv"), path("cv-seed2"), "--markdown"});
        QVERIFY(r.out.contains("**mean ± sd over 2 seeds**"));
        r = cli({"report", path("cv"), path("cv-val")}); // another schedule: never averaged with this one
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("differs in more than the seed"));
    }
};

QTEST_GUILESS_MAIN(TestCliCrossval)
#include "tst_cli_crossval.moc"
