// Running beside other processes and on other devices (issue 14). Two sweeps into
// one folder never train one value twice: a value another process holds
// (DIR/sweep-PARAM-VALUE.lock) is waited for, not trained again and not left out
// of the table; once that process ends without a result, the waiting sweep trains
// the value itself (crossval's fold locks: tst_cli_crossval). --device is said,
// and a device this build or machine lacks is refused before any work.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Device.h"
#include "emolens/FileLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace emolens;

class TestCliScaleOut : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { m_spec = test::syntheticCorpus(path("corpus"), 3, 2); }

    void aHeldValueIsWaitedForThenTrained()
    {
        QDir().mkpath(path("sweep"));
        // "Another process" holds the value: here, this test.
        auto lock = FileLock::tryLock(path("sweep/sweep-pooling-average.lock").toStdString());
        QVERIFY(lock);
        QProcess sweep;
        sweep.start(QStringLiteral(EMOLENS_CLI_PATH),
                    {"sweep", "--corpus", m_spec, "--fold", "s1", "--param", "pooling", "--values", "average", "--out",
                     path("sweep"), "--epochs", "1", "--batch", "4", "--no-cache", "--classes", "tonal,noisy,clicks"});
        QVERIFY(sweep.waitForStarted());
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (!err.contains("another process trains it") && t.elapsed() < 120000 &&
               sweep.state() == QProcess::Running) {
            sweep.waitForReadyRead(500);
            err += sweep.readAllStandardError();
        }
        QVERIFY2(err.contains("another process trains it"), err.constData());
        QTest::qWait(1500);
        QCOMPARE(sweep.state(), QProcess::Running); // waiting, not training and not giving up
        QVERIFY(!QFile::exists(path("sweep/sweep-pooling-average.emolens")));
        QVERIFY(!QFile::exists(path("sweep/sweep-pooling-average.emolens.ckpt")));
        lock.reset(); // the holder ends without a result: the sweep trains the value itself
        QVERIFY(sweep.waitForFinished(300000));
        err += sweep.readAllStandardError();
        QVERIFY2(sweep.exitStatus() == QProcess::NormalExit && sweep.exitCode() == 0, err.constData());
        QVERIFY(QFile::exists(path("sweep/sweep-pooling-average.json")));
        QVERIFY(QString::fromUtf8(sweep.readAllStandardOutput()).contains("average"));
        QVERIFY(!QFile::exists(path("sweep/sweep-pooling-average.lock")));
    }

    void deviceIsChosenAndSaid()
    {
        const QString cli = QStringLiteral(EMOLENS_CLI_PATH);
        const QString model = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");
        std::vector<float> tone(16000);
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = 0.3f * static_cast<float>(std::sin(0.07 * static_cast<double>(i)));
        const QString wav = QString::fromStdString(
            test::writeAudio(path("tone.wav").toStdString(), tone, 16000, 1, test::Encoding::WavPcm16));
        auto r = test::runCli(cli, {"predict", "--model", model, wav, "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("computing on cpu"), qPrintable(r.err));
        r = test::runCli(cli, {"predict", "--model", model, wav}); // auto, the default, says what it chose and why
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("(auto: "), qPrintable(r.err));
        r = test::runCli(cli, {"predict", "--model", model, wav, "--device", "gpu"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("auto, cpu, cuda or cuda:N"), qPrintable(r.err));
        // A GPU that is not there: refused before anything is trained or written.
        const QString beyond = QStringLiteral("cuda:%1").arg(cudaDeviceCount());
        r = test::runCli(cli,
                         {"train", "--corpus", m_spec, "--fold", "s1", "--out", path("device.emolens"), "--epochs", "1",
                          "--batch", "4", "--no-cache", "--classes", "tonal,noisy,clicks", "--device", beyond});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(beyond) && !r.err.contains("epoch"), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("device.emolens")));
        QVERIFY(!QFile::exists(path("device.emolens.ckpt")));
        // Listing the folds needs no device: a cluster's login node plans GPU tasks it cannot run.
        r = test::runCli(cli, {"crossval", "--corpus", m_spec, "--out", path("plan"), "--classes", "tonal,noisy,clicks",
                               "--device", beyond, "--plan"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.split('\n', Qt::SkipEmptyParts), (QStringList{"s1", "s2", "s3"}));
    }
};

QTEST_GUILESS_MAIN(TestCliScaleOut)
#include "tst_cli_scaleout.moc"
