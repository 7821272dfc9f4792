// The real `emolens` executable in a real X server (Xvfb), driven with xdotool as a
// user drives it: keys go to the focused window, dialogs are found by their
// titles, and every run must end with exit status 0. In-process widget tests
// missed every crash users hit (quit after opening a corpus, Play, a second
// instance); these catch them.
#include "FoldFixture.h"
#include "TestAudio.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace {

/// The main window's title: "EmoLens", or "FILE - EmoLens" (with * when labels are unsaved).
const QString kMain = QStringLiteral("EmoLens\\*?$");

/// Runs xdotool; returns its stdout (trimmed), or a null string when it failed or timed out.
QString xdo(const QString &display, const QStringList &args, int timeoutMs = 10000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(timeoutMs)) {
        qWarning("xdotool %s timed out", qPrintable(args.join(QLatin1Char(' '))));
        p.kill();
        p.waitForFinished();
        return QString();
    }
    if (p.exitCode() != 0) {
        if (args.value(0) != QLatin1String("search")) // a search that finds nothing yet is normal
            qWarning("xdotool %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return QString();
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    return out.isNull() ? QStringLiteral("") : out;
}

/// One EmoLens process with its own settings, data and cache folders.
class App {
public:
    App(const QString &display, const QString &home, const QStringList &args) : m_display(display)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a real window, not offscreen
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(home + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_process.setProcessEnvironment(env);
        m_errFile = home + QStringLiteral("/stderr-%1.txt").arg(++s_runs);
        m_process.setStandardErrorFile(m_errFile);
        m_process.start(QStringLiteral(EMOLENS_GUI_PATH), args);
        m_process.waitForStarted();
    }
    ~App()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString stderrText() const
    {
        QFile f(m_errFile);
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }
    /// The id of this process's visible window whose title matches \p title (a regex), waiting up to \p ms.
    // 120 s: a loaded CI machine (ctest -j2 beside training tests) once took over 60 s to map the first window.
    QString window(const QString &title, int ms = 120000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && running()) {
            const QString ids =
                xdo(m_display, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                                QStringLiteral("--pid"), QString::number(pid()), QStringLiteral("--name"), title});
            if (!ids.isEmpty()) {
                QThread::msleep(700); // mapped is not yet ready for keys: give it a person's glance
                return ids.split(QLatin1Char('\n')).first();
            }
            QThread::msleep(200);
        }
        return QString();
    }
    /// Focuses \p windowId and types \p keys (xdotool key names).
    bool keys(const QString &windowId, const QStringList &keys)
    {
        if (xdo(m_display, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), windowId}).isNull())
            return false;
        QThread::msleep(150);
        for (const QString &k : keys) {
            if (xdo(m_display, {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), k}).isNull())
                return false;
            QThread::msleep(250); // a person's pace: each key is handled before the next
        }
        return true;
    }
    /// Focuses \p windowId and types \p text as a person would.
    bool type(const QString &windowId, const QString &text)
    {
        if (xdo(m_display, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), windowId}).isNull())
            return false;
        return !xdo(m_display, {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"), text}, 30000)
                    .isNull();
    }
    /// A left click at (\p x, \p y) in \p windowId's coordinates.
    bool click(const QString &windowId, int x, int y)
    {
        const bool ok =
            !xdo(m_display, {QStringLiteral("mousemove"), QStringLiteral("--window"), windowId, QString::number(x),
                             QString::number(y), QStringLiteral("click"), QStringLiteral("1")})
                 .isNull();
        QThread::msleep(500);
        return ok;
    }
    /// Waits for the process to end; -1000 if it did not, -(signal) if it crashed.
    int exitStatus(int ms = 30000)
    {
        if (!m_process.waitForFinished(ms))
            return -1000;
        return m_process.exitStatus() == QProcess::CrashExit ? -1 : m_process.exitCode();
    }

private:
    QString m_display;
    QProcess m_process;
    QString m_errFile;
    static inline int s_runs = 0;
};

} // namespace

class TestAppSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    QString m_corpus;

    QString home(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("needs Xvfb and xdotool (scripts/install-deps installs them)");
        // A display number of our own, so parallel test runs do not meet.
        for (int n = 90 + static_cast<int>(getpid() % 400); n < 1000; ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) ||
                QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_display = QStringLiteral(":%1").arg(n);
            break;
        }
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {m_display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1400x1000x24"),
                      QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + m_display.mid(1)), 15000);
        m_corpus = QStringLiteral("iemocap:") +
                   QString::fromStdString(emolens::test::writeIemocapFixture(home("iemocap").toStdString()));
    }

    void cleanupTestCase()
    {
        if (m_xvfb.state() == QProcess::Running) {
            m_xvfb.terminate();
            m_xvfb.waitForFinished(5000);
        }
    }

    // Open a corpus, relabel with the keyboard, save, open the demo, play it, quit,
    // relaunch: no crash, no stale lock, the label kept. Before the fix, quitting
    // after two analyses crashed in ~QCustomPlot (exit by SIGSEGV, lock left behind).
    void labelPlayQuitRelaunch()
    {
        const QString annotations = home("labels.json");
        const QStringList args{QStringLiteral("--corpus"), m_corpus, QStringLiteral("--annotations"), annotations};
        {
            App app(m_display, home("user"), args);
            QString main = app.window(kMain);
            QVERIFY2(!main.isEmpty(), qPrintable(app.stderrText()));
            // First run: EmoLens asks once who is annotating (the system user is the default).
            const QString ask = app.window(QStringLiteral("^Annotator Name$"), 15000);
            QVERIFY(!ask.isEmpty());
            QVERIFY(app.keys(ask, {QStringLiteral("ctrl+a"), QStringLiteral("T"), QStringLiteral("e"),
                                   QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("e"), QStringLiteral("r"),
                                   QStringLiteral("Return")}));
            // The table has the focus: Down moves to the second turn (angry; analysed in the background), 4 relabels it
            // sad.
            QVERIFY(app.keys(main, {QStringLiteral("Down"), QStringLiteral("4"), QStringLiteral("ctrl+s")}));
            QTRY_VERIFY_WITH_TIMEOUT(QFile(annotations).exists(), 10000);
            // The demo clip, from the File menu by keyboard, then Play (Ctrl+Space).
            QVERIFY(app.keys(main, {QStringLiteral("alt+f"), QStringLiteral("d")}));
            QVERIFY2(!app.window(QStringLiteral("emodb-03-demo.wav")).isEmpty(), qPrintable(app.stderrText()));
            main = app.window(QStringLiteral("emodb-03-demo.wav"));
            QVERIFY(app.keys(main, {QStringLiteral("ctrl+space")}));
            QThread::msleep(1500);
            QVERIFY2(app.running(), qPrintable(app.stderrText()));
            // Without a sound server (CI) Play explains itself; with one it plays. Never a crash.
            const QString noAudio = app.window(QStringLiteral("^Cannot play audio$"), 3000);
            if (!noAudio.isEmpty()) {
                QVERIFY(app.stderrText().contains(QStringLiteral("audio")));
                QVERIFY(app.keys(noAudio, {QStringLiteral("Return")}));
            } else {
                QVERIFY(app.keys(main, {QStringLiteral("ctrl+space")})); // pause
            }
            QVERIFY(app.keys(main, {QStringLiteral("ctrl+q")}));
            const int status = app.exitStatus();
            QVERIFY2(status == 0,
                     qPrintable(QStringLiteral("exit status %1; stderr: %2").arg(status).arg(app.stderrText())));
        }
        QVERIFY(!QFileInfo::exists(annotations + QStringLiteral(".lock")));
        const QByteArray saved = [&] {
            QFile f(annotations);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY2(saved.contains("\"sad\"") && saved.contains("Tester"), saved.constData());
        {
            App again(m_display, home("user"), args);
            const QString main = again.window(kMain);
            QVERIFY(!main.isEmpty());
            QThread::msleep(1500);
            QVERIFY(again.window(QStringLiteral("in use|Annotator"), 500).isEmpty()); // no lock dialog, asked only once
            QVERIFY(again.keys(main, {QStringLiteral("ctrl+q")}));
            QCOMPARE(again.exitStatus(), 0);
        }
    }

    // Labels made and never saved, then the app is killed (SIGKILL: no handler, no
    // destructor): the next start takes over the dead process's lock without asking,
    // offers the autosave, and restoring and saving it keeps the label.
    void killedWhileLabellingRestoresTheAutosave()
    {
        const QString annotations = home("killed.json");
        const QStringList args{QStringLiteral("--corpus"), m_corpus, QStringLiteral("--annotations"), annotations};
        {
            App app(m_display, home("killed-user"), args);
            const QString main = app.window(kMain);
            QVERIFY2(!main.isEmpty(), qPrintable(app.stderrText()));
            QVERIFY(app.keys(app.window(QStringLiteral("^Annotator Name$"), 15000), {QStringLiteral("Return")}));
            QVERIFY(app.keys(main, {QStringLiteral("Down"), QStringLiteral("4")})); // the second turn: sad, unsaved
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(annotations + QStringLiteral(".autosave")), 10000);
            QVERIFY(!QFileInfo::exists(annotations));
            ::kill(static_cast<pid_t>(app.pid()), SIGKILL);
            QCOMPARE(app.exitStatus(), -1);
        }
        QVERIFY(QFileInfo::exists(annotations + QStringLiteral(".lock"))); // the dead process's
        App again(m_display, home("killed-user"), args);
        const QString main = again.window(kMain);
        QVERIFY2(!main.isEmpty(), qPrintable(again.stderrText()));
        // The annotator's name may not have reached the settings file before the kill: asked again then.
        QString restore;
        for (int i = 0; i < 2 && restore.isEmpty(); ++i) {
            const QString box = again.window(QStringLiteral("^(Restore unsaved labels\\?|Annotator Name)$"), 15000);
            QVERIFY2(!box.isEmpty(), qPrintable(again.stderrText()));
            QVERIFY(again.window(QStringLiteral("in use"), 300).isEmpty()); // a dead owner's lock is not a question
            if (!again.window(QStringLiteral("^Restore unsaved labels\\?$"), 300).isEmpty())
                restore = box;
            else
                QVERIFY(again.keys(box, {QStringLiteral("Return")}));
        }
        QVERIFY(!restore.isEmpty());
        QVERIFY(again.keys(again.window(QStringLiteral("^Restore unsaved labels\\?$")), {QStringLiteral("Return")}));
        QVERIFY(again.keys(main, {QStringLiteral("ctrl+s")}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(annotations), 10000);
        QVERIFY(again.keys(main, {QStringLiteral("ctrl+q")}));
        QCOMPARE(again.exitStatus(), 0);
        QFile saved(annotations);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY2(bytes.contains("\"sad\""), bytes.constData());
        QVERIFY(!QFileInfo::exists(annotations + QStringLiteral(".autosave"))); // saved: no longer needed
        QVERIFY(!QFileInfo::exists(annotations + QStringLiteral(".lock")));
    }

    // A second EmoLens on the same annotation file says who holds it and offers to
    // open it read-only; it neither exits silently nor takes the file.
    void secondInstanceOffersReadOnly()
    {
        const QString annotations = home("shared.json");
        const QStringList args{QStringLiteral("--corpus"), m_corpus, QStringLiteral("--annotations"), annotations};
        App first(m_display, home("first"), args);
        const QString firstMain = first.window(kMain);
        QVERIFY2(!firstMain.isEmpty(),
                 qPrintable(QStringLiteral("running: %1; stderr: %2").arg(first.running()).arg(first.stderrText())));
        QVERIFY(first.keys(first.window(QStringLiteral("^Annotator Name$"), 15000), {QStringLiteral("Return")}));
        App second(m_display, home("second"), args);
        const QString box = second.window(QStringLiteral("^Annotation file in use$"), 30000);
        QVERIFY2(!box.isEmpty(), qPrintable(second.stderrText()));
        QVERIFY(second.running());
        QVERIFY(second.stderrText().contains(QStringLiteral("process %1").arg(first.pid())));
        QVERIFY(second.keys(box, {QStringLiteral("Return")})); // Open Read-Only is the default button
        const QString readOnly = second.window(QStringLiteral("read-only"), 10000);
        QVERIFY(!readOnly.isEmpty());
        QVERIFY(second.keys(readOnly, {QStringLiteral("ctrl+q")}));
        QCOMPARE(second.exitStatus(), 0);
        QVERIFY(QFileInfo::exists(annotations + QStringLiteral(".lock"))); // still the first instance's
        QVERIFY(first.keys(firstMain, {QStringLiteral("ctrl+q")}));
        QCOMPARE(first.exitStatus(), 0);
        QVERIFY(!QFileInfo::exists(annotations + QStringLiteral(".lock")));
    }

    // A bad --corpus shows the error in a window (and on stderr) and leaves the app usable.
    void badCorpusIsShownNotSilent()
    {
        App app(m_display, home("bad"),
                {QStringLiteral("--corpus"), QStringLiteral("iemocap:") + home("no-such-corpus")});
        const QString box = app.window(QStringLiteral("^Could not open corpus$"), 30000);
        QVERIFY2(!box.isEmpty(), qPrintable(app.stderrText()));
        QVERIFY(app.stderrText().contains(QStringLiteral("no-such-corpus")));
        QVERIFY(app.keys(box, {QStringLiteral("Return")}));
        const QString main = app.window(kMain);
        QVERIFY(app.keys(main, {QStringLiteral("ctrl+q")}));
        QCOMPARE(app.exitStatus(), 0);
    }

    // Quit while the corpus is being predicted: the prediction is cancelled and awaited
    // between two rows, so the app exits at once with status 0, neither crashing (the
    // worker posts to the corpus page) nor hanging until every row is done.
    void quitWhilePredictingTheCorpus()
    {
        QDir().mkpath(home("many"));
        const std::string csv = emolens::test::writeSyntheticCorpus(home("many").toStdString(), 4, 25,
                                                                    {"neutral", "happy", "angry", "sad"});
        App app(m_display, home("predict"),
                {QStringLiteral("--corpus"), QStringLiteral("csv:") + QString::fromStdString(csv)});
        const QString main = app.window(kMain);
        QVERIFY2(!main.isEmpty(), qPrintable(app.stderrText()));
        // The review order (top right of the corpus page; the table keeps Tab for its cells), the next order: it
        // needs predictions, so EmoLens offers to make them.
        QVERIFY(app.click(main, 1000, 84));
        QVERIFY(app.keys(main, {QStringLiteral("Down"), QStringLiteral("Return")}));
        const QString offer = app.window(QStringLiteral("^Predict the corpus\\?$"), 15000);
        QVERIFY2(!offer.isEmpty(), qPrintable(app.stderrText()));
        QVERIFY(app.keys(offer, {QStringLiteral("Return")})); // Yes: 400 utterances, many seconds of work
        QThread::msleep(1500);
        QVERIFY2(app.running(), qPrintable(app.stderrText()));
        QElapsedTimer quit;
        quit.start();
        QVERIFY(app.keys(main, {QStringLiteral("ctrl+q")}));
        const int status = app.exitStatus(20000);
        QVERIFY2(status == 0,
                 qPrintable(QStringLiteral("exit status %1; stderr: %2").arg(status).arg(app.stderrText())));
        QVERIFY2(quit.elapsed() < 8000, qPrintable(QStringLiteral("quit took %1 ms").arg(quit.elapsed())));
    }

    // The desktop opens an annotation file with `emolens FILE` (its MIME type, packaging/):
    // EmoLens opens the corpus the file names and the labels in it, ready to edit.
    void openAnnotationFileAsTheDesktopDoes()
    {
        const QString file = home("desktop-labels.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"format\": \"emolens-annotations\", \"version\": 1, \"corpus\": \"%1\", "
                               "\"annotations\": []}\n")
                    .arg(m_corpus)
                    .toUtf8());
        f.close();
        App app(m_display, home("desktop"), {file});
        QVERIFY2(!app.window(kMain).isEmpty(), qPrintable(app.stderrText()));
        QVERIFY(app.keys(app.window(QStringLiteral("^Annotator Name$"), 15000), {QStringLiteral("Return")}));
        const QString main = app.window(kMain);
        QVERIFY(app.keys(main, {QStringLiteral("4"), QStringLiteral("ctrl+s")})); // the first turn: sad
        QTRY_VERIFY_WITH_TIMEOUT(QFile(file).size() > 120, 10000);
        QVERIFY(app.keys(main, {QStringLiteral("ctrl+q")}));
        QCOMPARE(app.exitStatus(), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"sad\""));
    }

    // File > Export Results as HTML Report on a results folder: the save dialog, the file
    // written, the status line, and a clean quit.
    void exportReportFromTheFileMenu()
    {
        QDir().mkpath(home("results"));
        emolens::test::writeFoldResult(home("results").toStdString(), "emodb:x", {"neutral", "sad"},
                                       {"03", {"08"}, {}, {{3, 1}, {0, 4}}, 3, false});
        App app(m_display, home("report"), {QStringLiteral("--results"), home("results")});
        const QString main = app.window(kMain);
        QVERIFY2(!main.isEmpty(), qPrintable(app.stderrText()));
        QVERIFY(app.keys(main, {QStringLiteral("alt+f"), QStringLiteral("h")}));
        const QString dialog = app.window(QStringLiteral("^Export Report$"), 15000);
        QVERIFY2(!dialog.isEmpty(), qPrintable(app.stderrText()));
        const QString out = home("shared/report.html");
        QDir().mkpath(home("shared"));
        QVERIFY(app.keys(dialog, {QStringLiteral("ctrl+a")}));
        QVERIFY(app.type(dialog, out));
        QVERIFY(app.keys(dialog, {QStringLiteral("Return")}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 10000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>") && html.contains("data-fold=\"03\""));
        QVERIFY(app.keys(main, {QStringLiteral("ctrl+q")}));
        QCOMPARE(app.exitStatus(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_app_session.moc"
