#include "training/ConfusionView.h"

#include "common/PlotExport.h"

#include <algorithm>
#include <cmath>

namespace emolens::ui {

ConfusionView::ConfusionView(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("confusionPlot"));
    setMinimumSize(360, 300);
    enableExportMenu(this);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        const int p = static_cast<int>(std::lround(xAxis->pixelToCoord(e->position().x())));
        const int t = static_cast<int>(std::lround(yAxis->pixelToCoord(e->position().y())));
        Q_EMIT cellClicked(t, p);
    });
}

void ConfusionView::showMatrix(const ConfusionMatrix &m)
{
    clearPlottables();
    clearItems();
    const int n = m.size();
    auto *map = new QCPColorMap(xAxis, yAxis);
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
            auto *text = new QCPItemText(this);
            text->position->setCoords(p, t);
            text->setText(QString::number(m.count(t, p)));
            text->setColor(m.count(t, p) / support > 0.5 ? Qt::white : Qt::black);
        }
    }
    map->setDataRange(QCPRange(0, 1));
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < n; ++k)
        ticks->addTick(k, QString::fromStdString(m.classes()[static_cast<std::size_t>(k)]));
    xAxis->setTicker(ticks);
    yAxis->setTicker(ticks);
    xAxis->setLabel(tr("Predicted"));
    yAxis->setLabel(tr("True (row-normalised colour)"));
    xAxis->setRange(-0.5, n - 0.5);
    yAxis->setRange(n - 0.5, -0.5);
    yAxis->setRangeReversed(false);
    replot();
}

} // namespace emolens::ui
