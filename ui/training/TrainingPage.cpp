#include "training/TrainingPage.h"
#include "training/ScheduleForm.h"
#include "training/TrainingCurves.h"
#include "training/TrainingJob.h"
#include "common/Plot.h"
#include "common/PlotExport.h"

#include "emolens/Digest.h"
#include "emolens/Error.h"
#include "emolens/FeatureStore.h"
#include "emolens/Files.h"
#include "emolens/ModelFile.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <fstream>
#include <sstream>

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
    connect(&m_watcher, &QFutureWatcher<TrainingJobResult>::finished, this, [this] { showResult(m_watcher.result()); });
}

TrainingPage::~TrainingPage()
{
    cancel();
    m_watcher.waitForFinished();
}

QList<QCustomPlot *> TrainingPage::plots() const
{
    return {m_curves, m_confusion, m_sweepPlot};
}

QCustomPlot *TrainingPage::curves() const
{
    return m_curves;
}

void TrainingPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 0);
    auto *form = new QFormLayout;
    left->addLayout(form);
    m_corpusLabel = new QLabel(tr("Open a corpus in the Corpus page first."), this);
    m_corpusLabel->setWordWrap(true);
    m_corpusLabel->setMaximumWidth(320);
    form->addRow(tr("Corpus:"), m_corpusLabel);
    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(QStringLiteral("heldOutSpeaker"));
    form->addRow(tr("Held-out speaker:"), m_speaker);
    m_schedule = new ScheduleForm(this, form);
    auto *dirRow = new QHBoxLayout;
    m_dir = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs/latest")), this);
    m_dir->setObjectName(QStringLiteral("outputDir"));
    auto *browse = new QPushButton(tr("..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Results Folder"), m_dir->text());
        if (!d.isEmpty()) {
            m_dir->setText(d);
            m_dirChosen = true;
        }
    });
    connect(m_dir, &QLineEdit::textEdited, this, [this] { m_dirChosen = true; });
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browse);
    form->addRow(tr("Results folder:"), dirRow);
    auto *note = new QLabel(tr("Defaults are the paper's schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate "
                               "divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker."),
                            this);
    note->setWordWrap(true);
    note->setMaximumWidth(360);
    left->addWidget(note);
    auto *buttons = new QHBoxLayout;
    m_trainButton = new QPushButton(tr("Train fold"), this);
    m_trainButton->setObjectName(QStringLiteral("trainFoldButton"));
    connect(m_trainButton, &QPushButton::clicked, this, [this] { trainFold(m_speaker->currentText()); });
    m_allButton = new QPushButton(tr("Run all folds"), this);
    connect(m_allButton, &QPushButton::clicked, this, &TrainingPage::runAllFolds);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrainingPage::cancel);
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_allButton);
    buttons->addWidget(m_cancelButton);
    left->addLayout(buttons);
    auto *more = new QHBoxLayout;
    m_useButton = new QPushButton(tr("Use this model"), this);
    m_useButton->setEnabled(false);
    connect(m_useButton, &QPushButton::clicked, this, [this] { Q_EMIT useModel(m_last.modelPath); });
    auto *open = new QPushButton(tr("Open results..."), this);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Results Folder"), m_dir->text());
        QString error;
        if (!d.isEmpty() && !openResults(d, &error))
            m_status->setText(error);
    });
    more->addWidget(m_useButton);
    more->addWidget(open);
    left->addLayout(more);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1000);
    left->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);
    m_status->setMaximumWidth(360);
    left->addWidget(m_status);
    m_metrics = new QLabel(this);
    m_metrics->setObjectName(QStringLiteral("trainingMetrics"));
    m_metrics->setWordWrap(true);
    m_metrics->setMaximumWidth(360);
    left->addWidget(m_metrics);
    left->addStretch(1);

    auto *right = new QSplitter(Qt::Vertical, this);
    layout->addWidget(right, 1);
    m_curves = new TrainingCurves(right);
    right->addWidget(m_curves);
    auto *results = new QSplitter(Qt::Horizontal, right);
    m_confusion = new QCustomPlot(results);
    m_confusion->setObjectName(QStringLiteral("confusionPlot"));
    m_confusion->setMinimumSize(360, 300);
    connect(m_confusion, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        const int p = static_cast<int>(std::lround(m_confusion->xAxis->pixelToCoord(e->position().x())));
        const int t = static_cast<int>(std::lround(m_confusion->yAxis->pixelToCoord(e->position().y())));
        showCell(t, p);
    });
    m_misclassified = new QListWidget(results);
    m_misclassified->setObjectName(QStringLiteral("misclassifiedList"));
    connect(m_misclassified, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) {
                Q_EMIT openUtterance(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
            });
    m_misclassified->setWordWrap(true);
    m_misclassified->setTextElideMode(Qt::ElideNone);
    auto *tabs = new QTabWidget(results);
    m_folds = new QTableWidget(tabs);
    tabs->addTab(m_folds, tr("Folds"));
    auto *sweepPage = new QWidget(tabs);
    auto *sweepLayout = new QVBoxLayout(sweepPage);
    auto *sweepRow = new QHBoxLayout;
    m_sweepParam = new QComboBox(sweepPage);
    m_sweepParam->setObjectName(QStringLiteral("sweepParam"));
    m_sweepParam->addItem(tr("conv1a height"), QStringLiteral("conv1a-height"));
    m_sweepParam->addItem(tr("conv1b width"), QStringLiteral("conv1b-width"));
    m_sweepParam->addItem(tr("Pooling"), QStringLiteral("pooling"));
    m_sweepValues = new QLineEdit(QStringLiteral("2,4,6,8,10,12"), sweepPage);
    m_sweepValues->setObjectName(QStringLiteral("sweepValues"));
    connect(m_sweepParam, &QComboBox::activated, this, [this] {
        const QString p = m_sweepParam->currentData().toString();
        m_sweepValues->setText(p == QLatin1String("pooling") ? QStringLiteral("attention,average,max")
                                                             : QStringLiteral("2,4,6,8,10,12"));
    });
    m_sweepButton = new QPushButton(tr("Run sweep"), sweepPage);
    connect(m_sweepButton, &QPushButton::clicked, this, [this] {
        runSweep(m_speaker->currentText(), m_sweepParam->currentData().toString(),
                 m_sweepValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    sweepRow->addWidget(m_sweepParam);
    sweepRow->addWidget(m_sweepValues, 1);
    sweepRow->addWidget(m_sweepButton);
    sweepLayout->addLayout(sweepRow);
    m_sweepPlot = new QCustomPlot(sweepPage);
    m_sweepPlot->setObjectName(QStringLiteral("sweepPlot"));
    m_sweepPlot->legend->setVisible(true);
    for (QCustomPlot *plot : plots())
        enableExportMenu(plot);
    sweepLayout->addWidget(m_sweepPlot, 1);
    tabs->addTab(sweepPage, tr("Receptive-field sweep"));
    m_folds->setObjectName(QStringLiteral("foldTable"));
    m_folds->setColumnCount(4);
    m_folds->setHorizontalHeaderLabels({tr("Fold"), tr("WA %"), tr("UA %"), tr("Utterances")});
    m_folds->horizontalHeader()->setStretchLastSection(true);
    m_folds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_folds->verticalHeader()->setVisible(false); // the fold column names the rows
    right->addWidget(results);
    right->setSizes({360, 440});
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    results->setStretchFactor(2, 3); // the fold table's four columns fit in both languages
}

void TrainingPage::setCorpus(const QString &spec, const Protocol &protocol, const AnnotationSet &annotations,
                             const QString &annotationPath)
{
    m_annotationPath = annotationPath;
    if (spec != m_spec && !m_dirChosen) // a new corpus gets a new results folder; the same one keeps it, so cancelled folds resume
        m_dir->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("runs/") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
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
        m_corpusLabel->setText(tr("%1, %2 utterances, %3 corrected labels")
                                   .arg(spec).arg(s.utterances.size()).arg(annotations.size()));
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
    m_dir->setText(dir);
    m_dirChosen = true;
}

QString TrainingPage::outputDir() const
{
    return m_dir->text();
}

void TrainingPage::setEpochs(int epochs)
{
    m_schedule->setLength(epochs);
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

bool TrainingPage::start(const QStringList &folds, const QString &sweepParam, const QStringList &sweepValues)
{
    if (isRunning() || m_spec.isEmpty())
        return false;
    JobInput in;
    in.spec = m_spec;
    in.protocol = m_protocol;
    in.annotations = m_annotations;
    in.setup = setup();
    in.folds = folds;
    in.dir = m_dir->text();
    in.sweepParam = sweepParam;
    in.sweepValues = sweepValues;
    if (m_annotations.size() > 0) {
        // Results name the exact corrections: the annotation file and a digest of its content.
        in.setup.protocol.annotations = m_annotationPath.isEmpty() ? std::string("(unsaved corrections)") : m_annotationPath.toStdString();
        in.setup.protocol.annotationsDigest = digestHex(m_annotations.toJson());
    }
    in.dirChosen = m_dirChosen;
    in.runsRoot = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("runs"));
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
    m_progress->setValue(0);
    m_status->setText(tr("Preparing features..."));
    m_metrics->clear();
    m_trainButton->setEnabled(false);
    m_allButton->setEnabled(false);
    m_sweepButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_watcher.setFuture(QtConcurrent::run([job = m_job, in, cancel = m_cancel] { return job->run(in, cancel); }));
    return true;
}

void TrainingPage::cancel()
{
    if (!m_cancel || m_cancel->load())
        return;
    m_cancel->store(true);
    if (isRunning()) {
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling..."));
    }
}

bool TrainingPage::isRunning() const
{
    return m_watcher.isRunning();
}

void TrainingPage::showResult(const TrainingJobResult &r)
{
    m_trainButton->setEnabled(true);
    m_allButton->setEnabled(true);
    m_sweepButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_last = r;
    if (r.cancelled) {
        const QString checkpoint = m_currentFold.isEmpty() ? QString()
                                   : QDir(m_dir->text()).filePath(QStringLiteral("fold-%1.emolens.ckpt").arg(m_currentFold));
        m_status->setText(m_keptEpochs == 0
                              ? tr("Cancelled before the first epoch finished: nothing was kept, and the next run starts afresh.")
                              : tr("Cancelled during epoch %1. The %n finished epoch(s) before it are kept in %2; Train "
                                   "fold with the same settings resumes from there.", nullptr, m_keptEpochs)
                                    .arg(m_keptEpochs + 1)
                                    .arg(checkpoint));
        Q_EMIT finished(QString(), true);
        return;
    }
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
        Q_EMIT finished(r.error, false);
        return;
    }
    m_progress->setValue(1000);
    if (!r.sweep.empty()) {
        drawSweep(r);
        m_status->setText(tr("Sweep finished. Results are in %1 (sweep-%2.tsv).").arg(m_dir->text(), r.sweepParam));
        Q_EMIT finished(QString(), false);
        return;
    }
    m_useButton->setEnabled(!r.modelPath.isEmpty());
    const CrossValSummary &s = *r.summary;
    m_folds->setRowCount(static_cast<int>(s.folds.size()) + 1);
    for (int i = 0; i < static_cast<int>(s.folds.size()); ++i) {
        m_folds->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(s.folds[static_cast<std::size_t>(i)])));
        m_folds->setItem(i, 1, new QTableWidgetItem(QString::number(100 * s.wa[static_cast<std::size_t>(i)], 'f', 1)));
        m_folds->setItem(i, 2, new QTableWidgetItem(QString::number(100 * s.ua[static_cast<std::size_t>(i)], 'f', 1)));
        m_folds->setItem(i, 3, new QTableWidgetItem(QString::number(s.utterances[static_cast<std::size_t>(i)])));
    }
    const int last = static_cast<int>(s.folds.size());
    m_folds->setItem(last, 0, new QTableWidgetItem(tr("mean +- sd")));
    // A standard deviation needs two folds at least.
    auto meanSd = [&s](const MeanSd &m) {
        return QStringLiteral("%1 ± %2").arg(100 * m.mean, 0, 'f', 1).arg(s.folds.size() < 2 ? QStringLiteral("–") : QString::number(100 * m.sd, 'f', 1));
    };
    m_folds->setItem(last, 1, new QTableWidgetItem(meanSd(s.waMean)));
    m_folds->setItem(last, 2, new QTableWidgetItem(meanSd(s.uaMean)));
    m_folds->resizeColumnsToContents();
    const ConfusionMatrix &m = r.fold ? r.fold->evaluation.confusion : s.pooled;
    m_metrics->setText(r.fold ? tr("<b>Held-out speaker %1: WA %2 %, UA %3 %</b> (%4 utterances). Click a confusion cell to list its utterances.")
                                    .arg(QString::fromStdString(r.fold->fold.heldOut))
                                    .arg(100 * m.weightedAccuracy(), 0, 'f', 1)
                                    .arg(100 * m.unweightedAccuracy(), 0, 'f', 1)
                                    .arg(m.total())
                              : tr("<b>%1 folds: WA %2 +- %3 %, UA %4 +- %5 %</b>; pooled WA %6 %, UA %7 %.")
                                    .arg(s.folds.size())
                                    .arg(100 * s.waMean.mean, 0, 'f', 1).arg(100 * s.waMean.sd, 0, 'f', 1)
                                    .arg(100 * s.uaMean.mean, 0, 'f', 1).arg(100 * s.uaMean.sd, 0, 'f', 1)
                                    .arg(100 * s.pooled.weightedAccuracy(), 0, 'f', 1)
                                    .arg(100 * s.pooled.unweightedAccuracy(), 0, 'f', 1));
    m_status->setText(r.skippedEarlierResults && !r.fold
                          ? tr("These folds had finished earlier in %1; their results are shown. Choose another results "
                               "folder to train again.").arg(m_dir->text())
                          : tr("Finished. Results and models are in %1.").arg(m_dir->text()));
    drawConfusion(m);
    Q_EMIT finished(QString(), false);
}

