#pragma once
// The training panel's settings: the schedule (length in epochs or SGD steps,
// validation speakers, class weights, partial batches, batch size, learning
// rate, seed) and the model's varied choices (first kernels, pooling), as rows
// of the page's form. Defaults are the paper's; apply() writes them into an
// ExperimentSetup, so the one place they become a protocol is here.
#include "emolens/Evaluation.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace emolens::ui {

class ScheduleForm : public QObject {
    Q_OBJECT
public:
    /// Adds its rows to \p form; the widgets belong to \p owner.
    ScheduleForm(QWidget *owner, QFormLayout *form);

    /// Writes every setting into \p setup (training schedule and model choices).
    void apply(ExperimentSetup &setup) const;
    void setLength(int value); ///< in the unit shown (epochs by default)
    void setBatchSize(int batch);

private:
    void addScheduleRows(QWidget *owner, QFormLayout *form);
    void addModelRows(QWidget *owner, QFormLayout *form);

    QSpinBox *m_length, *m_validationSpeakers, *m_batch, *m_seed, *m_conv1a, *m_conv1b;
    QComboBox *m_lengthUnit, *m_classWeights, *m_pooling;
    QCheckBox *m_dropPartial;
    QDoubleSpinBox *m_lr;
};

} // namespace emolens::ui
