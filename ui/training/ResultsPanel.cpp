#include "training/ResultsPanel.h"

#include "training/ConfusionView.h"
#include "training/FoldTable.h"
#include "training/MisclassifiedList.h"
#include "training/SweepPanel.h"

#include <QTabWidget>

namespace emolens::ui {

ResultsPanel::ResultsPanel(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    m_confusion = new ConfusionView(this);
    connect(m_confusion, &ConfusionView::cellClicked, this, &ResultsPanel::showCell);
    m_misclassified = new MisclassifiedList(this);
    connect(m_misclassified, &MisclassifiedList::openUtterance, this, &ResultsPanel::openUtterance);
    m_tabs = new QTabWidget(this);
    m_folds = new FoldTable(m_tabs);
    m_tabs->addTab(m_folds, tr("Folds"));
    m_sweep = new SweepPanel(m_tabs);
    connect(m_sweep, &SweepPanel::runRequested, this, &ResultsPanel::sweepRequested);
    m_tabs->addTab(m_sweep, tr("Receptive-field sweep"));
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setStretchFactor(2, 3); // the fold table's four columns fit in both languages
}

void ResultsPanel::showFolds(const TrainingJobResult &r, const QString &resultsDir)
{
    m_result = r;
    m_dir = resultsDir;
    m_misclassified->clear();
    m_folds->showSummary(*r.summary);
    m_confusion->showMatrix(r.fold ? r.fold->evaluation.confusion : r.summary->pooled);
}

void ResultsPanel::showSweep(const TrainingJobResult &r)
{
    m_sweep->showSweep(r);
    m_tabs->setCurrentWidget(m_sweep);
}

void ResultsPanel::setSweepRunnable(bool runnable)
{
    m_sweep->setRunnable(runnable);
}

void ResultsPanel::showCell(int truth, int predicted)
{
    m_misclassified->showCell(m_result, m_dir, truth, predicted);
}

QCustomPlot *ResultsPanel::confusionPlot() const
{
    return m_confusion;
}

QCustomPlot *ResultsPanel::sweepPlot() const
{
    return m_sweep->plot();
}

QTableWidget *ResultsPanel::foldTable() const
{
    return m_folds;
}

QListWidget *ResultsPanel::misclassifiedList() const
{
    return m_misclassified;
}

} // namespace emolens::ui
