// The training panel's live curves (TrainingCurves.h).
#include "training/TrainingCurves.h"

#include <algorithm>
#include <cmath>

namespace emolens::ui {

namespace {
enum Graph { BatchLoss, EpochLoss, EpochAccuracy, ValidationUa };
}

TrainingCurves::TrainingCurves(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("trainingCurves"));
    xAxis->setLabel(tr("Epoch"));
    yAxis->setLabel(tr("Loss / accuracy"));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    addGraph()->setName(tr("loss (running, per batch)"));
    graph(BatchLoss)->setPen(QPen(QColor(150, 150, 150)));
    addGraph()->setName(tr("loss per epoch"));
    graph(EpochLoss)->setPen(QPen(QColor(213, 94, 0), 2));
    graph(EpochLoss)->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, 6)); // one epoch is still a visible point
    addGraph()->setName(tr("training accuracy per epoch"));
    graph(EpochAccuracy)->setPen(QPen(QColor(0, 114, 178), 2));
    graph(EpochAccuracy)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    // With validation speakers: their UA after every epoch (the curve the kept epoch is chosen on).
    addGraph()->setName(tr("validation UA per epoch"));
    graph(ValidationUa)->setPen(QPen(QColor(0, 158, 115), 2));
    graph(ValidationUa)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, 6));
    graph(ValidationUa)->removeFromLegend();
}

void TrainingCurves::clearRun()
{
    for (int g = 0; g < graphCount(); ++g)
        graph(g)->data()->clear();
    graph(ValidationUa)->removeFromLegend();
    replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::addBatches(const TrainProgress &p, const QList<QPointF> &lossCurve)
{
    if (lossCurve.isEmpty())
        graph(BatchLoss)->addData(p.epoch - 1 + static_cast<double>(p.batch) / p.batches, p.loss);
    for (const QPointF &point : lossCurve)
        graph(BatchLoss)->addData(point.x(), point.y());
    xAxis->setRange(0, std::max<double>(p.epochs, 1) + 0.5);
    if (p.batch == 1 || lossCurve.size() > 1)
        rescale();
    replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::addEpoch(const EpochStats &e)
{
    graph(EpochLoss)->addData(e.epoch, e.loss);
    graph(EpochAccuracy)->addData(e.epoch, e.accuracy);
    if (!std::isnan(e.validationUa)) {
        if (graph(ValidationUa)->data()->isEmpty())
            graph(ValidationUa)->addToLegend();
        graph(ValidationUa)->addData(e.epoch, e.validationUa);
    }
    rescale();
    replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::rescale()
{
    // Headroom above the highest point, so no line runs along the plot's top edge.
    bool found = false;
    double top = 0;
    for (int g = 0; g < graphCount(); ++g) {
        const QCPRange r = graph(g)->getValueRange(found);
        if (found)
            top = std::max(top, r.upper);
    }
    yAxis->setRange(0, std::max(1.0, top) * 1.1);
}

} // namespace emolens::ui
