// Nothing lost: a process saving an annotation file again and again is killed (SIGKILL)
// hundreds of times at random moments; the file on disk must always be one complete
// version (the previous or the new one), never empty, cut or mixed.
#include "emolens/Annotations.h"
#include "emolens/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <random>
#include <set>
#include <thread>

using namespace emolens;

class TestKillSave : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelsSurviveSigkillAtAnyMoment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("labels.json"));
        std::mt19937 rng(20261126); // fixed: a failure reproduces
        std::uniform_int_distribution<int> pause(0, 20000); // microseconds after the first save
        const int kEntries = 300, kKills = 200;
        std::set<std::string> versionsSeen;
        for (int i = 0; i < kKills; ++i) {
            QProcess saver;
            saver.start(QStringLiteral(SAVE_LOOP), {file, QString::number(kEntries)});
            QVERIFY(saver.waitForStarted());
            QVERIFY(saver.waitForReadyRead(20000)); // "saving": the first version is on disk
            std::this_thread::sleep_for(std::chrono::microseconds(pause(rng)));
            ::kill(static_cast<pid_t>(saver.processId()), SIGKILL);
            QVERIFY(saver.waitForFinished(20000));
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);
            // Whatever moment the kill hit, the file is one whole version.
            AnnotationSet set;
            try {
                set = AnnotationSet::load(file.toStdString());
            } catch (const Error &e) {
                QFAIL(qPrintable(QStringLiteral("kill %1 left a damaged file: %2").arg(i).arg(e.what())));
            }
            QCOMPARE(set.size(), std::size_t(kEntries));
            const std::string version = set.find("utt0")->note;
            for (int e = 0; e < kEntries; ++e)
                QCOMPARE(set.find("utt" + std::to_string(e))->note, version);
            versionsSeen.insert(version);
        }
        // The kills landed at different moments (not always right after the first save).
        QVERIFY2(versionsSeen.size() > 3, qPrintable(QString::number(versionsSeen.size())));
        // A kill mid-write leaves that write's temporary file; the next save removes those of
        // dead writers once they are a minute old.
        const auto leftovers = QDir(dir.path()).entryList({QStringLiteral("labels.json.part-*")}, QDir::Files);
        qInfo("%d kills, %zu distinct versions on disk, %lld temporary files left by kills mid-write", kKills,
              versionsSeen.size(), static_cast<long long>(leftovers.size()));
        for (const QString &name : leftovers) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        }
        AnnotationSet::load(file.toStdString()).save(file.toStdString());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("labels.json.part-*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
