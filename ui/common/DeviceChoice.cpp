#include "common/DeviceChoice.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QSettings>

namespace emolens::ui {

namespace {

const QString kKey = QStringLiteral("compute/device");
const QString kPrecisionKey = QStringLiteral("compute/precision");

struct Choice {
    QString spec, label;
    bool usable;
};

/// Automatic, CPU, then one entry per GPU (or one disabled CUDA entry saying why there is none).
QList<Choice> choices()
{
    QList<Choice> out{{QStringLiteral("auto"), QObject::tr("Automatic"), true},
                      {QStringLiteral("cpu"), QObject::tr("CPU"), true}};
    const int gpus = cudaDeviceCount();
    for (int i = 0; i < gpus; ++i)
        out.push_back({QStringLiteral("cuda:%1").arg(i), QObject::tr("CUDA GPU %1").arg(i), true});
    if (gpus == 0)
        out.push_back(
            {QStringLiteral("cuda:0"),
             cudaBuilt() ? QObject::tr("CUDA GPU (none visible)") : QObject::tr("CUDA GPU (this build has no CUDA)"),
             false});
    return out;
}

} // namespace

QString deviceSetting()
{
    return QSettings().value(kKey, QStringLiteral("auto")).toString();
}

void setDeviceSetting(const QString &spec)
{
    QSettings().setValue(kKey, spec);
}

ComputeDevice analysisDevice(QString *note)
{
    try {
        return chooseDevice(deviceSetting().toStdString());
    } catch (const std::exception &e) {
        if (note)
            *note = QObject::tr("Computing on the CPU: %1").arg(QString::fromStdString(e.what()));
        return {};
    }
}

QString precisionSetting()
{
    const QString spec = QSettings().value(kPrecisionKey, QStringLiteral("auto")).toString();
    return spec == QLatin1String("fp32") || spec == QLatin1String("bf16") ? spec : QStringLiteral("auto");
}

void setPrecisionSetting(const QString &spec)
{
    QSettings().setValue(kPrecisionKey, spec);
}

InferencePrecision analysisPrecision(const ComputeDevice &device)
{
    return choosePrecision(precisionSetting().toStdString(), device);
}

PrecisionMenu::PrecisionMenu(QMenu *menu, QObject *parent) : QObject(parent)
{
    const bool native = bfloat16IsNative();
    const QList<Choice> options{
        {QStringLiteral("auto"),
         native ? tr("Automatic (bfloat16 on this CPU)") : tr("Automatic (float32: this CPU has no native bfloat16)"),
         true},
        {QStringLiteral("fp32"), tr("float32"), true},
        {QStringLiteral("bf16"), native ? tr("bfloat16") : tr("bfloat16 (emulated on this CPU: slow)"), true}};
    auto *group = new QActionGroup(this);
    const QString current = precisionSetting();
    for (const Choice &c : options) {
        QAction *a = menu->addAction(c.label, this, [this, spec = c.spec] {
            setPrecisionSetting(spec);
            Q_EMIT chosen(spec);
        });
        a->setCheckable(true);
        a->setChecked(c.spec == current);
        a->setObjectName(QStringLiteral("precision-") + c.spec);
        group->addAction(a);
    }
    menu->menuAction()->setToolTip(tr("The arithmetic of analysis and corpus predictions. bfloat16 is about 1.6x "
                                      "faster on CPUs with AVX512-BF16; on the ten EmoDB fold models it changed no "
                                      "held-out prediction and kept the class of over 99 % of segments."));
}

DeviceMenu::DeviceMenu(QMenu *menu, QObject *parent) : QObject(parent)
{
    fill(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); }); // the training panel may have changed it
}

void DeviceMenu::fill(QMenu *menu)
{
    menu->clear();
    delete m_group;
    m_group = new QActionGroup(this);
    const QString current = deviceSetting();
    for (const Choice &c : choices()) {
        QAction *a = menu->addAction(c.label, this, [this, spec = c.spec] {
            setDeviceSetting(spec);
            Q_EMIT chosen(spec);
        });
        a->setCheckable(true);
        a->setChecked(c.spec == current && c.usable);
        a->setEnabled(c.usable);
        m_group->addAction(a);
    }
}

QComboBox *makeDeviceCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("deviceCombo"));
    combo->setToolTip(QObject::tr("Where the network trains: Automatic takes a CUDA GPU when this build has CUDA "
                                  "and one is visible, else the CPU. Features are always computed and cached on the "
                                  "CPU."));
    // As narrow as the short entries: the results beside the form need the width.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    for (const Choice &c : choices()) {
        combo->addItem(c.label, c.spec);
        if (!c.usable)
            combo->setItemData(combo->count() - 1, 0, Qt::UserRole - 1); // disabled item
    }
    showDeviceSetting(combo);
    QObject::connect(combo, &QComboBox::activated, combo,
                     [combo](int index) { setDeviceSetting(combo->itemData(index).toString()); });
    return combo;
}

void showDeviceSetting(QComboBox *combo)
{
    const int i = combo->findData(deviceSetting());
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace emolens::ui
