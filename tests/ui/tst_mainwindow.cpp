// The main-window shell, offscreen: loading runs in a worker while the event
// loop turns; a bad file shows an error and the window stays usable.
#include "MainWindow.h"
#include "TestAudio.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using emolens::ui::FileSummary;
using emolens::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FileSummary>(); }

    void hasMenus()
    {
        MainWindow w;
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
    }

    void opensFileInWorker()
    {
        const QString wav = m_dir.filePath(QStringLiteral("44100-1-16.wav"));
        emolens::test::writeAudio(wav.toStdString(), emolens::test::sine(440, 3.0, 44100), 44100, 1,
                                  emolens::test::Encoding::WavPcm16);
        MainWindow w;
        w.show();
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        int ticks = 0; // counts event-loop turns while the worker runs
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(0);
        w.openFile(wav);
        QVERIFY(loaded.wait(20000));
        QVERIFY(ticks > 0);
        const auto s = loaded.at(0).at(0).value<FileSummary>();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.sampleRateHz, 44100);
        QCOMPARE(s.durationSeconds, 3.0);
        QCOMPARE(s.segments, 4); // 3 s at 0.4 s hop: 0, 0.4, 0.8 and one ending at 3.0
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("fileDetails"))->text().contains(QStringLiteral("44100")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("44100-1-16.wav")));
    }

    void badFileShowsErrorAndStaysUsable()
    {
        MainWindow w;
        w.show();
        QSignalSpy loaded(&w, &MainWindow::fileLoaded);
        const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
        w.openFile(missing);
        QVERIFY(loaded.wait(20000));
        QVERIFY(!loaded.at(0).at(0).value<FileSummary>().error.isEmpty());
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(missing));
        box->accept();
        // Still usable: the next file opens.
        const QString wav = m_dir.filePath(QStringLiteral("16000-1-16.wav"));
        emolens::test::writeAudio(wav.toStdString(), emolens::test::sine(440, 1.0, 16000), 16000, 1,
                                  emolens::test::Encoding::WavPcm16);
        w.openFile(wav);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.at(1).at(0).value<FileSummary>().error.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
