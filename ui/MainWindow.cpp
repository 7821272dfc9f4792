#include "MainWindow.h"
#include "Plot.h"

#include "emolens/Error.h"
#include "emolens/ModelFile.h"
#include "emolens/Version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

// Resources of a static library must be registered by name, outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace emolens::ui {

namespace {
constexpr int kMaxRecent = 10;
const char *const kBundledModel = ":/models/emodb-4class-heldout-03.emolens";
const char *const kDemoClip = ":/demo/emodb-03-demo.wav";
} // namespace

QString languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("EmoLens"));
    setAcceptDrops(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_analysis = new AnalysisPage(m_tabs);
    m_tabs->addTab(m_analysis, tr("Analysis"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 820);

    connect(m_analysis, &AnalysisPage::analysisFinished, this, [this](const QString &path, const QString &error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
            showError(tr("Could not open file"), error);
        } else {
            setWindowTitle(tr("%1 - EmoLens").arg(QFileInfo(path).fileName()));
            statusBar()->showMessage(tr("Analysed %1").arg(QFileInfo(path).fileName()));
        }
        Q_EMIT analysisFinished(path, error);
    });
    connect(m_analysis, &AnalysisPage::analysisStarted, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Analysing %1...").arg(QFileInfo(path).fileName())); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    if (auto *split = m_analysis->findChild<QSplitter *>(QStringLiteral("analysisSplitter")))
        split->restoreState(settings.value(QStringLiteral("analysis/splitter")).toByteArray());
    m_analysis->setColourMap(settings.value(QStringLiteral("analysis/colourMap"), QStringLiteral("jet")).toString());
    m_analysis->setOverlayOpacity(settings.value(QStringLiteral("analysis/opacity"), 60).toInt());
    const QString lastModel = settings.value(QStringLiteral("analysis/model")).toString();
    if (lastModel.isEmpty() || !QFileInfo::exists(lastModel) || !openModel(lastModel))
        useBundledModel();
    m_analysis->setOverlay(settings.value(QStringLiteral("analysis/overlay"), QStringLiteral("bottom-up")).toString());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    if (auto *split = m_analysis->findChild<QSplitter *>(QStringLiteral("analysisSplitter")))
        settings.setValue(QStringLiteral("analysis/splitter"), split->saveState());
    settings.setValue(QStringLiteral("analysis/colourMap"), m_analysis->colourMap());
    settings.setValue(QStringLiteral("analysis/overlay"), m_analysis->overlay());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Audio..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("Open &Model..."), this, &MainWindow::chooseModel);
    file->addAction(tr("Use &Bundled Model"), this, [this] { useBundledModel(); });
    file->addSeparator();
    file->addAction(tr("&Export Plots..."), this, &MainWindow::exportPlots);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = languageSetting();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")}, {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, label] : languages) {
        QAction *a = language->addAction(label, this, [this, code = code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EmoLens"), this, &MainWindow::showAbout);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    statusBar()->showMessage(tr("The language changes the next time EmoLens starts."));
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Audio"), QSettings().value(QStringLiteral("ui/lastDir")).toString(),
        tr("Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("ui/lastDir"), QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void MainWindow::openFile(const QString &path)
{
    rememberRecent(QFileInfo(path).absoluteFilePath());
    m_tabs->setCurrentWidget(m_analysis);
    m_analysis->analyse(path);
}

bool MainWindow::openModel(const QString &path)
{
    try {
        ModelHandle handle;
        handle.model = std::make_shared<LoadedModel>(loadModel(path.toStdString()));
        handle.path = path;
        handle.name = path.startsWith(QStringLiteral(":/")) || path.startsWith(m_extracted.path())
                          ? tr("bundled default (%1)").arg(QFileInfo(path).fileName())
                          : QFileInfo(path).fileName();
        m_analysis->setModel(handle);
        statusBar()->showMessage(tr("Model %1 loaded").arg(handle.name));
        if (!m_analysis->currentFile().isEmpty())
            m_analysis->analyse(m_analysis->currentFile());
        return true;
    } catch (const std::exception &e) {
        showError(tr("Could not open model"), QString::fromStdString(e.what()));
        return false;
    }
}

bool MainWindow::useBundledModel()
{
    const QString target = m_extracted.filePath(QFileInfo(QString::fromLatin1(kBundledModel)).fileName());
    if (!QFileInfo::exists(target) && !QFile::copy(QString::fromLatin1(kBundledModel), target)) {
        showError(tr("Could not open model"), tr("The bundled model is missing from this build."));
        return false;
    }
    QSettings().remove(QStringLiteral("analysis/model"));
    return openModel(target);
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), QString(),
                                                      tr("EmoLens models (*.emolens);;All files (*)"));
    if (!path.isEmpty() && openModel(path))
        QSettings().setValue(QStringLiteral("analysis/model"), path);
}

QString MainWindow::demoPath()
{
    const QString target = m_extracted.filePath(QFileInfo(QString::fromLatin1(kDemoClip)).fileName());
    if (!QFileInfo::exists(target))
        QFile::copy(QString::fromLatin1(kDemoClip), target);
    return target;
}

void MainWindow::openDemo()
{
    m_tabs->setCurrentWidget(m_analysis);
    m_analysis->analyse(demoPath()); // not a recent file: it lives in a temporary folder
}

void MainWindow::exportPlots()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Plots to Folder"));
    if (dir.isEmpty())
        return;
    int written = 0;
    for (QCustomPlot *plot : m_analysis->plots())
        for (const char *suffix : {".png", ".pdf", ".svg"})
            written += AnalysisPage::exportPlot(plot, QDir(dir).filePath(plot->objectName() + QLatin1String(suffix)));
    statusBar()->showMessage(tr("Wrote %n file(s) to %1", nullptr, written).arg(dir));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal but not blocking: the event loop (and any running worker) keeps going.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("ui/recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("ui/recentFiles"), list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString &path : list)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile())
        return;
    const QString path = urls.front().toLocalFile();
    if (path.endsWith(QLatin1String(".emolens")))
        openModel(path);
    else
        openFile(path);
    event->acceptProposedAction();
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
                          "(Interspeech 2018).</p><p>The bundled model and demo clip derive from the Berlin "
                          "Database of Emotional Speech (Burkhardt et al., Interspeech 2005).</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace emolens::ui
