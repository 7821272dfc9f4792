#pragma once
// The training panel: "Train fold" and "Run all folds" on the corpus open in the
// corpus browser (with its corrected labels), the paper's defaults, live loss and
// accuracy curves, cancel that keeps the last epoch's checkpoint, and the result:
// WA, UA, a confusion-matrix heatmap whose cells list the misclassified
// utterances, the per-fold table, "Use this model" and "Export report" (HTML).

#include "training/TrainingJob.h"

#include "emolens/Annotations.h"
#include "emolens/CrossValidation.h"
#include "emolens/FeatureStore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace emolens::ui {

class ResultsFolder;

class ResultsPanel;
class RunStatus;
class ScheduleForm;
class TrainingCurves;

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override;

    /// The corpus, protocol and corrections training uses (from the corpus browser).
    void setCorpus(const QString &spec, const Protocol &protocol, const AnnotationSet &annotations,
                   const QString &annotationPath = {});
    QStringList speakers() const;
    void setOutputDir(const QString &dir);
    QString outputDir() const;
    /// Hyperparameters as the form shows them (defaults: the paper's).
    ExperimentSetup setup() const;
    void setEpochs(int epochs);
    /// The Device box shows the compute device setting again (Settings > Compute Device changed it).
    void showDeviceSetting();
    void setBatchSize(int batch);

    bool trainFold(const QString &speaker);
    bool runAllFolds();
    /// The receptive-field study on one fold: \p param is conv1a-height, conv1b-width or pooling.
    bool runSweep(const QString &speaker, const QString &param, const QStringList &values);
    QCustomPlot *sweepPlot() const;
    QList<QCustomPlot *> plots() const;
    void cancel();
    bool isRunning() const;
    /// Shows a finished cross-validation folder's per-fold table.
    bool openResults(const QString &dir, QString *error = nullptr);
    /// Writes the results folder's HTML report (emolens/HtmlReport.h) to \p outPath.
    bool exportReport(const QString &outPath, QString *error = nullptr);
    /// "Export report...": asks where, then exportReport (the status line says what happened).
    void chooseAndExportReport();

    const TrainingJobResult &lastResult() const { return m_last; }
    /// The features kept across runs while the page lives (null before the first run).
    std::shared_ptr<FeatureStore> featureStore() const { return m_store; }
    QTableWidget *foldTable() const;
    QListWidget *misclassifiedList() const;
    QCustomPlot *curves() const;
    /// Lists the misclassified utterances of confusion cell (truth, predicted).
    void showCell(int truth, int predicted);
    /// The training job's reports (connected to its signals): the progress bar, status
    /// line and curves; \p lossCurve holds every batch's running loss since the last call.
    void showProgress(const TrainProgress &progress, const QList<QPointF> &lossCurve = {});
    void showEpoch(const EpochStats &epoch);
    /// Feature preparation before the first epoch: the fraction of utterances ready.
    void showPreparing(double fraction);
    /// Training resumed from a checkpoint: the epochs before the cancel, back on the curves.
    void showResumed(const std::vector<EpochStats> &history);
    void showFoldStarted(const QString &heldOut);
    /// The results folder the job uses (a new one when the settings differ from the folder's), and why.
    void showFolder(const QString &dir, const QString &note);

Q_SIGNALS:
    void finished(const QString &error, bool cancelled);
    void epochFinished(int epoch);
    void useModel(const QString &path);
    /// Analyse \p path with \p modelPath, the fold model whose results list it.
    void openUtterance(const QString &path, const QString &modelPath);

private:
    bool start(const QStringList &folds, const QString &sweepParam = {}, const QStringList &sweepValues = {});
    /// What a run needs, from the page's settings.
    JobInput jobInput(const QStringList &folds) const;
    void buildUi();
    QLayout *buildSettings();
    QLayout *buildButtons();
    QWidget *buildResults();
    void setRunning(bool running);
    void showResult(const TrainingJobResult &r);
    void showCancelled();
    void showFolds(const TrainingJobResult &r);

    QString m_spec;
    Protocol m_protocol;
    AnnotationSet m_annotations;
    QString m_annotationPath;
    TrainingJob *m_job = nullptr; ///< reports by signals; lives as long as the page, which waits for its run
    QFutureWatcher<TrainingJobResult> m_watcher;
    std::shared_ptr<CancelToken> m_cancel;
    TrainingJobResult m_last;
    std::shared_ptr<FeatureStore> m_store; ///< features kept across runs while the app is open
    int m_keptEpochs = 0; ///< epochs of the current fold safe in its checkpoint
    QString m_currentFold;
    QString m_deviceLine; ///< "Computing on cpu (...)", shown while a run lasts

    QLabel *m_corpusLabel = nullptr;
    QComboBox *m_speaker = nullptr;
    ScheduleForm *m_schedule = nullptr; ///< the schedule and model settings (training/ScheduleForm.h)
    ResultsFolder *m_dir = nullptr;
    QComboBox *m_device = nullptr; ///< common/DeviceChoice.h
    QPushButton *m_trainButton = nullptr, *m_allButton = nullptr, *m_cancelButton = nullptr, *m_useButton = nullptr,
                *m_reportButton = nullptr;
    RunStatus *m_status = nullptr;
    TrainingCurves *m_curves = nullptr; ///< training/TrainingCurves.h
    ResultsPanel *m_results = nullptr;
};

} // namespace emolens::ui
