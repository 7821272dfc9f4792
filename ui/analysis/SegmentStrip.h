#pragma once
// The analysis page's segment strip: every segment's class probabilities stacked at its
// centre; a click on one focuses it.
#include "emolens/Attention.h"

#include "common/Plot.h"

#include <memory>

namespace emolens::ui {

class SegmentStrip : public QCustomPlot {
    Q_OBJECT
public:
    explicit SegmentStrip(QWidget *parent = nullptr);
    /// Stacked class probabilities at every segment's centre (none for nullptr).
    void showSegments(std::shared_ptr<const AttentionAnalysis> analysis);
    /// Frames segment \p index (-1: none).
    void markSegment(int index);

Q_SIGNALS:
    /// A left click within 0.3 s of a segment's centre.
    void segmentClicked(int index);

private:
    std::shared_ptr<const AttentionAnalysis> m_analysis;
    QCPItemRect *m_focusRect = nullptr; ///< made once: the plot owns its items
};

} // namespace emolens::ui
