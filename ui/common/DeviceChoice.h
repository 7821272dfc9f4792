#pragma once
// Where the network computes, chosen once for the whole app: Settings > Compute
// Device and the training panel's Device box edit the same setting (auto, cpu,
// cuda:N). Models opened for analysis and training runs use it; with Debian's
// LibTorch (no CUDA) only Automatic and CPU can be chosen.
#include "emolens/Device.h"

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
