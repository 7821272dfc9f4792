#include "training/RunStatus.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace emolens::ui {

RunStatus::RunStatus(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    for (auto [label, name] : {std::pair{&m_status, "trainingStatus"}, std::pair{&m_metrics, "trainingMetrics"}}) {
        *label = new QLabel(this);
        (*label)->setObjectName(QString::fromLatin1(name));
        (*label)->setWordWrap(true);
        (*label)->setMaximumWidth(360);
        layout->addWidget(*label);
    }
}

void RunStatus::showStarted()
{
    m_progress->setValue(0);
    m_status->setText(tr("Preparing features..."));
    m_metrics->clear();
}

void RunStatus::showProgress(const TrainProgress &p)
{
    const double epochs = p.epoch - 1 + static_cast<double>(p.batch) / p.batches;
    m_progress->setValue(static_cast<int>(1000.0 * epochs / p.epochs));
    m_status->setText(tr("Epoch %1/%2, batch %3/%4: loss %5, accuracy %6 %, learning rate %7, about %8 min left")
                          .arg(p.epoch)
                          .arg(p.epochs)
                          .arg(p.batch)
                          .arg(p.batches)
                          .arg(p.loss, 0, 'f', 4)
                          .arg(100 * p.accuracy, 0, 'f', 1)
                          .arg(p.learningRate, 0, 'g', 2)
                          .arg(p.etaSeconds / 60.0, 0, 'f', 1));
}

void RunStatus::showPreparing(double fraction)
{
    m_status->setText(tr("Preparing features: %1 % of the training utterances").arg(100.0 * fraction, 0, 'f', 0));
}

void RunStatus::showResumed(int afterEpoch)
{
    m_status->setText(tr("Resumed after epoch %1 from the checkpoint.").arg(afterEpoch));
}

void RunStatus::showCancelling()
{
    m_status->setText(tr("Cancelling..."));
}

void RunStatus::showCancelled(int keptEpochs, const QString &checkpoint)
{
    m_status->setText(
        keptEpochs == 0
            ? tr("Cancelled before the first epoch finished: nothing was kept, and the next run starts afresh.")
            : tr("Cancelled during epoch %1. The %n finished epoch(s) before it are kept in %2; Train "
                 "fold with the same settings resumes from there.",
                 nullptr, keptEpochs)
                  .arg(keptEpochs + 1)
                  .arg(checkpoint));
}

void RunStatus::showFinished(const QString &status)
{
    m_progress->setValue(1000);
    m_status->setText(status);
}

void RunStatus::showFoldResults(const TrainingJobResult &r, const QString &dir)
{
    const CrossValSummary &s = *r.summary;
    const ConfusionMatrix &m = r.fold ? r.fold->evaluation.confusion : s.pooled;
    showMetrics(r.fold ? tr("<b>Held-out speaker %1: WA %2 %, UA %3 %</b> (%4 utterances). Click a confusion cell to "
                            "list its utterances.")
                             .arg(QString::fromStdString(r.fold->fold.heldOut))
                             .arg(100 * m.weightedAccuracy(), 0, 'f', 1)
                             .arg(100 * m.unweightedAccuracy(), 0, 'f', 1)
                             .arg(m.total())
                       : tr("<b>%1 folds: WA %2 +- %3 %, UA %4 +- %5 %</b>; pooled WA %6 %, UA %7 %.")
                             .arg(s.folds.size())
                             .arg(100 * s.waMean.mean, 0, 'f', 1)
                             .arg(100 * s.waMean.sd, 0, 'f', 1)
                             .arg(100 * s.uaMean.mean, 0, 'f', 1)
                             .arg(100 * s.uaMean.sd, 0, 'f', 1)
                             .arg(100 * s.pooled.weightedAccuracy(), 0, 'f', 1)
                             .arg(100 * s.pooled.unweightedAccuracy(), 0, 'f', 1));
    showFinished(r.skippedEarlierResults && !r.fold
                     ? tr("These folds had finished earlier in %1; their results are shown. Choose another results "
                          "folder to train again.")
                           .arg(dir)
                     : tr("Finished. Results and models are in %1.").arg(dir));
}

void RunStatus::showStatus(const QString &status)
{
    m_status->setText(status);
}

void RunStatus::showMetrics(const QString &metrics)
{
    m_metrics->setText(metrics);
}

} // namespace emolens::ui
