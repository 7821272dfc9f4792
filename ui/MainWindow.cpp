#include "MainWindow.h"
#include "analysis/ModelLoader.h"
#include "analysis/PredictionExport.h"
#include "analysis/ViewSettings.h"
#include "common/AboutBox.h"
#include "common/DeviceChoice.h"
#include "common/LanguageMenu.h"
#include "common/Plot.h"
#include "common/PlotExport.h"
#include "common/RecentFiles.h"
#include "corpus/AnnotationActions.h"
#include "corpus/CorpusPredictor.h"
#include "corpus/OpenCorpusDialog.h"

#include "emolens/Error.h"
#include "emolens/ModelFile.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

// Resources of a static library must be registered by name, outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace emolens::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("EmoLens[*]"));
    setAcceptDrops(true);
    createPages();
    connectPages();
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    statusBar()->addPermanentWidget(m_predictor->progressBar());
    statusBar()->addPermanentWidget(m_predictor->cancelButton());
    resize(1200, 820);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Shutdown order: cancel, wait, then destroy (the worker posts to the corpus page).
    m_predictor->cancel();
    m_predictor->wait();
}

void MainWindow::createPages()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_analysis = new AnalysisPage(m_tabs);
    m_tabs->addTab(m_analysis, tr("Analysis"));
    m_corpus = new CorpusPage(m_tabs);
    m_tabs->addTab(m_corpus, tr("Corpus"));
    m_training = new TrainingPage(m_tabs);
    m_tabs->addTab(m_training, tr("Training"));
    m_annotations = new AnnotationActions(m_corpus, this);
    m_predictor = new CorpusPredictor(m_corpus, this);
    m_models = new ModelLoader(m_analysis, this);
}

void MainWindow::connectPages()
{
    connectCorpus();
    connectTraining();
    connectAnalysis();
}

void MainWindow::connectCorpus()
{
    connect(m_corpus, &CorpusPage::utteranceActivated, this,
            [this](const QString &path, const QString &) { openFile(path); });
    // The selected row is analysed in the background, so the analysis page is ready when the user looks.
    connect(m_corpus, &CorpusPage::utteranceSelected, this, [this](const QString &path, const QString &) {
        if (m_analysis->model().model)
            m_analysis->analyse(path);
    });
    connect(m_corpus, &CorpusPage::modifiedChanged, this, [this](bool modified) { setWindowModified(modified); });
    connect(m_corpus, &CorpusPage::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_corpus, &CorpusPage::annotationsUnmatched, this, [this](const QString &why) {
        m_lastError = why; // for the record: a warning, the file still opened
        statusBar()->showMessage(why, 15000);
    });
    connect(m_corpus, &CorpusPage::predictionsNeeded, this, [this](const QString &order) {
        const ModelHandle &m = m_analysis->model();
        m_predictor->offer(order, m.path, m.model ? &m.model->metadata : nullptr, m.name);
    });
    connect(m_annotations, &AnnotationActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_annotations, &AnnotationActions::errorOccurred, this, &MainWindow::showError);
    connect(m_annotations, &AnnotationActions::problemNoted, this, [this](const QString &problem) {
        m_lastError = problem;
        std::fprintf(stderr, "emolens: %s\n", qPrintable(problem));
    });
    connect(m_annotations, &AnnotationActions::accessChanged, this, &MainWindow::updateTitle);
    connect(m_predictor, &CorpusPredictor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_predictor, &CorpusPredictor::errorOccurred, this, &MainWindow::showError);
    connect(m_predictor, &CorpusPredictor::finished, this, [this](int predicted, int failed, bool cancelled) {
        Q_EMIT predictionFinished(predicted, failed, cancelled);
    });
}

void MainWindow::connectTraining()
{
    connect(m_training, &TrainingPage::useModel, m_models, &ModelLoader::openAndRemember);
    connect(m_training, &TrainingPage::openUtterance, this, [this](const QString &path, const QString &model) {
        if (path.isEmpty())
            return;
        // The fold model that produced the confusion matrix, not whatever model the page had.
        if (!model.isEmpty() && model != m_analysis->model().path && QFileInfo::exists(model) && !openModel(model))
            return;
        openFile(path);
    });
    // Training always sees the corpus and corrections as they are now in the browser.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_corpus)
            m_corpus->table()->setFocus(); // digits label rows at once, not type into the search box
        if (m_tabs->currentWidget() == m_training && !m_corpus->corpusSpec().isEmpty() && !m_training->isRunning())
            m_training->setCorpus(m_corpus->corpusSpec(), m_corpus->protocol(), m_corpus->annotations(),
                                  m_corpus->annotationPath());
    });
}

