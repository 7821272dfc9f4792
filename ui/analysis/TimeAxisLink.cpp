#include "analysis/TimeAxisLink.h"

#include <algorithm>
#include <cmath>

namespace emolens::ui {

TimeAxisLink::TimeAxisLink(QCustomPlot *reference, QList<QCustomPlot *> others, std::function<double()> duration,
                           QObject *parent)
    : QObject(parent), m_reference(reference), m_plots(QList<QCustomPlot *>{reference} + others),
      m_duration(std::move(duration))
{
    for (QCustomPlot *p : m_plots) {
        p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        p->axisRect()->setRangeDrag(Qt::Horizontal);
        p->axisRect()->setRangeZoom(Qt::Horizontal);
        connect(p->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this, p](const QCPRange &) {
            clamp(p);
            const QCPRange r = p->xAxis->range();
            for (QCustomPlot *other : m_plots)
                if (other != p && other->xAxis->range() != r) {
                    other->xAxis->setRange(r);
                    other->replot(QCustomPlot::rpQueuedReplot);
                }
        });
        auto *cursor = new QCPItemStraightLine(p);
        cursor->setPen(QPen(QColor(220, 20, 60), 1.5));
        cursor->setVisible(false);
        m_cursors << cursor;
    }
    for (QCustomPlot *p : others)
        p->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    connect(m_reference, &QCustomPlot::afterLayout, this, &TimeAxisLink::alignMargins);
}

void TimeAxisLink::setRange(double lower, double upper)
{
    m_reference->xAxis->setRange(lower, upper);
}

void TimeAxisLink::zoom(double factor)
{
    m_reference->xAxis->scaleRange(factor, m_reference->xAxis->range().center());
    m_reference->replot();
}

void TimeAxisLink::pan(double fraction)
{
    m_reference->xAxis->moveRange(fraction * m_reference->xAxis->range().size());
    m_reference->replot();
}

void TimeAxisLink::setCursor(double seconds)
{
    for (auto *c : m_cursors) {
        c->point1->setCoords(seconds, 0);
        c->point2->setCoords(seconds, 1);
        c->setVisible(seconds >= 0);
        c->parentPlot()->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TimeAxisLink::clamp(QCustomPlot *plot)
{
    // Zoom and pan stay inside the file: no empty axes before 0 or past the end.
    const double total = m_duration();
    if (total <= 0)
        return;
    const QCPRange r = plot->xAxis->range();
    const double minSpan = std::min(total, 0.05);
    const double size = std::clamp(r.size(), minSpan, total);
    const double lower = std::clamp(r.lower, 0.0, total - size);
    if (std::abs(lower - r.lower) > 1e-9 || std::abs(size - r.size()) > 1e-9)
        plot->xAxis->setRange(lower, lower + size);
}

void TimeAxisLink::alignMargins()
{
    const QRect r = m_reference->axisRect()->rect();
    const int left = m_reference->mapToGlobal(r.topLeft()).x(), right = m_reference->mapToGlobal(r.topRight()).x();
    for (QCustomPlot *p : m_plots.mid(1)) {
        const QMargins old = p->axisRect()->margins();
        const int x0 = p->mapToGlobal(QPoint(0, 0)).x();
        const QMargins want(std::max(0, left - x0), old.top(), std::max(0, x0 + p->width() - 1 - right), old.bottom());
        if (p->axisRect()->minimumMargins() != want) {
            p->axisRect()->setMinimumMargins(want);
            p->axisRect()->setMargins(want);
            p->replot(QCustomPlot::rpQueuedReplot);
        }
    }
}

} // namespace emolens::ui
