#include "analysis/PredictionBars.h"

#include "analysis/ClassColours.h"
#include "common/PlotExport.h"

namespace emolens::ui {

PredictionBars::PredictionBars(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("utteranceBars"));
    enableExportMenu(this);
    yAxis->setRange(0, 1);
    yAxis->setLabel(tr("P(class)"));
    xAxis->setTickLabelRotation(35);
    setFixedSize(290, 170);
}

void PredictionBars::showPrediction(const AttentionAnalysis &a, int focus)
{
    clearPlottables();
    const bool segment = focus >= 0;
    const std::vector<float> &probabilities =
        segment ? a.prediction.segments.at(static_cast<std::size_t>(focus)).probabilities : a.prediction.probabilities;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < static_cast<int>(a.classes.size()); ++k) {
        auto *bar = new QCPBars(xAxis, yAxis);
        bar->setBrush(classColour(k));
        bar->setPen(QPen(classColour(k).darker(130)));
        bar->setName(QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
        bar->addData(k + 1, probabilities[static_cast<std::size_t>(k)]);
        ticker->addTick(k + 1, QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
    }
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, a.classes.size() + 0.6);
    if (!segment) {
        xAxis->setLabel(tr("Utterance (mean of segments)"));
        return;
    }
    const auto &s = a.prediction.segments.at(static_cast<std::size_t>(focus));
    xAxis->setLabel(
        tr("Segment %1 (%2-%3 s)").arg(focus + 1).arg(s.startSeconds, 0, 'f', 2).arg(s.endSeconds, 0, 'f', 2));
}

void PredictionBars::clearBars()
{
    clearPlottables();
    xAxis->setLabel(QString());
}

} // namespace emolens::ui
