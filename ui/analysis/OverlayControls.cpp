#include "analysis/OverlayControls.h"

#include "analysis/SpectrogramView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>

namespace emolens::ui {

OverlayControls::OverlayControls(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Overlay:"), this));
    m_overlayBox = new QComboBox(this);
    m_overlayBox->setObjectName(QStringLiteral("overlayChooser"));
    m_overlayBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_overlayBox->setMinimumContentsLength(16); // the window keeps its default 1200 px; the full name is in the list
    connect(m_overlayBox, &QComboBox::activated, this,
            [this](int i) { Q_EMIT overlayChosen(m_overlayBox->itemData(i).toString()); });
    row->addWidget(m_overlayBox);

    row->addWidget(new QLabel(tr("Opacity:"), this));
    m_opacitySlider = new QSlider(Qt::Horizontal, this);
    m_opacitySlider->setObjectName(QStringLiteral("opacitySlider"));
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setMinimumWidth(70);
    m_opacitySlider->setMaximumWidth(140);
    connect(m_opacitySlider, &QSlider::valueChanged, this, &OverlayControls::opacityChosen);
    row->addWidget(m_opacitySlider);

    row->addWidget(new QLabel(tr("Colours:"), this));
    m_colourBox = new QComboBox(this);
    m_colourBox->setObjectName(QStringLiteral("colourChooser"));
    const QStringList colourLabels = {tr("Jet"), tr("Thermal"), tr("Hot"), tr("Spectrum"), tr("Ion")};
    const QStringList names = SpectrogramView::colourMapNames();
    for (int i = 0; i < names.size(); ++i)
        m_colourBox->addItem(colourLabels.value(i), names[i]);
    m_colourBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_colourBox, &QComboBox::activated, this,
            [this](int i) { Q_EMIT colourMapChosen(m_colourBox->itemData(i).toString()); });
    row->addWidget(m_colourBox);

    row->addWidget(new QLabel(tr("Scale:"), this));
    m_scaleBox = new QComboBox(this);
    m_scaleBox->setObjectName(QStringLiteral("scaleChooser"));
    m_scaleBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scaleBox->addItem(tr("x uniform (fixed)"), QStringLiteral("uniform"));
    m_scaleBox->addItem(tr("Autoscale (1-99 %)"), QStringLiteral("auto"));
    m_scaleBox->setToolTip(
        tr("x uniform: bottom-up attention as a multiple of 1/(H*W), the value of a model that "
           "attends everywhere alike, on a fixed logarithmic scale from 0.1x to 100x. Autoscale stretches "
           "every map over its own 1-99 % range, so even a flat map looks structured."));
    connect(m_scaleBox, &QComboBox::activated, this,
            [this](int i) { Q_EMIT scaleChosen(m_scaleBox->itemData(i).toString()); });
    row->addWidget(m_scaleBox);
}

void OverlayControls::setOverlays(const QStringList &names, const QString &current)
{
    m_overlayBox->clear();
    for (const QString &n : names) {
        QString label;
        if (n == QLatin1String("none"))
            label = tr("None (spectrogram only)");
        else if (n == QLatin1String("bottom-up"))
            label = tr("Bottom-up attention softmax(B)");
        else if (n.startsWith(QLatin1String("top-down:")))
            label = tr("Top-down map T: %1").arg(n.mid(9));
        else
            label = tr("Contribution T*softmax(B): %1").arg(n.mid(13));
        m_overlayBox->addItem(label, n);
    }
    showOverlay(current);
}

void OverlayControls::showOverlay(const QString &name)
{
    m_overlayBox->setCurrentIndex(std::max(0, m_overlayBox->findData(name)));
}

QString OverlayControls::overlayLabel() const
{
    return m_overlayBox->currentText();
}

void OverlayControls::showOpacity(int percent)
{
    if (m_opacitySlider->value() != percent)
        m_opacitySlider->setValue(percent);
}

void OverlayControls::showColourMap(const QString &name)
{
    m_colourBox->setCurrentIndex(std::max(0, m_colourBox->findData(name)));
}

bool OverlayControls::hasScale(const QString &mode) const
{
    return m_scaleBox->findData(mode) >= 0;
}

void OverlayControls::showScale(const QString &mode)
{
    m_scaleBox->setCurrentIndex(std::max(0, m_scaleBox->findData(mode)));
}

void OverlayControls::setScaleEnabled(bool enabled)
{
    m_scaleBox->setEnabled(enabled);
}

} // namespace emolens::ui
