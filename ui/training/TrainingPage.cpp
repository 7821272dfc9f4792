#include "training/TrainingPage.h"
#include "common/DeviceChoice.h"
#include "training/ResultsFolder.h"
#include "training/ResultsPanel.h"
#include "training/RunStatus.h"
#include "training/ScheduleForm.h"
#include "training/TrainingCurves.h"
#include "training/TrainingJob.h"

#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Files.h"
#include "emolens/HtmlReport.h"
#include "emolens/ModelFile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace emolens::ui {

TrainingPage::TrainingPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPage"));
    buildUi();
    m_job = new TrainingJob(this);
    connect(m_job, &TrainingJob::folderChosen, this, &TrainingPage::showFolder);
    connect(m_job, &TrainingJob::progress, this, &TrainingPage::showProgress);
    connect(m_job, &TrainingJob::epochDone, this, &TrainingPage::showEpoch);
    connect(m_job, &TrainingJob::preparing, this, &TrainingPage::showPreparing);
    connect(m_job, &TrainingJob::resumed, this, &TrainingPage::showResumed);
    connect(m_job, &TrainingJob::foldStarted, this, &TrainingPage::showFoldStarted);
    connect(m_job, &TrainingJob::waiting, this, [this](const QString &status) { m_status->showStatus(status); });
    connect(&m_watcher, &QFutureWatcher<TrainingJobResult>::finished, this, [this] { showResult(m_watcher.result()); });
}

TrainingPage::~TrainingPage()
{
    cancel();
    m_watcher.waitForFinished();
}

QList<QCustomPlot *> TrainingPage::plots() const
{
    return {m_curves, m_results->confusionPlot(), m_results->sweepPlot()};
}

QCustomPlot *TrainingPage::curves() const
{
    return m_curves;
}

QCustomPlot *TrainingPage::sweepPlot() const
{
    return m_results->sweepPlot();
}

QTableWidget *TrainingPage::foldTable() const
{
    return m_results->foldTable();
}

QListWidget *TrainingPage::misclassifiedList() const
{
    return m_results->misclassifiedList();
}

void TrainingPage::setCorpus(const QString &spec, const Protocol &protocol, const AnnotationSet &annotations,
                             const QString &annotationPath)
{
    m_annotationPath = annotationPath;
    if (spec != m_spec) // a new corpus gets a new results folder; the same one keeps it, so cancelled folds resume
        m_dir->startNewUnlessChosen();
    m_spec = spec;
    m_protocol = protocol;
    m_annotations = annotations;
    m_speaker->clear();
    try {
        JobInput in;
        in.spec = spec;
        in.protocol = protocol;
        in.annotations = annotations;
        const Selection s = selectionFor(in);
        for (const auto &[speaker, row] : s.counts())
            m_speaker->addItem(QString::fromStdString(speaker));
        m_corpusLabel->setText(
            tr("%1, %2 utterances, %3 corrected labels").arg(spec).arg(s.utterances.size()).arg(annotations.size()));
    } catch (const std::exception &e) {
        m_corpusLabel->setText(QString::fromStdString(e.what()));
    }
}

QStringList TrainingPage::speakers() const
{
    QStringList out;
    for (int i = 0; i < m_speaker->count(); ++i)
        out << m_speaker->itemText(i);
    return out;
}

void TrainingPage::setOutputDir(const QString &dir)
{
    m_dir->choose(dir);
}

QString TrainingPage::outputDir() const
{
    return m_dir->path();
}

void TrainingPage::setEpochs(int epochs)
{
    m_schedule->setLength(epochs);
}

void TrainingPage::showDeviceSetting()
{
    emolens::ui::showDeviceSetting(m_device);
}

void TrainingPage::setBatchSize(int batch)
{
    m_schedule->setBatchSize(batch);
}

ExperimentSetup TrainingPage::setup() const
{
    ExperimentSetup s;
    s.corpusSpec = m_spec.toStdString();
    s.protocol = m_protocol;
    m_schedule->apply(s);
    s.model.numClasses = static_cast<int>(m_protocol.classes.size());
    return s;
}

bool TrainingPage::trainFold(const QString &speaker)
{
    if (speaker.isEmpty())
        return false;
    return start({speaker});
}

bool TrainingPage::runAllFolds()
{
    return start({});
}

bool TrainingPage::runSweep(const QString &speaker, const QString &param, const QStringList &values)
{
    if (speaker.isEmpty() || values.isEmpty())
        return false;
    return start({speaker}, param, values);
}

JobInput TrainingPage::jobInput(const QStringList &folds) const
{
    JobInput in;
    in.spec = m_spec;
    in.protocol = m_protocol;
    in.annotations = m_annotations;
    in.setup = setup();
    in.folds = folds;
    in.dir = m_dir->path();
    if (m_annotations.size() > 0) {
        // Results name the exact corrections: the annotation file and a digest of its content.
        in.setup.protocol.annotations =
            m_annotationPath.isEmpty() ? std::string("(unsaved corrections)") : m_annotationPath.toStdString();
        in.setup.protocol.annotationsDigest = sha256Hex(m_annotations.toJson());
    }
    in.dirChosen = m_dir->wasChosen();
    in.runsRoot =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs"));
    return in;
}

