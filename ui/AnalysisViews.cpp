// The analysis page's plots: waveform, spectrogram, overlay, segment strip and
// utterance bars, drawn from an AttentionAnalysis. Interaction lives in AnalysisPage.cpp.
#include "AnalysisPage.h"
#include "Plot.h"

#include <QLabel>

#include <algorithm>
#include <cmath>

namespace emolens::ui {

namespace {

/// Fixed class colours (colour-blind-safe Okabe-Ito order).
QColor classColour(int k)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    return palette[k % 8];
}

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

} // namespace

void AnalysisPage::drawWaveform()
{
    const int rate = m_analysis->sampleRateHz;
    const std::size_t n = m_waveform.size();
    const std::size_t bins = std::min<std::size_t>(n, 4000);
    QVector<double> keys, hi, lo;
    keys.reserve(static_cast<int>(bins));
    for (std::size_t b = 0; b < bins; ++b) {
        const std::size_t from = b * n / bins, to = std::max(from + 1, (b + 1) * n / bins);
        float mn = 1, mx = -1;
        for (std::size_t i = from; i < to; ++i) {
            mn = std::min(mn, m_waveform[i]);
            mx = std::max(mx, m_waveform[i]);
        }
        keys << static_cast<double>(from) / rate;
        hi << mx;
        lo << mn;
    }
    m_wave->graph(0)->setData(keys, hi, true);
    m_wave->graph(1)->setData(keys, lo, true);
}

void AnalysisPage::drawSpectrogram()
{
    const AttentionAnalysis &a = *m_analysis;
    const double binHz = a.maxFrequencyHz / a.spectrogramRows;
    if (m_focus < 0) {
        const int T = a.columns;
        m_specMap->data()->setSize(T, a.spectrogramRows);
        m_specMap->data()->setRange(QCPRange(0.5 * a.columnSeconds, (T - 0.5) * a.columnSeconds),
                                    QCPRange(0, (a.spectrogramRows - 1) * binHz));
        for (int r = 0; r < a.spectrogramRows; ++r)
            for (int c = 0; c < T; ++c)
                m_specMap->data()->setCell(c, r, a.spectrogram[static_cast<std::size_t>(r) * T + c]);
        m_specMap->setDataRange(QCPRange(quantile(a.spectrogram, 0.02), quantile(a.spectrogram, 0.995)));
    } else {
        // The segment exactly as the network saw it: 400 x 200, frame f at start + f * 10 ms.
        const auto &d = a.segmentDetails.at(static_cast<std::size_t>(m_focus));
        const auto &seg = a.prediction.segments.at(static_cast<std::size_t>(m_focus));
        const int W = static_cast<int>(d.matrix.size()) / a.spectrogramRows;
        m_specMap->data()->setSize(W, a.spectrogramRows);
        m_specMap->data()->setRange(QCPRange(seg.startSeconds + 0.5 * a.columnSeconds, seg.startSeconds + (W - 0.5) * a.columnSeconds),
                                    QCPRange(0, (a.spectrogramRows - 1) * binHz));
        for (int r = 0; r < a.spectrogramRows; ++r)
            for (int c = 0; c < W; ++c)
                m_specMap->data()->setCell(c, r, d.matrix[static_cast<std::size_t>(r) * W + c]);
        m_specMap->setDataRange(QCPRange(quantile(d.matrix, 0.02), quantile(d.matrix, 0.995)));
    }
    drawOverlay();
}

const float *AnalysisPage::overlayData(int &rows, int &columns, std::vector<float> &scratch) const
{
    const AttentionAnalysis &a = *m_analysis;
    int k = -1;
    bool contribution = false;
    if (m_overlay == QLatin1String("none"))
        return nullptr;
    if (m_overlay != QLatin1String("bottom-up")) {
        contribution = m_overlay.startsWith(QLatin1String("contribution:"));
        const QString cls = m_overlay.mid(contribution ? 13 : 9);
        for (int i = 0; i < static_cast<int>(a.classes.size()); ++i)
            if (QString::fromStdString(a.classes[static_cast<std::size_t>(i)]) == cls)
                k = i;
        if (k < 0)
            return nullptr;
    }
    if (m_focus < 0) {
        rows = a.mapRows;
        columns = a.columns;
        if (m_overlay == QLatin1String("bottom-up"))
            return a.bottomUp.empty() ? nullptr : a.bottomUp.data();
        return contribution ? (a.contribution.empty() ? nullptr : a.contributionMap(k)) : a.topDownMap(k);
    }
    const AttentionMaps &m = a.segmentDetails.at(static_cast<std::size_t>(m_focus)).maps;
    rows = m.height;
    columns = m.width;
    const std::size_t plane = static_cast<std::size_t>(m.height) * m.width;
    if (m_overlay == QLatin1String("bottom-up"))
        return m.bottomUp.empty() ? nullptr : m.bottomUp.data();
    const float *t = m.topDown.data() + static_cast<std::size_t>(k) * plane;
    if (!contribution)
        return t;
    if (m.bottomUp.empty())
        return nullptr;
    scratch.resize(plane);
    for (std::size_t i = 0; i < plane; ++i)
        scratch[i] = t[i] * m.bottomUp[i];
    return scratch.data();
}

