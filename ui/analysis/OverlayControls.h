#pragma once
// The overlay row above the spectrogram: which map, its opacity, colour map and
// scale. Shows what it is told and reports the user's choices by signals.
#include <QWidget>

class QComboBox;
class QSlider;

namespace emolens::ui {

class OverlayControls : public QWidget {
    Q_OBJECT
public:
    explicit OverlayControls(QWidget *parent = nullptr);

    /// Offers \p names (see overlayNamesFor) with \p current selected.
    void setOverlays(const QStringList &names, const QString &current);
    void showOverlay(const QString &name);
    /// The chosen overlay as the user reads it.
    QString overlayLabel() const;
    void showOpacity(int percent);
    void showColourMap(const QString &name);
    /// False when \p mode is not offered.
    bool hasScale(const QString &mode) const;
    void showScale(const QString &mode);
    /// "x uniform" means something for softmax(B) only.
    void setScaleEnabled(bool enabled);

Q_SIGNALS:
    void overlayChosen(const QString &name);
    void opacityChosen(int percent);
    void colourMapChosen(const QString &name);
    void scaleChosen(const QString &mode);

private:
    QComboBox *m_overlayBox = nullptr;
    QSlider *m_opacitySlider = nullptr;
    QComboBox *m_colourBox = nullptr;
    QComboBox *m_scaleBox = nullptr;
};

} // namespace emolens::ui
