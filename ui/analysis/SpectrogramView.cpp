#include "analysis/SpectrogramView.h"

#include "emolens/FeatureConfig.h"

#include "common/PlotExport.h"

#include <algorithm>
#include <cmath>

namespace emolens::ui {

namespace {

QCPColorGradient::GradientPreset presetFor(const QString &name)
{
    if (name == QLatin1String("thermal"))
        return QCPColorGradient::gpThermal;
    if (name == QLatin1String("hot"))
        return QCPColorGradient::gpHot;
    if (name == QLatin1String("spectrum"))
        return QCPColorGradient::gpSpectrum;
    if (name == QLatin1String("ion"))
        return QCPColorGradient::gpIon;
    return QCPColorGradient::gpJet;
}

float quantile(std::vector<float> v, double q)
{
    if (v.empty())
        return 0.0f;
    const auto k = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

/// The chosen colour map, translucent: alpha rises with the value.
QCPColorGradient translucent(const QString &colourMap, int opacityPercent)
{
    QCPColorGradient base(presetFor(colourMap));
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 8; ++i) {
        const double pos = i / 8.0;
        QColor c = QColor::fromRgb(base.color(pos, QCPRange(0, 1)));
        c.setAlphaF(std::clamp(opacityPercent / 100.0 * (0.35 + 0.65 * pos), 0.0, 1.0));
        g.setColorStopAt(pos, c);
    }
    return g;
}

/// Box filter, separable: each output cell is the mean of the input cells it covers.
int boxStart(int i, int in, int out)
{
    return static_cast<int>(static_cast<long long>(i) * in / out);
}

} // namespace

SpectrogramView::SpectrogramView(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("spectrogramPlot"));
    enableExportMenu(this);
    setMinimumHeight(260);
    xAxis->setLabel(tr("Time (s)"));
    yAxis->setLabel(tr("Frequency (Hz)"));
    m_specMap = new QCPColorMap(xAxis, yAxis);
    m_specMap->setGradient(QCPColorGradient::gpGrayscale);
    m_specMap->setInterpolate(false); // resample() already filters down to the screen's pixels
    m_overlayMap = new QCPColorMap(xAxis, yAxis);
    m_overlayMap->setInterpolate(true);
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setObjectName(QStringLiteral("colourScale"));
    plotLayout()->addElement(0, 1, m_scale);
    m_overlayMap->setColorScale(m_scale);
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    const FeatureConfig features; // until an analysis says otherwise: the default front end's band
    yAxis->setRange(0, features.freqBins * features.binHz());
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] { resample(); });
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        const QRect r = axisRect()->rect();
        if (m_specMap->data()->keySize() > r.width() || m_specMap->data()->valueSize() > r.height())
            resample(); // the plot shrank: filter again to its pixels
    });
}

QStringList SpectrogramView::colourMapNames()
{
    return {QStringLiteral("jet"), QStringLiteral("thermal"), QStringLiteral("hot"), QStringLiteral("spectrum"),
            QStringLiteral("ion")};
}

void SpectrogramView::showMatrix(std::shared_ptr<const AttentionAnalysis> analysis, const float *source, int columns,
                                 double startSeconds)
{
    m_analysis = std::move(analysis);
    m_source = source;
    m_columns = columns;
    m_start = startSeconds;
    const std::vector<float> values(source, source + static_cast<std::size_t>(m_analysis->spectrogramRows) * columns);
    m_specMap->setDataRange(QCPRange(quantile(values, 0.02), quantile(values, 0.995)));
    resample();
}

void SpectrogramView::clearMatrix()
{
    m_analysis.reset();
    m_source = nullptr;
    m_columns = 0;
    m_specMap->data()->clear();
}