void AnalysisPage::drawOverlay()
{
    if (!m_analysis) {
        m_overlayMap->setVisible(false);
        return;
    }
    int rows = 0, columns = 0;
    std::vector<float> scratch;
    const float *data = overlayData(rows, columns, scratch);
    m_overlayMap->setVisible(data != nullptr);
    m_scale->setVisible(data != nullptr);
    if (!data)
        return;
    const AttentionAnalysis &a = *m_analysis;
    const double rowHz = a.maxFrequencyHz / rows;
    QCPRange time;
    if (m_focus < 0) {
        time = QCPRange(0.5 * a.columnSeconds, (columns - 0.5) * a.columnSeconds);
    } else { // 49 map columns over the segment's 200 frame columns
        const double start = a.prediction.segments.at(static_cast<std::size_t>(m_focus)).startSeconds;
        const double span = 2.0 * m_analysis->columnSeconds * 100.0; // 200 columns of 10 ms
        time = QCPRange(start + 0.5 * span / columns, start + (columns - 0.5) * span / columns);
    }
    m_overlayMap->data()->setSize(columns, rows);
    m_overlayMap->data()->setRange(time, QCPRange(0.5 * rowHz, (rows - 0.5) * rowHz));
    std::vector<float> values(data, data + static_cast<std::size_t>(rows) * columns);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            m_overlayMap->data()->setCell(c, r, values[static_cast<std::size_t>(r) * columns + c]);
    const float lo = quantile(values, 0.01), hi = quantile(values, 0.99);
    m_overlayMap->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1e-6));
    // Translucent gradient: colour from the chosen map, alpha rising with the value.
    const QCPColorGradient base(presetFor(m_colourMap));
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 8; ++i) {
        const double pos = i / 8.0;
        QColor c = QColor::fromRgb(const_cast<QCPColorGradient &>(base).color(pos, QCPRange(0, 1)));
        c.setAlphaF(std::clamp(m_opacity / 100.0 * (0.35 + 0.65 * pos), 0.0, 1.0));
        g.setColorStopAt(pos, c);
    }
    m_overlayMap->setGradient(g);
    m_scale->axis()->setLabel(m_overlayBox->currentText());
}

void AnalysisPage::drawSegments()
{
    m_strip->clearPlottables();
    const AttentionAnalysis &a = *m_analysis;
    QCPBars *below = nullptr;
    for (int k = 0; k < static_cast<int>(a.classes.size()); ++k) {
        auto *bars = new QCPBars(m_strip->xAxis, m_strip->yAxis);
        bars->setName(QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
        bars->setBrush(classColour(k));
        bars->setPen(QPen(classColour(k).darker(130)));
        bars->setWidth(0.38);
        QVector<double> keys, values;
        for (const auto &s : a.prediction.segments) {
            keys << 0.5 * (s.startSeconds + s.endSeconds);
            values << s.probabilities[static_cast<std::size_t>(k)];
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    delete m_focusRect;
    m_focusRect = new QCPItemRect(m_strip);
    m_focusRect->setPen(QPen(Qt::black, 2));
    m_focusRect->setVisible(false);
}

void AnalysisPage::drawBars()
{
    m_bars->clearPlottables();
    const AttentionAnalysis &a = *m_analysis;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < static_cast<int>(a.classes.size()); ++k) {
        auto *bar = new QCPBars(m_bars->xAxis, m_bars->yAxis);
        bar->setBrush(classColour(k));
        bar->setPen(QPen(classColour(k).darker(130)));
        bar->setName(QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
        bar->addData(k + 1, a.prediction.probabilities[static_cast<std::size_t>(k)]);
        ticker->addTick(k + 1, QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
    }
    m_bars->xAxis->setTicker(ticker);
    m_bars->xAxis->setRange(0.4, a.classes.size() + 0.6);
    const int p = a.prediction.predicted;
    m_prediction->setText(tr("<b>Prediction: %1</b> (%2 %)")
                              .arg(QString::fromStdString(a.classes[static_cast<std::size_t>(p)]).toHtmlEscaped())
                              .arg(100.0 * a.prediction.probabilities[static_cast<std::size_t>(p)], 0, 'f', 1));
    m_bars->xAxis->setLabel(tr("Utterance (mean of segments)"));
}

} // namespace emolens::ui
