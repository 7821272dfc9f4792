#pragma once
// The training panel's results: the confusion matrix (a click lists the cell's
// utterances, each opening in the analysis page with its fold's model), the
// per-fold table and the receptive-field sweep.
#include "training/TrainingJob.h"

#include <QSplitter>

class QCustomPlot;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace emolens::ui {

class ConfusionView;
class FoldTable;
class MisclassifiedList;
class SweepPanel;

class ResultsPanel : public QSplitter {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    /// A fold's (or all folds') results, whose models are in \p resultsDir.
    void showFolds(const TrainingJobResult &result, const QString &resultsDir);
    void showSweep(const TrainingJobResult &result);
    void setSweepRunnable(bool runnable);
    /// Lists the utterances of confusion cell (truth, predicted) of the fold shown.
    void showCell(int truth, int predicted);

    QCustomPlot *confusionPlot() const;
    QCustomPlot *sweepPlot() const;
    QTableWidget *foldTable() const;
    QListWidget *misclassifiedList() const;

Q_SIGNALS:
    void sweepRequested(const QString &param, const QStringList &values);
    void openUtterance(const QString &path, const QString &modelPath);

private:
    TrainingJobResult m_result;
    QString m_dir;
    ConfusionView *m_confusion = nullptr;
    MisclassifiedList *m_misclassified = nullptr;
    QTabWidget *m_tabs = nullptr;
    FoldTable *m_folds = nullptr;
    SweepPanel *m_sweep = nullptr;
};

} // namespace emolens::ui