void TrainingPage::drawConfusion(const ConfusionMatrix &m)
{
    m_confusion->clearPlottables();
    m_confusion->clearItems();
    const int n = m.size();
    auto *map = new QCPColorMap(m_confusion->xAxis, m_confusion->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    map->setInterpolate(false);
    QCPColorGradient blues;
    blues.setColorStops({{0.0, QColor(247, 251, 255)}, {0.5, QColor(107, 174, 214)}, {1.0, QColor(8, 48, 107)}});
    map->setGradient(blues);
    for (int t = 0; t < n; ++t) {
        const double support = std::max<double>(1.0, static_cast<double>(m.support(t)));
        for (int p = 0; p < n; ++p) {
            map->data()->setCell(p, t, m.count(t, p) / support);
            auto *text = new QCPItemText(m_confusion);
            text->position->setCoords(p, t);
            text->setText(QString::number(m.count(t, p)));
            text->setColor(m.count(t, p) / support > 0.5 ? Qt::white : Qt::black);
        }
    }
    map->setDataRange(QCPRange(0, 1));
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < n; ++k)
        ticks->addTick(k, QString::fromStdString(m.classes()[static_cast<std::size_t>(k)]));
    m_confusion->xAxis->setTicker(ticks);
    m_confusion->yAxis->setTicker(ticks);
    m_confusion->xAxis->setLabel(tr("Predicted"));
    m_confusion->yAxis->setLabel(tr("True (row-normalised colour)"));
    m_confusion->xAxis->setRange(-0.5, n - 0.5);
    m_confusion->yAxis->setRange(n - 0.5, -0.5);
    m_confusion->yAxis->setRangeReversed(false);
    m_confusion->replot();
}

