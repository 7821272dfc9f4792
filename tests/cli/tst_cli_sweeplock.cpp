// Two sweeps into one folder never train one value twice: a value another process
// holds (DIR/sweep-PARAM-VALUE.lock) is waited for, not trained again and not
// left out of the table; once that process ends without a result, the waiting
// sweep trains the value itself. (crossval's fold locks: tst_cli_experiment.)
#include "TestAudio.h"
#include "emolens/FileLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace emolens;

class TestCliSweepLock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_spec;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(path("corpus"));
        m_spec = "csv:" + QString::fromStdString(test::writeSyntheticCorpus(path("corpus").toStdString(), 3, 2,
                                                                            {"tonal", "noisy", "clicks"}));
    }

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
};

QTEST_GUILESS_MAIN(TestCliSweepLock)
#include "tst_cli_sweeplock.moc"
