#include "analysis/AnalysisPlots.h"

#include "analysis/ClassColours.h"
#include "common/PlotExport.h"

#include <algorithm>
#include <cmath>

namespace emolens::ui {

namespace {

void setUp(QCustomPlot *plot, const char *name)
{
    plot->setObjectName(QString::fromLatin1(name));
    enableExportMenu(plot);
}

} // namespace

WaveformView::WaveformView(QWidget *parent) : QCustomPlot(parent)
{
    setUp(this, "waveformPlot");
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

SegmentStrip::SegmentStrip(QWidget *parent) : QCustomPlot(parent)
{
    setUp(this, "segmentStrip");
    setMinimumHeight(110);
    yAxis->setLabel(tr("P(class)"));
    yAxis->setRange(0, 1);
    xAxis->setLabel(tr("Segment centre (s), classes coloured as in the bars - click a segment to focus it"));
    m_focusRect = new QCPItemRect(this);
    m_focusRect->setPen(QPen(Qt::black, 2));
    m_focusRect->setVisible(false);
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (!m_analysis || e->button() != Qt::LeftButton)
            return;
        const double t = xAxis->pixelToCoord(e->position().x());
        const auto &segs = m_analysis->prediction.segments;
        int best = -1;
        double bestDistance = 1e9;
        for (int i = 0; i < static_cast<int>(segs.size()); ++i) {
            const auto &s = segs[static_cast<std::size_t>(i)];
            const double distance = std::abs(0.5 * (s.startSeconds + s.endSeconds) - t);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        if (best >= 0 && bestDistance < 0.3)
            Q_EMIT segmentClicked(best);
    });
}

void SegmentStrip::showSegments(std::shared_ptr<const AttentionAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    clearPlottables();
    markSegment(-1);
    if (!m_analysis)
        return; // the spectrogram is shown before the model has run
    const AttentionAnalysis &a = *m_analysis;
    QCPBars *below = nullptr;
    for (int k = 0; k < static_cast<int>(a.classes.size()); ++k) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
        bars->setBrush(classColour(k));
        bars->setPen(QPen(classColour(k).darker(130)));
        bars->setWidth(0.38);
        QVector<double> keys, values;
        for (const auto &s : a.prediction.segments) {
            keys << 0.5 * (s.startSeconds + s.endSeconds);
            values << s.probabilities[static_cast<std::size_t>(k)];
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
}

void SegmentStrip::markSegment(int index)
{
    if (!m_analysis || index < 0 || index >= static_cast<int>(m_analysis->prediction.segments.size())) {
        m_focusRect->setVisible(false);
        return;
    }
    const auto &s = m_analysis->prediction.segments[static_cast<std::size_t>(index)];
    const double centre = 0.5 * (s.startSeconds + s.endSeconds);
    m_focusRect->topLeft->setCoords(centre - 0.2, 1.0);
    m_focusRect->bottomRight->setCoords(centre + 0.2, 0.0);
    m_focusRect->setVisible(true);
}

PredictionBars::PredictionBars(QWidget *parent) : QCustomPlot(parent)
{
    setUp(this, "utteranceBars");
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
    xAxis->setLabel(tr("Segment %1 (%2-%3 s)").arg(focus + 1).arg(s.startSeconds, 0, 'f', 2).arg(s.endSeconds, 0, 'f', 2));
}

void PredictionBars::clearBars()
{
    clearPlottables();
    xAxis->setLabel(QString());
}

} // namespace emolens::ui