void TrainingPage::showProgress(const TrainProgress &p, const QList<QPointF> &lossCurve)
{
    const double epochs = p.epoch - 1 + static_cast<double>(p.batch) / p.batches;
    m_progress->setValue(static_cast<int>(1000.0 * epochs / p.epochs));
    m_status->setText(tr("Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left")
                          .arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches)
                          .arg(p.loss, 0, 'f', 4).arg(100 * p.accuracy, 0, 'f', 1).arg(p.learningRate, 0, 'g', 2)
                          .arg(p.etaSeconds / 60.0, 0, 'f', 1));
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
    m_dir->setText(dir);
    m_metrics->setText(note); // stays while the status line follows the run
}

void TrainingPage::showPreparing(double fraction)
{
    m_status->setText(tr("Preparing features: %1 % of the training utterances").arg(100.0 * fraction, 0, 'f', 0));
}

void TrainingPage::showResumed(const std::vector<EpochStats> &history)
{
    for (const EpochStats &e : history)
        m_curves->addEpoch(e);
    if (!history.empty())
        m_keptEpochs = history.back().epoch;
    m_status->setText(tr("Resumed after epoch %1 from the checkpoint.").arg(m_keptEpochs));
}

void TrainingPage::showFoldStarted(const QString &heldOut)
{
    m_currentFold = heldOut;
    m_keptEpochs = 0;
    m_curves->clearRun();
}

