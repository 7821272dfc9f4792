#include "MainWindow.h"
#include "corpus/CorpusPrediction.h"
#include "common/Plot.h"
#include "corpus/OpenCorpusDialog.h"
#include "common/PlotExport.h"

#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"

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
#include <QInputDialog>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <set>

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
    setWindowTitle(tr("EmoLens[*]"));
    setAcceptDrops(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_analysis = new AnalysisPage(m_tabs);
    m_tabs->addTab(m_analysis, tr("Analysis"));
    m_corpus = new CorpusPage(m_tabs);
    m_tabs->addTab(m_corpus, tr("Corpus"));
    connect(m_corpus, &CorpusPage::utteranceActivated, this, [this](const QString &path, const QString &) { openFile(path); });
    // The selected row is analysed in the background, so the analysis page is ready when the user looks.
    connect(m_corpus, &CorpusPage::utteranceSelected, this, [this](const QString &path, const QString &) {
        if (m_analysis->model().model)
            m_analysis->analyse(path);
    });
    connect(m_corpus, &CorpusPage::modifiedChanged, this, [this](bool modified) { setWindowModified(modified); });
    connect(m_corpus, &CorpusPage::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_corpus, &CorpusPage::predictionsNeeded, this, &MainWindow::offerPrediction);
    m_training = new TrainingPage(m_tabs);
    m_tabs->addTab(m_training, tr("Training"));
    connect(m_training, &TrainingPage::useModel, this, [this](const QString &path) {
        if (openModel(path))
            QSettings().setValue(QStringLiteral("analysis/model"), path);
    });
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
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 820);

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
    connect(m_analysis, &AnalysisPage::playbackFailed, this,
            [this](const QString &why) { showError(tr("Cannot play audio"), why); });
    connect(m_analysis, &AnalysisPage::analysisStarted, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Analysing %1...").arg(QFileInfo(path).fileName())); });

    auto *predictBar = new QProgressBar(this);
    predictBar->setObjectName(QStringLiteral("predictProgress"));
    predictBar->setMaximumWidth(200);
    predictBar->setVisible(false);
    auto *predictCancel = new QToolButton(this);
    predictCancel->setObjectName(QStringLiteral("predictCancel"));
    predictCancel->setText(tr("Cancel prediction"));
    predictCancel->setVisible(false);
    connect(predictCancel, &QToolButton::clicked, this, [this] {
        if (m_predictCancel)
            m_predictCancel->store(true);
    });
    statusBar()->addPermanentWidget(predictBar);
    statusBar()->addPermanentWidget(predictCancel);
    connect(&m_predictAll, &QFutureWatcher<void>::started, this, [predictBar, predictCancel] {
        predictBar->setVisible(true);
        predictCancel->setVisible(true);
    });
    connect(&m_predictAll, &QFutureWatcher<void>::progressRangeChanged, predictBar, &QProgressBar::setRange);
    connect(&m_predictAll, &QFutureWatcher<void>::progressValueChanged, predictBar, &QProgressBar::setValue);
    connect(&m_predictAll, &QFutureWatcher<void>::finished, this, [predictBar, predictCancel] {
        predictBar->setVisible(false);
        predictCancel->setVisible(false);
    });

    QSettings settings;
    m_corpus->setAuthor(settings.value(QStringLiteral("corpus/annotator"), systemUserName()).toString());
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

MainWindow::~MainWindow()
{
    // Shutdown order: cancel, wait, then destroy (the worker posts to the corpus page).
    if (m_predictCancel)
        m_predictCancel->store(true);
    m_predictAll.waitForFinished();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    if (m_predictCancel)
        m_predictCancel->store(true);
    m_analysis->cancel();
    m_training->cancel();
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
    file->addAction(tr("Open &Corpus..."), this, &MainWindow::chooseCorpus);
    file->addAction(tr("Open &Annotations..."), this, [this] { chooseAnnotations(false); });
    file->addAction(tr("&Save Annotations"), QKeySequence::Save, this, &MainWindow::saveAnnotations);
    file->addAction(tr("Save Annotations &As..."), this, [this] { chooseAnnotations(true); });
    file->addAction(tr("Export Labels as &EmoEvaluation..."), this, [this] { exportAnnotations(false); });
    file->addAction(tr("Export Labels as CS&V..."), this, [this] { exportAnnotations(true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

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

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Annotator Name..."), this, &MainWindow::chooseAnnotator);
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

void MainWindow::updateTitle()
{
    QString title = m_titleFile.isEmpty() ? tr("EmoLens[*]") : tr("%1 - EmoLens[*]").arg(m_titleFile);
    if (m_corpus->isReadOnly())
        title = tr("[labels read-only] %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::setAnnotator(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("corpus/annotator"), clean);
    m_corpus->setAuthor(clean);
    statusBar()->showMessage(tr("Corrections are recorded as made by %1.").arg(clean));
}

void MainWindow::chooseAnnotator()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Annotator Name"),
                                               tr("Name recorded with every label correction and note:"),
                                               QLineEdit::Normal, m_corpus->author(), &ok);
    if (ok)
        setAnnotator(name);
}

void MainWindow::askAnnotatorOnce()
{
    // Asked once, the first time an annotation file is opened; the system user is the default.
    if (QSettings().contains(QStringLiteral("corpus/annotator")))
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("annotatorDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Annotator Name"));
    ask->setLabelText(tr("Corrections and notes record who made them. Your name (change it later in Settings > "
                         "Annotator Name):"));
    ask->setTextValue(m_corpus->author());
    connect(ask, &QInputDialog::textValueSelected, this, &MainWindow::setAnnotator);
    connect(ask, &QInputDialog::rejected, this, [this] { setAnnotator(m_corpus->author()); });
    ask->open();
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
    QList<QCustomPlot *> all = m_analysis->plots();
    all << m_training->plots() << m_corpus->findChild<QCustomPlot *>(QStringLiteral("dialogView"));
    for (QCustomPlot *plot : all)
        for (const char *suffix : {".png", ".pdf", ".svg"})
            written += exportPlot(plot, QDir(dir).filePath(plot->objectName() + QLatin1String(suffix)));
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

bool MainWindow::confirmDiscard()
{
    if (!m_corpus->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved labels"),
                                              tr("Save the changed labels to %1 before closing?").arg(m_corpus->annotationPath()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        QString error;
        if (!m_corpus->save(&error)) {
            showError(tr("Could not save"), error);
            return false;
        }
    }
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
    QString error;
    LockOwner owner;
    owner.pid = -1;
    if (!m_corpus->openAnnotations(path, &error, false, &owner)) {
        if (owner.pid >= 0)
            offerLockChoice(path, owner);
        else
            showError(tr("Could not open annotations"), error);
        return false;
    }
    updateTitle();
    askAnnotatorOnce();
    if (m_corpus->hasAutosave()) {
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Restore unsaved labels?"),
                                    tr("EmoLens found labels for %1 that were never saved (the last session ended "
                                       "without saving). Restore them? You can undo the restore.")
                                        .arg(path),
                                    QMessageBox::Yes | QMessageBox::No, this);
        ask->setObjectName(QStringLiteral("restoreBox"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::accepted, this, [this] {
            QString e;
            if (!m_corpus->restoreAutosave(&e))
                showError(tr("Could not restore"), e);
        });
        ask->open();
    }
    statusBar()->showMessage(tr("Annotations: %1").arg(path));
    return true;
}

void MainWindow::offerLockChoice(const QString &path, const LockOwner &owner)
{
    m_lastError = tr("%1 is open in another EmoLens: %2.").arg(path, owner.describe());
    std::fprintf(stderr, "emolens: %s\n", qPrintable(m_lastError));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Annotation file in use"),
                                m_lastError + QLatin1Char('\n') +
                                    (owner.alive ? tr("Open it read-only (no changes can be made), or cancel and close it "
                                                      "in the other EmoLens first.")
                                                 : tr("That EmoLens has ended without releasing its lock. Take the lock "
                                                      "over to edit, or open the file read-only.")),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("lockBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    QPushButton *takeOver = nullptr;
    if (!owner.alive || owner.host != QSysInfo::machineHostName()) {
        // A lock from another host cannot be checked from here: the user decides.
        takeOver = box->addButton(tr("Take Over Lock"), QMessageBox::DestructiveRole);
        takeOver->setObjectName(QStringLiteral("takeOverLock"));
    }
    connect(box, &QMessageBox::buttonClicked, this, [this, path, readOnly, takeOver](QAbstractButton *clicked) {
        QString error;
        if (clicked == readOnly) {
            if (!m_corpus->openAnnotations(path, &error, true)) {
                showError(tr("Could not open annotations"), error);
                return;
            }
            statusBar()->showMessage(tr("Annotations (read-only): %1").arg(path));
            updateTitle();
        } else if (takeOver && clicked == takeOver) {
            if (!CorpusPage::takeOverLock(path, &error))
                showError(tr("Could not take over the lock"), error);
            else
                openAnnotations(path);
        }
    });
    box->open();
}

void MainWindow::chooseAnnotations(bool saveAs)
{
    const QString path = saveAs ? QFileDialog::getSaveFileName(this, tr("Save Annotations As"), QString(),
                                                                tr("EmoLens annotations (*.json)"))
                                : QFileDialog::getOpenFileName(this, tr("Open Annotations"), QString(),
                                                                tr("EmoLens annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (saveAs) {
        // Keep the labels made so far: take the new file's lock, then write them there.
        const AnnotationSet current = m_corpus->annotations();
        QString error;
        if (!m_corpus->openAnnotations(path, &error)) {
            showError(tr("Could not open annotations"), error);
            return;
        }
        for (const auto &[id, a] : current.all())
            m_corpus->applyAnnotation(QString::fromStdString(id), &a);
        saveAnnotations();
    } else {
        openAnnotations(path);
    }
}

void MainWindow::saveAnnotations()
{
    if (m_corpus->annotationPath().isEmpty()) {
        chooseAnnotations(true);
        return;
    }
    QString error;
    if (!m_corpus->save(&error))
        showError(tr("Could not save"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(m_corpus->annotationPath()));
}

void MainWindow::exportAnnotations(bool csv)
{
    QString error;
    bool ok = false;
    if (csv) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Labels as CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        ok = m_corpus->exportCsv(path, &error);
    } else {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export EmoEvaluation Files to Folder"));
        if (dir.isEmpty())
            return;
        ok = m_corpus->exportEmoEvaluation(dir, &error);
    }
    if (!ok)
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Labels exported"));
}

void MainWindow::offerPrediction(const QString &order)
{
    if (!m_analysis->model().model) {
        showError(tr("No model"), tr("Open a model first (File > Open Model): the review orders sort by its predictions."));
        return;
    }
    const int rows = m_corpus->tableModel()->rowCount();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Predict the corpus?"),
                                tr("This review order sorts by the model's predictions, which this corpus does not have "
                                   "yet. Predict all %1 utterances with %2 now? The table re-sorts once when it "
                                   "finishes.")
                                    .arg(rows)
                                    .arg(m_analysis->model().name),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(QStringLiteral("predictBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::accepted, this, [this, order] {
        m_orderAfterPrediction = order;
        predictCorpus();
    });
    ask->open();
}

void MainWindow::predictCorpus()
{
    if (m_predictAll.isRunning() || m_corpus->tableModel()->rowCount() == 0 || !m_analysis->model().model)
        return;
    const QString modelPath = m_analysis->model().path;
    markSpeakersSeenBy(m_analysis->model().model->metadata);
    std::vector<Utterance> utterances;
    for (int r = 0; r < m_corpus->tableModel()->rowCount(); ++r)
        utterances.push_back(m_corpus->tableModel()->utterance(r));
    m_predictCancel = std::make_shared<CancelToken>(false);
    statusBar()->showMessage(tr("Predicting %n utterance(s)...", nullptr, static_cast<int>(utterances.size())));
    if (!m_predictJob) { // reports by signals: rows to the corpus page, the end to this window
        m_predictJob = new CorpusPredictionJob(this);
        connect(m_predictJob, &CorpusPredictionJob::rowPredicted, m_corpus, &CorpusPage::setPrediction);
        connect(m_predictJob, &CorpusPredictionJob::rowFailed, m_corpus, &CorpusPage::setPredictionError);
        connect(m_predictJob, &CorpusPredictionJob::finished, this, &MainWindow::predictionDone);
    }
    m_predictAll.setFuture(QtConcurrent::run(
        [job = m_predictJob, modelPath, utterances, cancel = m_predictCancel](QPromise<void> &promise) {
            job->run(promise, modelPath, utterances, cancel);
        }));
}

void MainWindow::markSpeakersSeenBy(const ModelMetadata &meta)
{
    // The same speakers only in the same corpus: EmoDB's and IEMOCAP's speaker names are the
    // corpus's own (wherever the copy lies); a CSV manifest's only within that manifest.
    namespace fs = std::filesystem;
    const std::string corpus = m_corpus->corpusSpec().toStdString();
    auto kind = [](const std::string &spec) { return spec.substr(0, spec.find(':')); };
    auto where = [](const std::string &spec) {
        std::error_code ec;
        const auto colon = spec.find(':');
        const fs::path p = fs::weakly_canonical(colon == std::string::npos ? spec : spec.substr(colon + 1), ec);
        return ec ? spec : p.string();
    };
    const bool sameCorpus = !meta.corpusSpec.empty() && kind(meta.corpusSpec) == kind(corpus) &&
                            (kind(corpus) != "csv" || where(meta.corpusSpec) == where(corpus));
    std::set<std::string> training, validation;
    if (sameCorpus) {
        training.insert(meta.trainingSpeakers.begin(), meta.trainingSpeakers.end());
        validation.insert(meta.validationSpeakers.begin(), meta.validationSpeakers.end());
    }
    m_corpus->tableModel()->setSeenSpeakers(std::move(training), std::move(validation));
}

void MainWindow::predictionDone(int predicted, int failed, bool cancelled, const QString &fatal)
{
    if (!fatal.isEmpty()) {
        statusBar()->showMessage(tr("Prediction failed."));
        showError(tr("Prediction failed"), fatal);
    } else if (cancelled) {
        statusBar()->showMessage(tr("Prediction cancelled after %n utterance(s).", nullptr, predicted + failed));
    } else if (failed > 0) {
        statusBar()->showMessage(tr("Predicted %1 utterances; %2 could not be read (their rows say why).").arg(predicted).arg(failed));
    } else {
        statusBar()->showMessage(tr("Predicted %n utterance(s).", nullptr, predicted));
    }
    if (!m_orderAfterPrediction.isEmpty() && !cancelled && fatal.isEmpty())
        m_corpus->setReviewOrder(m_orderAfterPrediction);
    m_orderAfterPrediction.clear();
    Q_EMIT predictionFinished(predicted, failed, cancelled);
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
                           .arg(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(kVersion), QString::fromLatin1(kBuildCommit))));
}

} // namespace emolens::ui
