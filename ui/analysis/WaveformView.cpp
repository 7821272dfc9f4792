#include "analysis/WaveformView.h"

#include "common/PlotExport.h"

#include <algorithm>

namespace emolens::ui {

WaveformView::WaveformView(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("waveformPlot"));
    enableExportMenu(this);
    yAxis->setLabel(tr("Amplitude"));
    yAxis->setRange(-1, 1);
    setMinimumHeight(90);
    addGraph();
    addGraph();
    for (int g = 0; g < 2; ++g) {
        graph(g)->setPen(QPen(QColor(40, 90, 160)));
        graph(g)->setBrush(QColor(40, 90, 160, 120));
    }
    graph(0)->setChannelFillGraph(graph(1));
}

void WaveformView::showSamples(const std::vector<float> &samples, int rateHz)
{
    const std::size_t n = samples.size();
    const std::size_t bins = std::min<std::size_t>(n, 4000);
    QVector<double> keys, hi, lo;
    keys.reserve(static_cast<int>(bins));
    for (std::size_t b = 0; b < bins; ++b) {
        const std::size_t from = b * n / bins, to = std::max(from + 1, (b + 1) * n / bins);
        float mn = 1, mx = -1;
        for (std::size_t i = from; i < to; ++i) {
            mn = std::min(mn, samples[i]);
            mx = std::max(mx, samples[i]);
        }
        keys << static_cast<double>(from) / rateHz;
        hi << mx;
        lo << mn;
    }
    graph(0)->setData(keys, hi, true);
    graph(1)->setData(keys, lo, true);
}

void WaveformView::clearSamples()
{
    graph(0)->data()->clear();
    graph(1)->data()->clear();
}

} // namespace emolens::ui
