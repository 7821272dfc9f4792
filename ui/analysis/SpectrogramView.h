#pragma once
// The analysis page's spectrogram: the companded matrix the network reads, box-
// filtered down to the plot's pixels for the visible time range, with a translucent
// attention overlay and its colour scale on the right.
#include "analysis/OverlaySource.h"
#include "common/Plot.h"

#include <memory>

namespace emolens::ui {

class SpectrogramView : public QCustomPlot {
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);

    /// Colour maps offered for overlays, by name ("jet", "thermal", ...).
    static QStringList colourMapNames();

    /// Shows \p columns columns of \p source (rows x columns of \p analysis's
    /// spectrogram rows, row-major; kept alive by \p analysis), column 0 starting
    /// at \p startSeconds. Colours span its 2-99.5 % range.
    void showMatrix(std::shared_ptr<const AttentionAnalysis> analysis, const float *source, int columns,
                    double startSeconds);
    void clearMatrix();

    /// Draws \p image over the spectrogram (nullopt hides it). "uniform" \p scaleMode
    /// draws softmax(B) as multiples of 1/(H*W) on a fixed log scale (maps with a
    /// uniform reference only); otherwise each map spans its own 1-99 % range.
    void showOverlay(const std::optional<OverlayImage> &image, const QString &scaleMode, const QString &colourMap,
                     int opacityPercent);
    /// The colour bar's label, with the map's real range.
    QString scaleLabel() const { return m_scaleLabel; }

    /// Time, frequency and the values under \p position (widget pixels).
    QString readout(const QPointF &position, const QString &overlayLabel) const;

private:
    /// Fills the colour map from the visible time range, averaged down to the
    /// plot's pixels (a box filter: no aliasing of harmonics).
    void resample();

    std::shared_ptr<const AttentionAnalysis> m_analysis;
    const float *m_source = nullptr;
    int m_columns = 0;
    double m_start = 0.0; ///< seconds at the left edge of column 0
    QString m_scaleLabel;
    QCPColorMap *m_specMap = nullptr;
    QCPColorMap *m_overlayMap = nullptr;
    QCPColorScale *m_scale = nullptr;
};

} // namespace emolens::ui
