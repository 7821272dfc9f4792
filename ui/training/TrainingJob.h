#pragma once
// The training page's worker: plain values in, a TrainingJobResult out, and
// progress as signals (queued to the receiver's thread). It knows no page: the
// page connects to it. Runs on QtConcurrent; the object itself lives on the GUI
// thread and must outlive the run (the page waits for it before going).
#include "emolens/Annotations.h"
#include "emolens/CrossValidation.h"
#include "emolens/FeatureStore.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <chrono>
#include <memory>
#include <vector>

namespace emolens::ui {

/// What a training job hands back to the GUI thread.
struct TrainingJobResult {
    QString error; ///< empty on success
    bool cancelled = false;
    std::shared_ptr<FoldOutcome> fold; ///< "Train fold"
    std::shared_ptr<CrossValSummary> summary; ///< "Run all folds"
    std::vector<SweepPoint> sweep; ///< "Run sweep"
    QString sweepParam;
    QString modelPath;
    bool skippedEarlierResults = false; ///< some folds had finished before in the results folder
    std::vector<Utterance> utterances; ///< the selection, to open misclassified ones
};

struct JobInput {
    QString spec;
    Protocol protocol;
    AnnotationSet annotations;
    ExperimentSetup setup;
    QStringList folds; ///< one speaker: Train fold; empty: all folds
    QString dir;
    QString sweepParam; ///< set: a sweep on folds.front()
    QStringList sweepValues;
    ComputeDevice device; ///< where the network trains (the page resolves the setting)
    /// Features shared across runs while the app is open (memory tier, then disk); null: a fresh store.
    std::shared_ptr<FeatureStore> store;
    bool dirChosen = false; ///< the user picked \c dir: a new experiment goes beside it, else under \c runsRoot
    QString runsRoot;
};

/// The protocol's selection of the corpus with the corrections applied. Throws Error.
Selection selectionFor(const JobInput &in);

class TrainingJob : public QObject {
    Q_OBJECT
public:
    explicit TrainingJob(QObject *parent = nullptr) : QObject(parent) { }

    /// Runs \p in (on the calling, worker thread) until done, failed or cancelled.
    TrainingJobResult run(JobInput in, std::shared_ptr<CancelToken> cancel);

    /// At most this many progress signals per second (each carries the batches since the last).
    static constexpr int kProgressPerSecond = 20;

Q_SIGNALS:
    /// The results folder used (a new one when the settings differ from the folder's), and why.
    void folderChosen(const QString &dir, const QString &note);
    /// The latest batch, and every batch's (epoch position, running loss) since the last signal.
    void progress(const emolens::TrainProgress &latest, const QList<QPointF> &lossCurve);
    void epochDone(const emolens::EpochStats &epoch);
    /// Feature preparation before the first epoch: the fraction of utterances ready.
    void preparing(double fraction);
    /// Training resumed from a checkpoint: the epochs it found.
    void resumed(const std::vector<emolens::EpochStats> &history);
    void foldStarted(const QString &heldOut);
    /// The job waits for another process (a sweep value it trains), and says so.
    void waiting(const QString &status);

private:
    QString chooseFolder(const JobInput &in, const Selection &selection);
    void installCallbacks(TrainOptions &train);
    void runSweep(const JobInput &in, const Selection &selection, FeatureStore &store, const CrossValRun &run,
                  TrainingJobResult &r);
    void runFolds(const JobInput &in, const Selection &selection, FeatureStore &store, CrossValRun &run,
                  TrainingJobResult &r);
    QList<QPointF> m_pendingCurve; ///< worker thread only
    std::chrono::steady_clock::time_point m_lastProgress; ///< worker thread only
};

} // namespace emolens::ui

Q_DECLARE_METATYPE(emolens::TrainProgress)
Q_DECLARE_METATYPE(emolens::EpochStats)
Q_DECLARE_METATYPE(std::vector<emolens::EpochStats>)
