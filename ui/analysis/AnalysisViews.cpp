// The analysis page's plots: waveform, spectrogram, overlay, segment strip and
// utterance bars, drawn from an AttentionAnalysis. Interaction lives in AnalysisPage.cpp.
#include "analysis/AnalysisPage.h"
#include "common/AudioPlayer.h"
#include "common/Plot.h"

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

void AnalysisPage::redrawAll()
{
    m_focus = -1;
    m_focusRect->setVisible(false);
    m_focusLabel->setVisible(false);
    if (!shown()) { // nothing to show: the empty page
        m_wave->graph(0)->data()->clear();
        m_wave->graph(1)->data()->clear();
        m_specSource = nullptr;
        m_specMap->data()->clear();
        drawOverlay();
        m_strip->clearPlottables();
        m_bars->clearPlottables();
        m_prediction->clear();
    } else {
        drawWaveform();
        drawSpectrogram();
        drawSegments();
        drawBars();
        for (QCustomPlot *p : {m_wave, m_spec, m_strip})
            p->xAxis->setRange(0, std::max(durationSeconds(), 0.01));
    }
    for (QCustomPlot *p : plots())
        p->replot();
}

void AnalysisPage::showPreview(const CancelToken *run, const QString &path, std::shared_ptr<const AttentionAnalysis> spectrogram,
                               std::shared_ptr<std::vector<float>> waveform)
{
    if (!m_cancel || run != m_cancel.get() || m_cancel->load())
        return; // a run that has been replaced or cancelled
    if (!m_previewing) {
        m_beforePreview = std::move(m_analysis);
        m_waveformBeforePreview = std::move(m_waveform);
        m_previewing = true;
    }
    m_player->stop(); // the previous file's playback
    m_analysis.reset();
    m_preview = std::move(spectrogram);
    m_waveform = std::move(*waveform); // the worker's copy, handed over
    redrawAll();
    Q_EMIT spectrogramShown(path);
}

void AnalysisPage::undoPreview()
{
    if (!m_previewing)
        return;
    m_analysis = std::move(m_beforePreview);
    m_waveform = std::move(m_waveformBeforePreview);
    m_preview.reset();
    m_previewing = false;
    redrawAll();
}

void AnalysisPage::drawWaveform()
{
    const int rate = shown()->sampleRateHz;
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
    const AttentionAnalysis &a = *shown();
    if (m_focus < 0) {
        m_specSource = a.spectrogram.data();
        m_specColumns = a.columns;
        m_specStart = 0.0;
        m_specMap->setDataRange(QCPRange(quantile(a.spectrogram, 0.02), quantile(a.spectrogram, 0.995)));
    } else {
        // The segment exactly as the network saw it: 400 x 200, frame f at start + f * 10 ms.
        const auto &d = a.segmentDetails.at(static_cast<std::size_t>(m_focus));
        m_specSource = d.matrix.data();
        m_specColumns = static_cast<int>(d.matrix.size()) / a.spectrogramRows;
        m_specStart = a.prediction.segments.at(static_cast<std::size_t>(m_focus)).startSeconds;
        m_specMap->setDataRange(QCPRange(quantile(d.matrix, 0.02), quantile(d.matrix, 0.995)));
    }
    resampleSpectrogram();
    drawOverlay();
}

