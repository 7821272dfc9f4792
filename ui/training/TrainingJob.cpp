// The training page's worker: reads the corpus with the browser's corrections,
// then runs core's runCrossValidation or runSweep, reporting by signals.
#include "training/TrainingJob.h"

#include "emolens/Error.h"
#include "emolens/FeatureStore.h"

#include <QDateTime>
#include <QDir>

namespace emolens::ui {

Selection selectionFor(const JobInput &in)
{
    CorpusReadResult corpus = applyAnnotations(readCorpus(in.spec.toStdString()), in.annotations);
    return selectUtterances(corpus, in.protocol);
}

/// One folder, one experiment: the same settings resume in \p in.dir; other settings
/// get a new folder (beside a folder the user chose, else under runsRoot).
QString TrainingJob::chooseFolder(const JobInput &in, const Selection &selection)
{
    QString dir = in.dir, note;
    const ResultsFolder match = resultsFolderMatch(in.setup, selection, in.dir.toStdString());
    if (match == ResultsFolder::OtherExperiment) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        dir = in.dirChosen ? in.dir + QLatin1Char('-') + stamp : QDir(in.runsRoot).filePath(stamp);
        note = tr("The settings differ from the experiment in %1, so these results go to a new folder, %2.")
                   .arg(in.dir, dir);
    } else if (match == ResultsFolder::SameExperiment) {
        note = tr("Same settings as the experiment in %1: finished folds are kept and a cancelled fold resumes.")
                   .arg(in.dir);
    }
    Q_EMIT folderChosen(dir, note);
    return dir;
}

void TrainingJob::installCallbacks(TrainOptions &train)
{
    using Clock = std::chrono::steady_clock;
    // Every batch's point is kept; the signal goes at most kProgressPerSecond times a second
    // (and always at an epoch's last batch), so a fast model cannot flood the GUI thread.
    train.progress = [this](const TrainProgress &p) {
        m_pendingCurve.append(QPointF(p.epoch - 1 + static_cast<double>(p.batch) / p.batches, p.loss));
        const auto now = Clock::now();
        if (p.batch != p.batches && now - m_lastProgress < std::chrono::milliseconds(1000 / kProgressPerSecond))
            return;
        m_lastProgress = now;
        Q_EMIT progress(p, m_pendingCurve);
        m_pendingCurve.clear();
    };
    train.epochDone = [this](const EpochStats &e) { Q_EMIT epochDone(e); };
    auto lastPrepared = std::make_shared<double>(-1.0);
    train.prepareProgress = [this, lastPrepared](double f) {
        if (f - *lastPrepared < 0.01 && f < 1.0)
            return; // at most ~100 updates
        *lastPrepared = f;
        Q_EMIT preparing(f);
    };
    train.resumed = [this](const std::vector<EpochStats> &history) { Q_EMIT resumed(history); };
}

void TrainingJob::runSweep(const JobInput &in, const Selection &selection, FeatureStore &store, const CrossValRun &run,
                           TrainingJobResult &r)
{
    SweepRun sweep;
    sweep.dir = run.dir;
    sweep.param = in.sweepParam.toStdString();
    for (const QString &v : in.sweepValues)
        sweep.values.push_back(v.trimmed().toStdString());
    sweep.train = run.train;
    sweep.valueBusy = [this, param = in.sweepParam](const std::string &value, const std::string &holder) {
        Q_EMIT waiting(tr("%1 = %2: another process trains it (%3); waiting for its result.")
                           .arg(param, QString::fromStdString(value),
                                holder.empty() ? tr("its lock is held") : QString::fromStdString(holder)));
    };
    const Fold fold = planLeaveOneSpeakerOut(selection, {in.folds.front().toStdString()}).front();
    r.sweep = emolens::runSweep(in.setup, selection, fold, store, sweep);
    r.sweepParam = in.sweepParam;
}

void TrainingJob::runFolds(const JobInput &in, const Selection &selection, FeatureStore &store, CrossValRun &run,
                           TrainingJobResult &r)
{
    std::shared_ptr<FoldOutcome> last;
    bool skipped = false;
    run.foldFinished = [&last](const FoldOutcome &o, const std::string &) { last = std::make_shared<FoldOutcome>(o); };
    run.foldSkipped = [&skipped](const Fold &, const std::string &) { skipped = true; };
    QStringList busy;
    run.foldBusy = [&busy](const Fold &fold, const std::string &holder) {
        busy << tr("fold %1 (%2)")
                    .arg(QString::fromStdString(fold.heldOut),
                         holder.empty() ? tr("its lock is held") : QString::fromStdString(holder));
    };
    const CrossValSummary summary = runCrossValidation(in.setup, selection, store, run);
    if (summary.folds.empty()) {
        r.error = tr("Another process is training %1 in this results folder; it is left to that process.")
                      .arg(busy.join(QStringLiteral(", ")));
        return;
    }
    if (in.folds.size() == 1)
        r.fold = last; // null when the fold had finished earlier in this folder
    r.skippedEarlierResults = skipped;
    r.summary = std::make_shared<CrossValSummary>(summary);
    const QString dir = QString::fromStdString(run.dir);
    const QString model = !in.folds.isEmpty() ? in.folds.front() : QString::fromStdString(summary.folds.back());
    r.modelPath = QDir(dir).filePath(QStringLiteral("fold-%1.emolens").arg(model));
}

TrainingJobResult TrainingJob::run(JobInput in, std::shared_ptr<CancelToken> cancel)
{
    TrainingJobResult r;
    m_pendingCurve.clear();
    m_lastProgress = {};
    try {
        const Selection selection = selectionFor(in);
        r.utterances = selection.utterances;
        std::shared_ptr<FeatureStore> shared = in.store;
        if (!shared) {
            FeatureStoreOptions storeOptions;
            storeOptions.cacheDir = defaultFeatureCacheDir();
            shared = std::make_shared<FeatureStore>(in.setup.features, storeOptions);
        }
        CrossValRun run;
        run.dir = in.sweepParam.isEmpty() ? chooseFolder(in, selection).toStdString() : in.dir.toStdString();
        for (const QString &f : in.folds)
            run.folds.push_back(f.toStdString());
        run.train.cancel = cancel.get();
        run.train.device = in.device;
        installCallbacks(run.train);
        run.foldStarted = [this](const Fold &fold) { Q_EMIT foldStarted(QString::fromStdString(fold.heldOut)); };
        if (!in.sweepParam.isEmpty())
            runSweep(in, selection, *shared, run, r);
        else
            runFolds(in, selection, *shared, run, r);
    } catch (const Error &e) {
        r.cancelled = e.kind() == ErrorKind::Cancelled;
        r.error = QString::fromStdString(e.what());
    } catch (const std::exception &e) {
        r.error = QString::fromStdString(e.what());
    }
    return r;
}

} // namespace emolens::ui
