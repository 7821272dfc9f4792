#include "analysis/SegmentStrip.h"

#include "analysis/ClassColours.h"
#include "common/PlotExport.h"

#include <cmath>

namespace emolens::ui {

SegmentStrip::SegmentStrip(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("segmentStrip"));
    enableExportMenu(this);
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

} // namespace emolens::ui
