#pragma once
// The analysis page's prediction bars: the utterance's class probabilities (the mean of
// its segments), or the focused segment's.
#include "emolens/Attention.h"

#include "common/Plot.h"

namespace emolens::ui {

class PredictionBars : public QCustomPlot {
    Q_OBJECT
public:
    explicit PredictionBars(QWidget *parent = nullptr);
    /// The utterance's probabilities (the mean of its segments), or segment \p focus's.
    void showPrediction(const AttentionAnalysis &analysis, int focus);
    void clearBars();
};

} // namespace emolens::ui