void MainWindow::connectAnalysis()
{
    connect(m_analysis, &AnalysisPage::analysisFinished, this, [this](const QString &path, const QString &error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
            showError(tr("Could not open file"), error);
        } else {
            m_titleFile = QFileInfo(path).fileName();
            updateTitle();
            statusBar()->showMessage(tr("Analysed %1").arg(QFileInfo(path).fileName()));
        }
        Q_EMIT analysisFinished(path, error);
    });
    connect(m_models, &ModelLoader::loaded, this,
            [this](const QString &name) { statusBar()->showMessage(tr("Model %1 loaded").arg(name)); });
    connect(m_models, &ModelLoader::failed, this, &MainWindow::showError);
    connect(m_models, &ModelLoader::deviceNote, this, [this](const QString &note) { statusBar()->showMessage(note); });
    connect(m_analysis, &AnalysisPage::playbackFailed, this,
            [this](const QString &why) { showError(tr("Cannot play audio"), why); });
    connect(m_analysis, &AnalysisPage::analysisStarted, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Analysing %1...").arg(QFileInfo(path).fileName()));
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_corpus->setAuthor(settings.value(QStringLiteral("corpus/annotator"), systemUserName()).toString());
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    restoreView(*m_analysis);
    m_models->restore();
    restoreOverlay(*m_analysis);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_annotations->confirmDiscard()) {
        event->ignore();
        return;
    }
    m_predictor->cancel();
    m_analysis->cancel();
    m_training->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    saveView(*m_analysis);
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createSettingsMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EmoLens"), this, [this] { showAboutBox(this); });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Audio..."), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::chosen, this, &MainWindow::openFile);
    file->addSeparator();
    file->addAction(tr("Open &Model..."), this, [this] { m_models->choose(this); });
    file->addAction(tr("Use &Bundled Model"), this, [this] { useBundledModel(); });
    file->addSeparator();
    file->addAction(tr("&Export Plots..."), this, &MainWindow::exportPlots);
    file->addAction(tr("Export &Prediction..."), this, [this] {
        QString error;
        const QString done = chooseAndExportPrediction(this, *m_analysis, &error);
        if (!error.isEmpty())
            showError(tr("Export failed"), error);
        else if (!done.isEmpty())
            statusBar()->showMessage(done);
    });
    file->addSeparator();
    file->addAction(tr("Open &Corpus..."), this, &MainWindow::chooseCorpus);
    file->addAction(tr("Open &Annotations..."), m_annotations, [this] { m_annotations->choose(false); });
    file->addAction(tr("&Save Annotations"), QKeySequence::Save, m_annotations, &AnnotationActions::save);
    file->addAction(tr("Save Annotations &As..."), m_annotations, [this] { m_annotations->choose(true); });
    file->addAction(tr("Export Labels as &EmoEvaluation..."), m_annotations,
                    [this] { m_annotations->exportLabels(false); });
    file->addAction(tr("Export Labels as CS&V..."), m_annotations, [this] { m_annotations->exportLabels(true); });
    QMenu *labels = file->addMenu(tr("Export &Labels for"));
    labels->addAction(tr("&Praat (TextGrid)..."), m_annotations,
                      [this] { m_annotations->exportLabelFiles(QStringLiteral("textgrid")); });
    labels->addAction(tr("&ELAN (.eaf)..."), m_annotations,
                      [this] { m_annotations->exportLabelFiles(QStringLiteral("eaf")); });
    labels->addAction(tr("&Audacity (label track)..."), m_annotations,
                      [this] { m_annotations->exportLabelFiles(QStringLiteral("audacity")); });
    file->addAction(tr("Compare Annota&tors..."), m_annotations, &AnnotationActions::compareAnnotators);
    file->addAction(tr("Export Results as &HTML Report..."), this, [this] {
        m_tabs->setCurrentWidget(m_training);
        m_training->chooseAndExportReport();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_corpus->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_corpus->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys (Ctrl+Shift+Z here) and Ctrl+Y, which users of every platform expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Predict Corpus with Current Model"), this, &MainWindow::predictCorpus);
    edit->addSeparator();
    QAction *play = edit->addAction(tr("Play / &Pause Audio"), this, [this] { m_analysis->togglePlayback(); });
    play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    play->setToolTip(tr("Plays the file on the analysis page, or its focused segment (Space on the page)"));
}

void MainWindow::createSettingsMenu()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Annotator Name..."), m_annotations, &AnnotationActions::chooseAnnotator);
    auto *language = new LanguageMenu(settingsMenu->addMenu(tr("&Language")), this);
    connect(language, &LanguageMenu::chosen, this,
            [this] { statusBar()->showMessage(tr("The language changes the next time EmoLens starts.")); });
    auto *device = new DeviceMenu(settingsMenu->addMenu(tr("Compute &Device")), this);
    connect(device, &DeviceMenu::chosen, this, [this] {
        m_training->showDeviceSetting();
        // The model open for analysis moves now (reopened on the new device, the file analysed again).
        if (!m_analysis->model().path.isEmpty())
            m_models->open(m_analysis->model().path);
    });
    auto *precision = new PrecisionMenu(settingsMenu->addMenu(tr("Inference &Precision")), this);
    connect(precision, &PrecisionMenu::chosen, this, [this] {
        if (!m_analysis->model().path.isEmpty()) // reopened in the new precision, the file analysed again
            m_models->open(m_analysis->model().path);
    });
}

