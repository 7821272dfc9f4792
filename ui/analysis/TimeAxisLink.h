#pragma once
// Keeps plots that share a time axis together: zoom or pan one and the others
// follow, never past the file's ends; their plot areas line up with the reference
// plot's (which has a colour scale on its right); a playback cursor on each.
#include "common/Plot.h"

#include <QObject>

#include <functional>

namespace emolens::ui {

class TimeAxisLink : public QObject {
    Q_OBJECT
public:
    /// \p duration gives the file's length in seconds (0: nothing to clamp to).
    TimeAxisLink(QCustomPlot *reference, QList<QCustomPlot *> others, std::function<double()> duration,
                 QObject *parent = nullptr);

    /// Shows \p range on every plot (it is clamped to the file).
    void setRange(double lower, double upper);
    /// Zooms by \p factor around the visible centre (< 1: in).
    void zoom(double factor);
    /// Moves by \p fraction of the visible span (> 0: later).
    void pan(double fraction);
    /// The playback cursor at \p seconds on every plot (< 0 hides it).
    void setCursor(double seconds);

private:
    void clamp(QCustomPlot *plot);
    void alignMargins();

    QCustomPlot *m_reference;
    QList<QCustomPlot *> m_plots; ///< the reference first
    std::function<double()> m_duration;
    QList<QCPItemStraightLine *> m_cursors;
};

} // namespace emolens::ui