void TrainingPage::drawSweep(const TrainingJobResult &r)
{
    m_sweepPlot->clearGraphs();
    m_sweepPlot->clearPlottables();
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    const bool numeric = r.sweepParam != QLatin1String("pooling");
    QVector<double> x, wa, ua;
    for (int i = 0; i < static_cast<int>(r.sweep.size()); ++i) {
        const auto &p = r.sweep[static_cast<std::size_t>(i)];
        const double key = numeric ? QString::fromStdString(p.value).toDouble() : i;
        x << key;
        wa << 100 * p.wa;
        ua << 100 * p.ua;
        ticks->addTick(key, QString::fromStdString(p.value));
    }
    auto *g1 = m_sweepPlot->addGraph();
    g1->setName(tr("WA %"));
    g1->setData(x, wa);
    g1->setPen(QPen(QColor(0, 114, 178), 2));
    g1->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    auto *g2 = m_sweepPlot->addGraph();
    g2->setName(tr("UA %"));
    g2->setData(x, ua);
    g2->setPen(QPen(QColor(213, 94, 0), 2));
    g2->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
    m_sweepPlot->xAxis->setTicker(ticks);
    m_sweepPlot->xAxis->setLabel(r.sweepParam == QLatin1String("conv1a-height") ? tr("conv1a height (frequency extent of the x2 kernel)")
                                 : r.sweepParam == QLatin1String("conv1b-width") ? tr("conv1b width (time extent of the 2x kernel)")
                                                                                 : tr("Pooling"));
    m_sweepPlot->yAxis->setLabel(tr("Held-out accuracy (%)"));
    m_sweepPlot->rescaleAxes();
    m_sweepPlot->xAxis->scaleRange(1.2);
    m_sweepPlot->yAxis->setRange(0, 100);
    m_sweepPlot->replot();
    if (auto *tabs = qobject_cast<QTabWidget *>(m_sweepPlot->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(m_sweepPlot->parentWidget());
}

void TrainingPage::showCell(int truth, int predicted)
{
    m_misclassified->clear();
    if (!m_last.fold)
        return;
    const auto &classes = m_last.fold->metadata.classes();
    for (const auto &u : m_last.fold->evaluation.utterances) {
        if (u.truth != truth || u.predicted != predicted)
            continue;
        QString path;
        for (const auto &cand : m_last.utterances)
            if (cand.id == u.id)
                path = QString::fromStdString(cand.audioPath);
        auto *item = new QListWidgetItem(tr("%1: %2 taken for %3 (%4 %)")
                                             .arg(QString::fromStdString(u.id))
                                             .arg(QString::fromStdString(classes.at(static_cast<std::size_t>(truth))))
                                             .arg(QString::fromStdString(classes.at(static_cast<std::size_t>(predicted))))
                                             .arg(100.0 * u.probabilities.at(static_cast<std::size_t>(predicted)), 0, 'f', 0),
                                         m_misclassified);
        item->setData(Qt::UserRole, path);
        item->setData(Qt::UserRole + 1, QDir(m_dir->text()).filePath(QStringLiteral("fold-%1.emolens").arg(QString::fromStdString(m_last.fold->fold.heldOut))));
        item->setToolTip(item->text());
    }
}

bool TrainingPage::openResults(const QString &dir, QString *error)
{
    try {
        TrainingJobResult r;
        r.summary = std::make_shared<CrossValSummary>(CrossValSummary::fromFoldFiles(foldResultFiles(dir.toStdString())));
        m_dir->setText(dir);
        showResult(r);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace emolens::ui
