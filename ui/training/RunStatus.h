#pragma once
// The training panel's run status: a progress bar, a status line that follows
// the run (epoch, batch, loss, time left; preparing; resumed; cancelled) and a
// metrics line that stays (the results folder's note, then WA/UA).
#include "emolens/Training.h"

#include "training/TrainingJob.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace emolens::ui {

class RunStatus : public QWidget {
    Q_OBJECT
public:
    explicit RunStatus(QWidget *parent = nullptr);

    void showStarted();
    void showProgress(const TrainProgress &progress);
    void showPreparing(double fraction);
    void showResumed(int afterEpoch);
    void showCancelling();
    /// \p keptEpochs are safe in \p checkpoint (0: nothing was kept).
    void showCancelled(int keptEpochs, const QString &checkpoint);
    void showFinished(const QString &status);
    /// A finished fold's WA/UA, or all folds' mean ± sd and pooled figures, kept in \p resultsDir.
    void showFoldResults(const TrainingJobResult &result, const QString &resultsDir);
    void showStatus(const QString &status);
    void showMetrics(const QString &metrics);

private:
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_metrics = nullptr;
};

} // namespace emolens::ui