void SpectrogramView::resample()
{
    if (!m_analysis || !m_source || m_columns <= 0)
        return;
    const AttentionAnalysis &a = *m_analysis;
    const double dt = a.columnSeconds;
    const int rows = a.spectrogramRows;
    // The visible columns, one spare on each side so the edges are covered.
    const QCPRange view = xAxis->range();
    const int c0 = std::clamp(static_cast<int>(std::floor((view.lower - m_start) / dt)) - 1, 0, m_columns - 1);
    const int c1 = std::clamp(static_cast<int>(std::ceil((view.upper - m_start) / dt)) + 1, c0 + 1, m_columns);
    const int span = c1 - c0;
    const int outCols = std::max(1, std::min(span, axisRect()->width()));
    const int outRows = std::max(2, std::min(rows, axisRect()->height()));
    std::vector<double> byColumn(static_cast<std::size_t>(rows) * outCols, 0.0);
    for (int r = 0; r < rows; ++r) {
        const float *row = m_source + static_cast<std::size_t>(r) * m_columns + c0;
        for (int j = 0; j < outCols; ++j) {
            const int from = boxStart(j, span, outCols), to = std::max(from + 1, boxStart(j + 1, span, outCols));
            double sum = 0.0;
            for (int c = from; c < to; ++c)
                sum += row[c];
            byColumn[static_cast<std::size_t>(r) * outCols + j] = sum / (to - from);
        }
    }
    QCPColorMapData *data = m_specMap->data();
    data->setSize(outCols, outRows);
    for (int i = 0; i < outRows; ++i) {
        const int from = boxStart(i, rows, outRows), to = std::max(from + 1, boxStart(i + 1, rows, outRows));
        for (int j = 0; j < outCols; ++j) {
            double sum = 0.0;
            for (int r = from; r < to; ++r)
                sum += byColumn[static_cast<std::size_t>(r) * outCols + j];
            data->setCell(j, i, sum / (to - from));
        }
    }
    // Cell centres: frame column c is centred at start + c dt + half the window (AttentionAnalysis::
    // columnCentreSeconds); an output cell averaging columns [c0 + j step, c0 + (j + 1) step) at their
    // mean centre. Row r at r * binHz.
    const double colStep = static_cast<double>(span) / outCols, rowStep = static_cast<double>(rows) / outRows;
    const double k0 = m_start + a.columnCentreSeconds(c0 + 0.5 * colStep - 0.5),
                 k1 = m_start + a.columnCentreSeconds(c0 + (outCols - 0.5) * colStep - 0.5);
    data->setRange(QCPRange(k0, outCols > 1 ? k1 : k0 + dt),
                   QCPRange((0.5 * rowStep - 0.5) * a.binHz, ((outRows - 0.5) * rowStep - 0.5) * a.binHz));
}

void SpectrogramView::showOverlay(const std::optional<OverlayImage> &image, const QString &scaleMode,
                                  const QString &colourMap, int opacityPercent)
{
    m_overlayMap->setVisible(image.has_value());
    m_scale->setVisible(image.has_value());
    if (!image)
        return;
    const int rows = image->rows, columns = image->columns;
    const std::vector<float> &values = image->values;
    m_overlayMap->data()->setSize(columns, rows);
    m_overlayMap->data()->setRange(QCPRange(image->firstSeconds, image->lastSeconds),
                                   QCPRange(image->firstHz, image->lastHz));
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double realLo = *minIt, realHi = *maxIt;
    if (scaleMode == QLatin1String("uniform") && image->uniformCells > 0) {
        // softmax(B) is 1/(H*W) everywhere when the model attends uniformly: draw multiples
        // of that on a fixed log scale, 0.1x to 100x (trained models peak at a few
        // hundred x), so a flat map looks flat and maps compare across files.
        const double cells = image->uniformCells;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                m_overlayMap->data()->setCell(
                    c, r, std::max(1e-3, values[static_cast<std::size_t>(r) * columns + c] * cells));
        m_scale->setDataScaleType(QCPAxis::stLogarithmic);
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        m_overlayMap->setDataRange(QCPRange(0.1, 100.0));
        m_scaleLabel = tr("softmax(B) x uniform (1 = 1/%1)\nvalues %2 to %3 (%4x to %5x)")
                           .arg(static_cast<int>(cells))
                           .arg(realLo, 0, 'g', 3)
                           .arg(realHi, 0, 'g', 3)
                           .arg(realLo * cells, 0, 'g', 3)
                           .arg(realHi * cells, 0, 'g', 3);
    } else {
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                m_overlayMap->data()->setCell(c, r, values[static_cast<std::size_t>(r) * columns + c]);
        m_scale->setDataScaleType(QCPAxis::stLinear);
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
        const float lo = quantile(values, 0.01), hi = quantile(values, 0.99);
        m_overlayMap->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1e-6));
        m_scaleLabel = tr("colours: 1-99 % of this map\nvalues %1 to %2").arg(realLo, 0, 'g', 3).arg(realHi, 0, 'g', 3);
    }
    m_overlayMap->setGradient(translucent(colourMap, opacityPercent));
    m_scale->axis()->setLabel(m_scaleLabel);
}

QString SpectrogramView::readout(const QPointF &position, const QString &overlayLabel) const
{
    const double t = xAxis->pixelToCoord(position.x());
    const double hz = yAxis->pixelToCoord(position.y());
    int keyIndex = 0, valueIndex = 0;
    m_specMap->data()->coordToCell(t, hz, &keyIndex, &valueIndex);
    const double spec = m_specMap->data()->cell(keyIndex, valueIndex);
    QString text = tr("t = %1 s, f = %2 Hz, spectrogram %3").arg(t, 0, 'f', 3).arg(hz, 0, 'f', 0).arg(spec, 0, 'f', 3);
    if (m_overlayMap->visible()) {
        m_overlayMap->data()->coordToCell(t, hz, &keyIndex, &valueIndex);
        text += tr(", %1 = %2").arg(overlayLabel).arg(m_overlayMap->data()->cell(keyIndex, valueIndex), 0, 'g', 4);
    }
    return text;
}

} // namespace emolens::ui