void MainWindow::updateTitle()
{
    QString title = m_titleFile.isEmpty() ? tr("EmoLens[*]") : tr("%1 - EmoLens[*]").arg(m_titleFile);
    if (m_corpus->isReadOnly())
        title = tr("[labels read-only] %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::setAnnotator(const QString &name)
{
    m_annotations->setAnnotator(name);
}

void MainWindow::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Audio"), QSettings().value(QStringLiteral("ui/lastDir")).toString(),
                                     tr("Audio files (*.wav *.flac *.ogg *.aif *.aiff);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("ui/lastDir"), QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void MainWindow::openFile(const QString &path)
{
    m_recent->remember(QFileInfo(path).absoluteFilePath());
    m_tabs->setCurrentWidget(m_analysis);
    m_analysis->analyse(path);
}

bool MainWindow::openModel(const QString &path)
{
    return m_models->open(path);
}

bool MainWindow::useBundledModel()
{
    return m_models->useBundled();
}

QString MainWindow::demoPath()
{
    return m_models->demoClipPath();
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
    QList<QCustomPlot *> all = m_analysis->plots();
    all << m_training->plots() << m_corpus->findChild<QCustomPlot *>(QStringLiteral("dialogView"));
    const int written = exportPlotsTo(all, dir);
    statusBar()->showMessage(tr("Wrote %n file(s) to %1", nullptr, written).arg(dir));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    std::fprintf(stderr, "emolens: %s: %s\n", qPrintable(title), qPrintable(message));
    // Window-modal but not blocking: the event loop (and any running worker) keeps going.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->files();
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

bool MainWindow::showPage(const QString &name)
{
    if (name == QLatin1String("analysis"))
        m_tabs->setCurrentWidget(m_analysis);
    else if (name == QLatin1String("corpus"))
        m_tabs->setCurrentWidget(m_corpus);
    else if (name == QLatin1String("training"))
        m_tabs->setCurrentWidget(m_training);
    else
        return false;
    return true;
}

bool MainWindow::openCorpus(const QString &spec, const Protocol &protocol)
{
    QString error;
    if (!m_corpus->openCorpus(spec, protocol, &error)) {
        showError(tr("Could not open corpus"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("corpus/last"), spec);
    m_tabs->setCurrentWidget(m_corpus);
    m_corpus->table()->setFocus();
    statusBar()->showMessage(tr("Opened %1").arg(spec));
    return true;
}

void MainWindow::chooseCorpus()
{
    OpenCorpusDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openCorpus(dialog.spec(), dialog.protocol());
}

bool MainWindow::openAnnotations(const QString &path)
{
    return m_annotations->open(path);
}

void MainWindow::predictCorpus()
{
    if (m_analysis->model().model)
        m_predictor->start(m_analysis->model().path, m_analysis->model().model->metadata);
}

bool MainWindow::isPredicting() const
{
    return m_predictor->isRunning();
}

void MainWindow::markSpeakersSeenBy(const ModelMetadata &meta)
{
    ui::markSpeakersSeenBy(*m_corpus->tableModel(), m_corpus->corpusSpec(), meta);
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

} // namespace emolens::ui
