#pragma once
// Where the network computes, chosen once for the whole app: Settings > Compute
// Device and the training panel's Device box edit the same setting (auto, cpu,
// cuda:N). Models opened for analysis and training runs use it; with Debian's
// LibTorch (no CUDA) only Automatic and CPU can be chosen. Settings > Inference
// Precision sets the arithmetic of analysis and corpus predictions (training and
// the cross-validation's scoring do not use it).
#include "emolens/Device.h"
#include "emolens/Model.h"

#include <QObject>
#include <QString>

class QActionGroup;
class QComboBox;
class QMenu;

namespace emolens::ui {

/// The setting: "auto" (default), "cpu" or "cuda:N".
QString deviceSetting();
void setDeviceSetting(const QString &spec);

/// What the analysis page computes on: the setting's device, or the CPU when that GPU
/// cannot be used here (\p note then says why).
ComputeDevice analysisDevice(QString *note = nullptr);

/// The inference precision setting: "auto" (default), "fp32" or "bf16".
QString precisionSetting();
void setPrecisionSetting(const QString &spec);
/// The precision a model computing on \p device uses for analysis and corpus
/// predictions: the setting, resolved by choosePrecision (auto: bfloat16 on a CPU
/// with AVX512-BF16, else float32).
InferencePrecision analysisPrecision(const ComputeDevice &device);

/// Settings > Inference Precision: Automatic (naming what it picks on this machine),
/// float32 and bfloat16 (marked slow where the CPU would emulate it).
class PrecisionMenu : public QObject {
    Q_OBJECT
public:
    PrecisionMenu(QMenu *menu, QObject *parent);

Q_SIGNALS:
    void chosen(const QString &spec);
};

/// Settings > Compute Device: Automatic, CPU and each visible GPU, the current one checked
/// (refreshed each time the menu opens); GPUs this build cannot use are listed, disabled.
class DeviceMenu : public QObject {
    Q_OBJECT
public:
    DeviceMenu(QMenu *menu, QObject *parent);

Q_SIGNALS:
    void chosen(const QString &spec);

private:
    void fill(QMenu *menu);
    QActionGroup *m_group = nullptr;
};

/// The training panel's Device box, on the same setting (set when chosen, follows the menu).
QComboBox *makeDeviceCombo(QWidget *parent);
/// Shows the setting in a box made by makeDeviceCombo.
void showDeviceSetting(QComboBox *combo);

} // namespace emolens::ui
