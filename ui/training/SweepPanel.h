#pragma once
// The receptive-field sweep: which setting varies (conv1a height, conv1b width,
// pooling) over which values, and the held-out WA/UA per value. Exploratory: it is
// scored on the held-out speaker, which the result files say.
#include "training/TrainingJob.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLineEdit;
class QPushButton;

namespace emolens::ui {

class SweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit SweepPanel(QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    void setRunnable(bool runnable);
    void showSweep(const TrainingJobResult &result);

Q_SIGNALS:
    /// \p param: conv1a-height, conv1b-width or pooling.
    void runRequested(const QString &param, const QStringList &values);

private:
    QComboBox *m_param = nullptr;
    QLineEdit *m_values = nullptr;
    QPushButton *m_run = nullptr;
    QCustomPlot *m_plot = nullptr;
};

} // namespace emolens::ui
