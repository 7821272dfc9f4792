// Soak (issue 15 §4, label "soak"): `emolens-cli predict` over 400 files in one process
// keeps its resident memory flat: its peak may exceed the peak over 20 files only by a
// generous bound. (scripts/bench measures the exact figures over 100 and 1 000 files.)
#include "CliRun.h"
#include "TestAudio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace emolens;

namespace {
/// The largest resident set of any child this process has waited for, MiB.
double childrenPeakMiB()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}
} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void predictOverManyFilesKeepsMemoryFlat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString one =
            QString::fromStdString(test::writeAudio(dir.filePath(QStringLiteral("one.wav")).toStdString(),
                                                    test::sine(250, 2.5, 16000), 16000, 1, test::Encoding::WavPcm16));
        QStringList files;
        for (int i = 0; i < 400; ++i) {
            const QString name = dir.filePath(QStringLiteral("f%1.wav").arg(i));
            QVERIFY(QFile::link(one, name)); // 400 paths, each read and analysed on its own
            files << name;
        }
        const QString model = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");
        auto predict = [&](int n) {
            return test::runCli(QStringLiteral(EMOLENS_CLI_PATH),
                                QStringList{"predict", "--model", model, "--threads", "1"} + files.mid(0, n), 600000);
        };
        const auto few = predict(20);
        QVERIFY2(few.exitCode == 0, qPrintable(few.err));
        const double peakFew = childrenPeakMiB();
        const auto many = predict(400);
        QVERIFY2(many.exitCode == 0, qPrintable(many.err));
        QCOMPARE(many.out.count(QLatin1Char('\n')), few.out.count(QLatin1Char('\n')) * 20);
        const double peakMany = childrenPeakMiB();
        qInfo("peak RSS: %.0f MiB over 20 files, %.0f MiB over 400", peakFew, peakMany);
        QVERIFY2(peakMany - peakFew < 64.0, "predict's memory grows with the number of files");
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