bool TrainingPage::start(const QStringList &folds, const QString &sweepParam, const QStringList &sweepValues)
{
    if (isRunning() || m_spec.isEmpty())
        return false;
    JobInput in = jobInput(folds);
    std::string device;
    try {
        in.device = chooseDevice(deviceSetting().toStdString(), &device);
    } catch (const std::exception &e) { // a GPU this build or machine lacks: said, nothing started
        m_status->showStatus(QString::fromStdString(e.what()));
        return false;
    }
    in.sweepParam = sweepParam;
    in.sweepValues = sweepValues;
    if (!m_store || !(m_store->config() == in.setup.features)) {
        FeatureStoreOptions options;
        options.cacheDir = defaultFeatureCacheDir();
        m_store = std::make_shared<FeatureStore>(in.setup.features, options);
    }
    in.store = m_store;
    m_cancel = std::make_shared<CancelToken>(false);
    m_curves->clearRun();
    m_keptEpochs = 0;
    m_currentFold = folds.value(0);
    m_deviceLine = tr("Computing on %1.").arg(QString::fromStdString(device));
    m_status->showStarted();
    m_status->showMetrics(m_deviceLine);
    setRunning(true);
    m_watcher.setFuture(QtConcurrent::run([job = m_job, in, cancel = m_cancel] { return job->run(in, cancel); }));
    return true;
}

void TrainingPage::setRunning(bool running)
{
    m_trainButton->setEnabled(!running);
    m_allButton->setEnabled(!running);
    m_results->setSweepRunnable(!running);
    m_cancelButton->setEnabled(running);
}

void TrainingPage::cancel()
{
    if (!m_cancel || m_cancel->load())
        return;
    m_cancel->store(true);
    if (isRunning()) {
        m_cancelButton->setEnabled(false);
        m_status->showCancelling();
    }
}

bool TrainingPage::isRunning() const
{
    return m_watcher.isRunning();
}

void TrainingPage::showResult(const TrainingJobResult &r)
{
    setRunning(false);
    m_last = r;
    if (r.cancelled) {
        showCancelled();
        Q_EMIT finished(QString(), true);
        return;
    }
    if (!r.error.isEmpty()) {
        m_status->showStatus(r.error);
        Q_EMIT finished(r.error, false);
        return;
    }
    if (!r.sweep.empty()) {
        m_results->showSweep(r);
        m_status->showFinished(
            tr("Sweep finished. Results are in %1 (sweep-%2.tsv).").arg(m_dir->path(), r.sweepParam));
    } else {
        showFolds(r);
    }
    Q_EMIT finished(QString(), false);
}

void TrainingPage::showCancelled()
{
    m_status->showCancelled(
        m_keptEpochs, m_currentFold.isEmpty()
                          ? QString()
                          : QDir(m_dir->path()).filePath(QStringLiteral("fold-%1.emolens.ckpt").arg(m_currentFold)));
}

void TrainingPage::showFolds(const TrainingJobResult &r)
{
    m_useButton->setEnabled(!r.modelPath.isEmpty());
    m_reportButton->setEnabled(!foldResultFiles(m_dir->path().toStdString()).empty());
    m_results->showFolds(r, m_dir->path());
    m_status->showFoldResults(r, m_dir->path());
}

void TrainingPage::showProgress(const TrainProgress &p, const QList<QPointF> &lossCurve)
{
    m_status->showProgress(p);
    m_curves->addBatches(p, lossCurve);
}

void TrainingPage::showEpoch(const EpochStats &e)
{
    m_keptEpochs = e.epoch;
    m_curves->addEpoch(e);
    Q_EMIT epochFinished(e.epoch);
}

void TrainingPage::showFolder(const QString &dir, const QString &note)
{
    m_dir->show(dir);
    m_status->showMetrics(note.isEmpty()
                              ? m_deviceLine
                              : note + QLatin1Char(' ') + m_deviceLine); // stays while the status line follows the run
}

void TrainingPage::showPreparing(double fraction)
{
    m_status->showPreparing(fraction);
}

void TrainingPage::showResumed(const std::vector<EpochStats> &history)
{
    for (const EpochStats &e : history)
        m_curves->addEpoch(e);
    if (!history.empty())
        m_keptEpochs = history.back().epoch;
    m_status->showResumed(m_keptEpochs);
}

void TrainingPage::showFoldStarted(const QString &heldOut)
{
    m_currentFold = heldOut;
    m_keptEpochs = 0;
    m_curves->clearRun();
}

void TrainingPage::showCell(int truth, int predicted)
{
    m_results->showCell(truth, predicted);
}

void TrainingPage::chooseAndExportReport()
{
    QString error;
    if (foldResultFiles(m_dir->path().toStdString()).empty()) {
        m_status->showStatus(tr("Nothing to report yet: %1 holds no finished folds. Train a fold or open results "
                                "first.")
                                 .arg(QDir::toNativeSeparators(m_dir->path())));
        return;
    }
    const QString out = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                     QDir(m_dir->path()).filePath(QStringLiteral("report.html")),
                                                     tr("HTML report (*.html)"));
    if (!out.isEmpty() && !exportReport(out, &error))
        m_status->showStatus(error);
}

bool TrainingPage::exportReport(const QString &outPath, QString *error)
{
    try {
        writeCrossValReport(m_dir->path().toStdString(), outPath.toStdString());
        m_status->showFinished(tr("Report written to %1.").arg(QDir::toNativeSeparators(outPath)));
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool TrainingPage::openResults(const QString &dir, QString *error)
{
    if (foldResultFiles(dir.toStdString()).empty()) {
        if (error)
            *error = tr("%1 holds no fold-*.json results (is it a cross-validation results folder?)")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    try {
        TrainingJobResult r;
        r.summary =
            std::make_shared<CrossValSummary>(CrossValSummary::fromFoldFiles(foldResultFiles(dir.toStdString())));
        m_dir->show(dir);
        showResult(r);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace emolens::ui