void AnalysisPage::resampleSpectrogram()
{
    if (!shown() || !m_specSource || m_specColumns <= 0)
        return;
    const AttentionAnalysis &a = *shown();
    const double dt = a.columnSeconds;
    const int rows = a.spectrogramRows;
    // The visible columns, one spare on each side so the edges are covered.
    const QCPRange view = m_spec->xAxis->range();
    const int c0 = std::clamp(static_cast<int>(std::floor((view.lower - m_specStart) / dt)) - 1, 0, m_specColumns - 1);
    const int c1 = std::clamp(static_cast<int>(std::ceil((view.upper - m_specStart) / dt)) + 1, c0 + 1, m_specColumns);
    const int span = c1 - c0;
    const int outCols = std::max(1, std::min(span, m_spec->axisRect()->width()));
    const int outRows = std::max(2, std::min(rows, m_spec->axisRect()->height()));
    // Box filter, separable: each output cell is the mean of the input cells it covers.
    auto boxStart = [](int i, int in, int out) { return static_cast<int>(static_cast<long long>(i) * in / out); };
    std::vector<double> byColumn(static_cast<std::size_t>(rows) * outCols, 0.0);
    for (int r = 0; r < rows; ++r) {
        const float *row = m_specSource + static_cast<std::size_t>(r) * m_specColumns + c0;
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
    const double binHz = a.binHz;
    const double colStep = static_cast<double>(span) / outCols, rowStep = static_cast<double>(rows) / outRows;
    const double k0 = m_specStart + a.columnCentreSeconds(c0 + 0.5 * colStep - 0.5),
                 k1 = m_specStart + a.columnCentreSeconds(c0 + (outCols - 0.5) * colStep - 0.5);
    data->setRange(QCPRange(k0, outCols > 1 ? k1 : k0 + dt),
                   QCPRange((0.5 * rowStep - 0.5) * binHz, ((outRows - 0.5) * rowStep - 0.5) * binHz));
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
        m_scale->setVisible(false);
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
    // On the network's grid (Attention.h): map row i at (4i + 2) x 10 Hz; over the file, one
    // column per frame at its centre; one segment's map column j at its frames 4j ... 4j + 3.
    QCPRange time;
    if (m_focus < 0) {
        time = QCPRange(a.columnCentreSeconds(0), a.columnCentreSeconds(columns - 1));
    } else {
        const double start = a.prediction.segments.at(static_cast<std::size_t>(m_focus)).startSeconds;
        time = QCPRange(a.segmentMapColumnSeconds(start, 0), a.segmentMapColumnSeconds(start, columns - 1));
    }
    m_overlayMap->data()->setSize(columns, rows);
    m_overlayMap->data()->setRange(time, QCPRange(a.mapRowHz(0), a.mapRowHz(rows - 1)));
    std::vector<float> values(data, data + static_cast<std::size_t>(rows) * columns);
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double realLo = *minIt, realHi = *maxIt;
    const bool relative = m_scaleMode == QLatin1String("uniform") && m_overlay == QLatin1String("bottom-up")
                          && a.mapRows > 0 && a.segmentMapColumns > 0;
    // "x uniform" means something only for softmax(B); the other maps are always autoscaled.
    m_scaleBox->setEnabled(m_overlay == QLatin1String("bottom-up"));
    if (relative) {
        // softmax(B) is 1/(H*W) everywhere when the model attends uniformly: draw multiples
        // of that on a fixed log scale, 0.1x to 100x (trained models peak at a few
        // hundred x), so a flat map looks flat and maps compare across files.
        const double cells = static_cast<double>(a.mapRows) * a.segmentMapColumns;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                m_overlayMap->data()->setCell(c, r, std::max(1e-3, values[static_cast<std::size_t>(r) * columns + c] * cells));
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
        m_scaleLabel = tr("colours: 1-99 % of this map\nvalues %1 to %2")
                           .arg(realLo, 0, 'g', 3)
                           .arg(realHi, 0, 'g', 3);
    }
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
    m_scale->axis()->setLabel(m_scaleLabel);
}

void AnalysisPage::drawSegments()
{
    m_strip->clearPlottables();
    if (!m_analysis)
        return; // the spectrogram is shown before the model has run
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
}

void AnalysisPage::drawBars()
{
    m_bars->clearPlottables();
    if (!m_analysis) {
        m_prediction->setText(tr("Predicting..."));
        m_bars->xAxis->setLabel(QString());
        return;
    }
    const AttentionAnalysis &a = *m_analysis;
    // The focused segment's own probabilities, or the utterance's (mean of segments).
    const bool segment = m_focus >= 0;
    const std::vector<float> &probabilities =
        segment ? a.prediction.segments.at(static_cast<std::size_t>(m_focus)).probabilities : a.prediction.probabilities;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int k = 0; k < static_cast<int>(a.classes.size()); ++k) {
        auto *bar = new QCPBars(m_bars->xAxis, m_bars->yAxis);
        bar->setBrush(classColour(k));
        bar->setPen(QPen(classColour(k).darker(130)));
        bar->setName(QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
        bar->addData(k + 1, probabilities[static_cast<std::size_t>(k)]);
        ticker->addTick(k + 1, QString::fromStdString(a.classes[static_cast<std::size_t>(k)]));
    }
    m_bars->xAxis->setTicker(ticker);
    m_bars->xAxis->setRange(0.4, a.classes.size() + 0.6);
    const int p = a.prediction.predicted;
    m_prediction->setText(tr("<b>Prediction: %1</b> (%2 %)")
                              .arg(QString::fromStdString(a.classes[static_cast<std::size_t>(p)]).toHtmlEscaped())
                              .arg(100.0 * a.prediction.probabilities[static_cast<std::size_t>(p)], 0, 'f', 1));
    m_bars->xAxis->setLabel(segment ? tr("Segment %1 (%2-%3 s)")
                                          .arg(m_focus + 1)
                                          .arg(a.prediction.segments.at(static_cast<std::size_t>(m_focus)).startSeconds, 0, 'f', 2)
                                          .arg(a.prediction.segments.at(static_cast<std::size_t>(m_focus)).endSeconds, 0, 'f', 2)
                                    : tr("Utterance (mean of segments)"));
}

} // namespace emolens::ui
