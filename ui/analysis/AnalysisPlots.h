#pragma once
// The analysis page's smaller plots, one class each: the waveform envelope, the
// strip of per-segment class probabilities, and the utterance's (or the focused
// segment's) probabilities as bars. They draw what they are given; the page owns
// the analysis and the focus.
#include "emolens/Attention.h"

#include "common/Plot.h"

#include <memory>
#include <vector>

namespace emolens::ui {

class WaveformView : public QCustomPlot {
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);
    /// Min/max envelope of \p samples (mono at \p rateHz), at most 4000 bins.
    void showSamples(const std::vector<float> &samples, int rateHz);
    void clearSamples();
};

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

class PredictionBars : public QCustomPlot {
    Q_OBJECT
public:
    explicit PredictionBars(QWidget *parent = nullptr);
    /// The utterance's probabilities (the mean of its segments), or segment \p focus's.
    void showPrediction(const AttentionAnalysis &analysis, int focus);
    void clearBars();
};

} // namespace emolens::ui
