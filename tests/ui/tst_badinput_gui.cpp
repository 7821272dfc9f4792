// The bad-input matrix through the desktop app (issue 15 §3): every bad audio and model
// file of the CLI's matrix, opened in the real main window (offscreen), gives a message
// that names the file, and the window stays usable: the next good file analyses and the
// model in use is the one before the bad one.
#include "MainWindow.h"
#include "TestAudio.h"
#include "corpus/CorpusPage.h"
#include "emolens/Annotations.h"
#include "emolens/Digest.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace emolens;
using namespace emolens::ui;

namespace {
const QString kModel = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");
} // namespace

class TestBadInputGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::string spath(const QString &name) const { return path(name).toStdString(); }

    static QString analyse(MainWindow &w, const QString &file)
    {
        QSignalSpy done(&w, &MainWindow::analysisFinished);
        w.openFile(file);
        if (!done.wait(60000))
            return QStringLiteral("(no answer: a hang)");
        return done.at(0).at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("settings")));
        test::writeBadAudio(m_dir.path().toStdString());
        const std::string model = test::readBytes(kModel.toStdString());
        test::writeBytes(spath("truncated.emolens"), model.substr(0, 5000));
        std::string flipped = model;
        flipped[model.size() / 2] ^= 0x20;
        test::writeBytes(spath("flipped.emolens"), flipped);
        std::string future = model;
        future[8] = 9;
        test::writeBytes(spath("future.emolens"), future);
        std::string classes = model; // metadata edited under a valid (format 1) checksum
        classes.replace(classes.find("\"numClasses\":4"), 14, "\"numClasses\":5");
        const std::uint64_t sum = fnv1a64(classes.data(), classes.size() - 8);
        std::memcpy(classes.data() + classes.size() - 8, &sum, 8);
        test::writeBytes(spath("classes.emolens"), classes);
    }

    void badAudioGivesAMessageAndTheWindowGoesOn()
    {
        MainWindow w;
        w.show();
        for (const char *name : {"empty.wav", "text.wav", "truncated.wav", "nan.wav", "folder.wav", "missing.wav"}) {
            const QString error = analyse(w, path(QString::fromLatin1(name)));
            QVERIFY2(error.contains(QString::fromLatin1(name)), qPrintable(QStringLiteral("%1: %2").arg(name, error)));
            QVERIFY2(w.lastError().contains(QString::fromLatin1(name)), qPrintable(w.lastError()));
            QVERIFY(w.isVisible());
            const QString next = analyse(w, path(QStringLiteral("good.wav")));
            QVERIFY2(next.isEmpty(), qPrintable(QStringLiteral("after %1: %2").arg(name, next)));
        }
    }

    void badModelsGiveAMessageAndTheModelInUseStays()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openModel(kModel));
        for (const char *name :
             {"truncated.emolens", "flipped.emolens", "future.emolens", "classes.emolens", "missing.emolens"}) {
            QVERIFY2(!w.openModel(path(QString::fromLatin1(name))), name);
            QVERIFY2(w.lastError().contains(QString::fromLatin1(name)), qPrintable(w.lastError()));
            QCOMPARE(w.analysisPage()->model().path, kModel);
            const QString next = analyse(w, path(QStringLiteral("good.wav")));
            QVERIFY2(next.isEmpty(), qPrintable(QStringLiteral("after %1: %2").arg(name, next)));
        }
    }

    // Corpora: a folder that is not one says so and names it; malformed entries are skipped
    // and counted while the rest opens (a CSV row that does not parse, a label file that does
    // not); the window stays usable.
    void badCorporaGiveAMessageOrAreSkippedAndNamed()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.openCorpus(QStringLiteral("iemocap:") + path(QStringLiteral("no-such-release"))));
        QVERIFY2(w.lastError().contains(QStringLiteral("no-such-release")), qPrintable(w.lastError()));
        QVERIFY(!w.openCorpus(QStringLiteral("labels:") + path(QStringLiteral("no-such-folder"))));
        QVERIFY2(w.lastError().contains(QStringLiteral("no-such-folder")), qPrintable(w.lastError()));
        QVERIFY(!w.openCorpus(QStringLiteral("shoebox:") + m_dir.path()));
        QVERIFY2(w.lastError().contains(QStringLiteral("shoebox")), qPrintable(w.lastError()));
        // A CSV with a row whose end does not parse: the row is skipped, the rest opens.
        QDir().mkpath(path(QStringLiteral("csv")));
        test::writeAudio(spath("csv/a.wav"), test::sine(200, 1.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        test::writeBytes(spath("csv/m.csv"),
                         "path,speaker,label,start,end\na.wav,s1,angry,0,0.5\na.wav,s2,sad,0,soon\n");
        QVERIFY(w.openCorpus(QStringLiteral("csv:") + path(QStringLiteral("csv/m.csv"))));
        const QString summary = w.findChild<QLabel *>(QStringLiteral("corpusSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 skipped")), qPrintable(summary));
        // Label files: one that does not parse is skipped, its neighbour is read.
        QDir().mkpath(path(QStringLiteral("labels")));
        for (const char *name : {"labels/good.wav", "labels/bad.wav"})
            test::writeAudio(spath(QString::fromLatin1(name)), test::sine(200, 1.0, 16000), 16000, 1,
                             test::Encoding::WavPcm16);
        test::writeBytes(spath("labels/good.txt"), "0\t0.8\tangry\n");
        test::writeBytes(spath("labels/bad.TextGrid"), "\"ooTextFile\" \"TextGrid\" 0 1 <exists> 1 \"IntervalTier\"");
        QVERIFY(w.openCorpus(QStringLiteral("labels:") + path(QStringLiteral("labels"))));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("corpusSummary"))->text().contains(QStringLiteral("1 skipped")));
        const QString next = analyse(w, path(QStringLiteral("good.wav")));
        QVERIFY2(next.isEmpty(), qPrintable(next));
    }

    // Annotation files: corrupt, foreign or from a future version are refused with their name
    // and the corpus stays open and editable; one naming utterances the corpus does not have
    // opens (nothing is dropped) and says so.
    void badAnnotationFilesGiveAMessage()
    {
        MainWindow w;
        w.show();
        const QString spec =
            QStringLiteral("iemocap:") + QString::fromStdString(test::writeIemocapFixture(spath("iemocap")));
        QVERIFY(w.openCorpus(spec));
        test::writeBytes(spath("corrupt.json"), "{\"format\": \"emolens-annotations\", \"version\": 1, \"annot");
        test::writeBytes(spath("foreign.json"), "{\"format\": \"something-else\", \"items\": []}");
        test::writeBytes(spath("future.json"),
                         "{\"format\": \"emolens-annotations\", \"version\": 99, \"annotations\": []}");
        for (const char *name : {"corrupt.json", "foreign.json", "future.json"}) {
            QVERIFY2(!w.openAnnotations(path(QString::fromLatin1(name))), name);
            QVERIFY2(w.lastError().contains(QString::fromLatin1(name)), qPrintable(w.lastError()));
            QVERIFY(!QFileInfo::exists(path(QString::fromLatin1(name)) + QStringLiteral(".lock"))); // not held
        }
        emolens::AnnotationSet elsewhere;
        elsewhere.set({"Ses09X_nowhere_F000", "neutral", "sad", "", "Ana", "2026-11-26T00:00:00Z"});
        elsewhere.save(spath("elsewhere.json"));
        QVERIFY(w.openAnnotations(path(QStringLiteral("elsewhere.json"))));
        QVERIFY2(w.lastError().contains(QStringLiteral("Ses09X_nowhere_F000")), qPrintable(w.lastError()));
        w.corpusPage()->labelCurrent(QStringLiteral("angry")); // still editable
        QString error;
        QVERIFY2(w.corpusPage()->save(&error), qPrintable(error));
        QVERIFY(emolens::AnnotationSet::load(spath("elsewhere.json")).find("Ses09X_nowhere_F000")); // kept
    }
};

QTEST_MAIN(TestBadInputGui)
#include "tst_badinput_gui.moc"
