#include "MainWindow.h"

#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FeatureConfig.h"
#include "emolens/FrontEnd.h"
#include "emolens/Version.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace emolens::ui {

namespace {

FileSummary summarise(const QString &path)
{
    FileSummary s;
    s.path = path;
    try {
        const FeatureConfig config;
        AudioLoadOptions options;
        options.targetRateHz = config.sampleRateHz;
        const AudioBuffer audio = loadAudio(path.toStdString(), options);
        s.sampleRateHz = audio.source.sampleRateHz;
        s.channels = audio.source.channels;
        s.durationSeconds = audio.source.durationSeconds;
        s.format = QString::fromStdString(audio.source.format + " " + audio.source.subtype);
        s.segments = static_cast<int>(
            segmentSignal(static_cast<std::int64_t>(audio.samples.size()), config.segmentSamples, config.evalHopSamples)
                .size());
    } catch (const std::exception &e) {
        // No exception leaves the worker: the GUI thread gets the message.
        s.error = QString::fromStdString(e.what());
    }
    return s;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("EmoLens"));
    m_pages = new QStackedWidget(this);
    m_welcome = new QLabel(tr("<h2>EmoLens</h2><p>Speech emotion recognition workbench.</p>"
                              "<p>Open an audio file with <b>File &gt; Open</b> (Ctrl+O).</p>"),
                           m_pages);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_details = new QLabel(m_pages);
    m_details->setObjectName(QStringLiteral("fileDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_details);
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(960, 640);
    connect(&m_loader, &QFutureWatcher<FileSummary>::finished, this,
            [this] { showSummary(m_loader.result()); });
}

MainWindow::~MainWindow()
{
    // Never destroy a running worker: wait for it (loading cannot be cancelled midway).
    m_loader.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Audio..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EmoLens"), this, &MainWindow::showAbout);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Audio"), QString(), tr("Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (m_loader.isRunning()) {
        statusBar()->showMessage(tr("Still loading the previous file..."));
        return;
    }
    statusBar()->showMessage(tr("Loading %1...").arg(QFileInfo(path).fileName()));
    m_loader.setFuture(QtConcurrent::run(summarise, path));
}

void MainWindow::showSummary(const FileSummary &s)
{
    if (!s.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(s.path).fileName()));
        // Window-modal but not blocking: the event loop (and any running worker) keeps going.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not open file"), s.error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        m_details->setText(tr("<h3>%1</h3><p>%2, %3 Hz, %n channel(s), %4 s</p>"
                              "<p>%5 analysis segments of 2 s (0.4 s hop)</p>",
                              nullptr, s.channels)
                               .arg(QFileInfo(s.path).fileName().toHtmlEscaped(), s.format.toHtmlEscaped())
                               .arg(s.sampleRateHz)
                               .arg(s.durationSeconds, 0, 'f', 2)
                               .arg(s.segments));
        m_pages->setCurrentWidget(m_details);
        setWindowTitle(tr("%1 - EmoLens").arg(QFileInfo(s.path).fileName()));
        statusBar()->showMessage(tr("Loaded %1").arg(QFileInfo(s.path).fileName()));
    }
    Q_EMIT fileLoaded(s);
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EmoLens"),
                       tr("<h3>EmoLens %1</h3><p>A workbench for speech emotion recognition research, "
                          "implementing Li, Song, McLoughlin, Guo &amp; Dai, <i>An Attention Pooling based "
                          "Representation Learning Method for Speech Emotion Recognition</i> "
                          "(Interspeech 2018).</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace emolens::ui
