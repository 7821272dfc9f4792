// Nothing lost in training: `emolens-cli train` is killed (SIGKILL: no handler runs) again
// and again at random moments, mid-batch, mid-epoch or mid-checkpoint, and each rerun
// resumes from the checkpoint on disk; the model it finally writes is bit-identical to an
// uninterrupted run's. A kill in the middle of writing a checkpoint, which random moments
// hit only by luck, is aimed at with an LD_PRELOAD library (tests/support/kill_in_write.cpp),
// for `train` and for `crossval`.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/ModelFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <random>

using namespace emolens;

class TestCliKill : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString m_spec;
    int m_runMs = 0;

    static QStringList options()
    {
        return {"--classes", "tonal,noisy,clicks", "--epochs", "8",         "--batch", "4", "--seed",
                "3",         "--threads",          "1",        "--no-cache"};
    }
    QStringList trainArgs(const QString &spec, const QString &out) const
    {
        return QStringList{"train", "--corpus", spec, "--out", out, "--fold", "s1"} + options();
    }
    QStringList crossvalArgs(const QString &out) const
    {
        return QStringList{"crossval", "--corpus", m_spec, "--out", out} + options();
    }

    /// Runs the CLI with the kill-in-write library aimed at the \p n-th file whose name has
    /// \p needle; returns its merged output (the process must have been killed).
    QString runKilledInWrite(const QStringList &args, const QString &needle, int n)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(EMOLENS_KILL_IN_WRITE_LIB));
        env.insert(QStringLiteral("EMOLENS_KILL_IN_WRITE"), needle + QLatin1Char(':') + QString::number(n));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(EMOLENS_CLI_PATH), args);
        if (!p.waitForStarted() || !p.waitForFinished(300000))
            return QStringLiteral("did not start or finish");
        const QString out = QString::fromUtf8(p.readAll());
        if (p.exitStatus() != QProcess::CrashExit)
            return QStringLiteral("NOT KILLED (exit %1): %2").arg(p.exitCode()).arg(out);
        return out;
    }

    /// The model files \p a and \p b give the same logits bit for bit and the same history.
    static void compareModels(const QString &a, const QString &b)
    {
        LoadedModel x = loadModel(a.toStdString());
        LoadedModel y = loadModel(b.toStdString());
        std::vector<float> probe(static_cast<std::size_t>(x.model.config().inputHeight * x.model.config().inputWidth));
        std::mt19937 fill(11);
        std::uniform_real_distribution<float> u(0.0f, 1.0f);
        for (float &v : probe)
            v = u(fill);
        QVERIFY2(x.model.forward(probe.data(), 1).logits == y.model.forward(probe.data(), 1).logits,
                 qPrintable(b + QStringLiteral(" differs from the uninterrupted run's ") + a));
        QCOMPARE(x.metadata.training.toJson(), y.metadata.training.toJson());
    }

    /// A fold result's scores and per-utterance predictions (its timings differ run to run).
    static QJsonObject scored(const QString &foldFile)
    {
        QFile f(foldFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
        return QJsonObject{{"metrics", all.value(QStringLiteral("metrics"))},
                           {"predictions", all.value(QStringLiteral("predictions"))}};
    }

    /// The checkpoint write's temporary files next to \p file.
    QStringList partsOf(const QString &file) const
    {
        const QFileInfo info(file);
        return info.dir().entryList({info.fileName() + QStringLiteral(".ckpt.part-*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(path("corpus"));
        m_spec = "csv:" + QString::fromStdString(test::writeSyntheticCorpus(path("corpus").toStdString(), 2, 2,
                                                                            {"tonal", "noisy", "clicks"}));
        QElapsedTimer clock;
        clock.start();
        const auto reference =
            test::runCli(QStringLiteral(EMOLENS_CLI_PATH), trainArgs(m_spec, path("reference.emolens")));
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        m_runMs = static_cast<int>(clock.elapsed());
    }

    void trainingSurvivesSigkillAndResumesBitIdentical()
    {
        const QString &spec = m_spec;
        const int runMs = m_runMs;

        // Kill moments spread over a whole run's length, whatever this machine's speed.
        std::mt19937 rng(7); // fixed: a failure reproduces
        std::uniform_int_distribution<int> after(runMs / 20, runMs * 6 / 10);
        int kills = 0, resumed = 0;
        for (int attempt = 0; attempt < 25; ++attempt) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(EMOLENS_CLI_PATH), trainArgs(spec, path("killed.emolens")));
            QVERIFY(p.waitForStarted());
            const bool finished = p.waitForFinished(after(rng));
            if (!finished) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(20000));
                ++kills;
            }
            const QString output = QString::fromUtf8(p.readAll());
            resumed += output.contains(QStringLiteral("resumed from its checkpoint")) ? 1 : 0;
            if (finished) { // it finished before the kill: done
                QVERIFY2(p.exitCode() == 0, qPrintable(output));
                break;
            }
        }
        if (!QFileInfo::exists(path("killed.emolens"))) { // 25 kills and not done: finish it
            const auto last = test::runCli(QStringLiteral(EMOLENS_CLI_PATH), trainArgs(spec, path("killed.emolens")));
            QVERIFY2(last.exitCode == 0, qPrintable(last.err));
            resumed += last.err.contains(QStringLiteral("resumed from its checkpoint")) ? 1 : 0;
        }
        qInfo("%d kills over runs of %d ms, %d runs resumed from a checkpoint", kills, runMs, resumed);
        QVERIFY2(kills >= 3 && resumed >= 1, "the kills did not interrupt training often enough to test anything");
        QVERIFY(!QFileInfo::exists(path("killed.emolens.ckpt"))); // the finished run removed its checkpoint

        compareModels(path("reference.emolens"), path("killed.emolens"));
    }

    // Killed halfway through writing the third checkpoint: the second stays in force, the
    // half-written temporary file is never taken for a checkpoint, and the rerun resumes
    // after epoch 2 and ends bit-identical.
    void trainingKilledWhileWritingACheckpoint()
    {
        const QString out = path("cut.emolens");
        const QString killed = runKilledInWrite(trainArgs(m_spec, out), QStringLiteral(".ckpt.part-"), 3);
        QVERIFY2(!killed.startsWith(QStringLiteral("NOT KILLED")) && !killed.startsWith(QStringLiteral("did not")),
                 qPrintable(killed));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".ckpt")));
        const QStringList parts = partsOf(out);
        QCOMPARE(parts.size(), 1); // the write the kill cut: half of it on disk
        QVERIFY(QFileInfo(QFileInfo(out).dir().filePath(parts.first())).size() <
                QFileInfo(out + QStringLiteral(".ckpt")).size());
        const auto rerun = test::runCli(QStringLiteral(EMOLENS_CLI_PATH), trainArgs(m_spec, out));
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        QVERIFY2(rerun.err.contains(QStringLiteral("resumed from its checkpoint after epoch 2")),
                 qPrintable(rerun.err));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".ckpt")));
        compareModels(path("reference.emolens"), out);
    }

    // Cross-validation killed halfway through a fold's checkpoint write, then resumed: every
    // fold's result equals an uninterrupted cross-validation's.
    void crossvalKilledWhileWritingAFoldCheckpoint()
    {
        const auto whole = test::runCli(QStringLiteral(EMOLENS_CLI_PATH), crossvalArgs(path("cv-whole")));
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        // Each fold writes 8 checkpoints: the 12th is the second fold's 4th.
        const QString killed = runKilledInWrite(crossvalArgs(path("cv-cut")), QStringLiteral(".ckpt.part-"), 12);
        QVERIFY2(!killed.startsWith(QStringLiteral("NOT KILLED")) && !killed.startsWith(QStringLiteral("did not")),
                 qPrintable(killed));
        const auto rerun = test::runCli(QStringLiteral(EMOLENS_CLI_PATH), crossvalArgs(path("cv-cut")));
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        QVERIFY2(rerun.err.contains(QStringLiteral("finished earlier")), qPrintable(rerun.err));
        QVERIFY2(rerun.err.contains(QStringLiteral("resumed from its checkpoint after epoch 3")),
                 qPrintable(rerun.err));
        const QStringList folds = QDir(path("cv-whole")).entryList({QStringLiteral("fold-*.json")}, QDir::Files);
        QVERIFY(folds.size() >= 2);
        for (const QString &fold : folds) {
            const QJsonObject a = scored(path("cv-whole/") + fold);
            const QJsonObject b = scored(path("cv-cut/") + fold);
            QVERIFY2(!a.isEmpty() && a == b, qPrintable(fold + QStringLiteral(" differs after the kill and resume")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
