#pragma once
// The analysis page's waveform: a min/max envelope of the file, on the shared time axis.
#include "common/Plot.h"

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

} // namespace emolens::ui
