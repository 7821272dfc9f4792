// The bad-input matrix through the desktop app (issue 15 §3): every bad audio and model
// file of the CLI's matrix, opened in the real main window (offscreen), gives a message
// that names the file, and the window stays usable: the next good file analyses and the
// model in use is the one before the bad one.
#include "MainWindow.h"
#include "TestAudio.h"
#include "emolens/Digest.h"

#include <QDir>
#include <QFileInfo>
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
};

QTEST_MAIN(TestBadInputGui)
#include "tst_badinput_gui.moc"
