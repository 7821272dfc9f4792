#pragma once
// A fold's (or the pooled) confusion matrix as a heatmap: counts in the cells,
// colour normalised per true class; a click on a cell reports it.
#include "emolens/Metrics.h"

#include "common/Plot.h"

namespace emolens::ui {

class ConfusionView : public QCustomPlot {
    Q_OBJECT
public:
    explicit ConfusionView(QWidget *parent = nullptr);
    void showMatrix(const ConfusionMatrix &matrix);

Q_SIGNALS:
    void cellClicked(int truth, int predicted);
};

} // namespace emolens::ui
