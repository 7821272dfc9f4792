#pragma once
// The training panel's live curves: the running loss of every batch, loss and
// training accuracy per epoch, and (with validation speakers) the validation UA
// per epoch that the kept epoch is chosen on. A QCustomPlot, so it exports and
// tests read its graphs like any plot.
#include "common/Plot.h"

#include "emolens/Training.h"

#include <QList>
#include <QPointF>

namespace emolens::ui {

class TrainingCurves : public QCustomPlot {
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget *parent = nullptr);

    /// Empty curves for a new run or fold.
    void clearRun();
    /// \p latest's batch and the (epoch position, running loss) points since the last call.
    void addBatches(const TrainProgress &latest, const QList<QPointF> &lossCurve);
    /// One finished epoch (also those a resumed run found in its checkpoint).
    void addEpoch(const EpochStats &epoch);

private:
    void rescale();
};

} // namespace emolens::ui
