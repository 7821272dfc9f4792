#include "analysis/AnalysisPage.h"

#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FeatureConfig.h"

#include "common/AudioPlayer.h"
#include "common/Plot.h"
#include "common/PlotExport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace emolens::ui {

namespace {
using PreviewFn = std::function<void(std::shared_ptr<const AttentionAnalysis>, std::shared_ptr<std::vector<float>>)>;

AnalysisOutcome runAnalysis(const QString &path, std::shared_ptr<LoadedModel> model,
                            std::shared_ptr<CancelToken> cancel, QPointer<AnalysisPage> page, PreviewFn preview)
{
    AnalysisOutcome out;
    out.path = path;
    try {
        const ModelMetadata &meta = model->metadata;
        AudioLoadOptions options;
        options.targetRateHz = meta.features.sampleRateHz;
        options.maxDurationSeconds = 30 * 60; // the page keeps every map in memory
        AudioBuffer audio = loadAudio(path.toStdString(), options);
        double lastReport = -1.0;
        auto progress = [page, &lastReport](double f) {
            if (f - lastReport < 0.02 && f < 1.0)
                return; // throttle: the GUI needs no more than ~50 updates
            lastReport = f;
            QMetaObject::invokeMethod(page, [page, f] {
                if (page)
                    Q_EMIT page->analysisProgress(f);
            }, Qt::QueuedConnection);
        };
        auto spectrogramReady = [&](const AttentionAnalysis &partial) {
            preview(std::make_shared<const AttentionAnalysis>(partial), std::make_shared<std::vector<float>>(audio.samples));
        };
        auto analysis = std::make_shared<AttentionAnalysis>(analyseAttention(
            model->model, meta.features, meta.classes(), audio.samples, progress, cancel.get(), 200, spectrogramReady));
        out.analysis = std::move(analysis);
        out.waveform = std::move(audio.samples);
    } catch (const Error &e) {
        out.cancelled = e.kind() == ErrorKind::Cancelled;
        out.error = QString::fromStdString(e.what());
    } catch (const std::exception &e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace

AnalysisPage::AnalysisPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisPage"));
    setFocusPolicy(Qt::StrongFocus);
    buildUi();
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::finished, this, [this] { showOutcome(m_watcher.result()); });
    connect(this, &AnalysisPage::analysisProgress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(std::lround(1000 * f))); });
}

AnalysisPage::~AnalysisPage()
{
    cancel();
    m_watcher.waitForFinished();
}

void AnalysisPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *header = new QHBoxLayout;
    auto *headerLeft = new QVBoxLayout;
    header->addLayout(headerLeft, 1);
    layout->addLayout(header);

    auto *top = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file open. Use File > Open Audio, drop a file here, or File > Open Demo."), this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_fileLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &AnalysisPage::cancel);
    top->addWidget(m_cancelButton);
    headerLeft->addLayout(top);

    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    m_modelLabel->setWordWrap(true);
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLeft->addWidget(m_modelLabel);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Overlay:"), this));
    m_overlayBox = new QComboBox(this);
    m_overlayBox->setObjectName(QStringLiteral("overlayChooser"));
    m_overlayBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_overlayBox->setMinimumContentsLength(16); // the window keeps its default 1200 px; the full name is in the list
    connect(m_overlayBox, &QComboBox::activated, this,
            [this](int i) { setOverlay(m_overlayBox->itemData(i).toString()); });
    controls->addWidget(m_overlayBox);
    controls->addWidget(new QLabel(tr("Opacity:"), this));
    m_opacitySlider = new QSlider(Qt::Horizontal, this);
    m_opacitySlider->setObjectName(QStringLiteral("opacitySlider"));
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setValue(m_opacity);
    m_opacitySlider->setMinimumWidth(70);
    m_opacitySlider->setMaximumWidth(140);
    connect(m_opacitySlider, &QSlider::valueChanged, this, &AnalysisPage::setOverlayOpacity);
    controls->addWidget(m_opacitySlider);
    controls->addWidget(new QLabel(tr("Colours:"), this));
    m_colourBox = new QComboBox(this);
    m_colourBox->setObjectName(QStringLiteral("colourChooser"));
    const QStringList colourLabels = {tr("Jet"), tr("Thermal"), tr("Hot"), tr("Spectrum"), tr("Ion")};
    const QStringList names = colourMapNames();
    for (int i = 0; i < names.size(); ++i)
        m_colourBox->addItem(colourLabels.value(i), names[i]);
    connect(m_colourBox, &QComboBox::activated, this, [this](int i) { setColourMap(m_colourBox->itemData(i).toString()); });
    m_colourBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(m_colourBox);
    controls->addWidget(new QLabel(tr("Scale:"), this));
    m_scaleBox = new QComboBox(this);
    m_scaleBox->setObjectName(QStringLiteral("scaleChooser"));
    m_scaleBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scaleBox->addItem(tr("x uniform (fixed)"), QStringLiteral("uniform"));
    m_scaleBox->addItem(tr("Autoscale (1-99 %)"), QStringLiteral("auto"));
    m_scaleBox->setToolTip(tr("x uniform: bottom-up attention as a multiple of 1/(H*W), the value of a model that "
                              "attends everywhere alike, on a fixed logarithmic scale from 0.1x to 100x. Autoscale stretches "
                              "every map over its own 1-99 % range, so even a flat map looks structured."));
    connect(m_scaleBox, &QComboBox::activated, this, [this](int i) { setOverlayScale(m_scaleBox->itemData(i).toString()); });
    controls->addWidget(m_scaleBox);
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Play the utterance, or the focused segment (Space)"));
    connect(m_playButton, &QToolButton::clicked, this, &AnalysisPage::togglePlayback);
    controls->addWidget(m_playButton);
    m_wholeButton = new QToolButton(this);
    m_wholeButton->setText(tr("Whole utterance"));
    m_wholeButton->setToolTip(tr("Leave the focused segment and show the whole utterance (Esc)"));
    connect(m_wholeButton, &QToolButton::clicked, this, [this] { focusSegment(-1); });
    controls->addWidget(m_wholeButton);
    controls->addStretch(1);
    headerLeft->addLayout(controls);
    m_prediction = new QLabel(this);
    m_prediction->setObjectName(QStringLiteral("predictionLabel"));
    headerLeft->addWidget(m_prediction);
    m_focusLabel = new QLabel(this);
    m_focusLabel->setObjectName(QStringLiteral("focusLabel"));
    m_focusLabel->setWordWrap(true);
    m_focusLabel->setVisible(false);
    headerLeft->addWidget(m_focusLabel);

    auto makePlot = [this](const char *name) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(QString::fromLatin1(name));
        enableExportMenu(plot);
        return plot;
    };
    m_wave = makePlot("waveformPlot");
    m_wave->yAxis->setLabel(tr("Amplitude"));
    m_wave->yAxis->setRange(-1, 1);
    m_wave->setMinimumHeight(90);
    m_wave->addGraph();
    m_wave->addGraph();
    for (int g = 0; g < 2; ++g) {
        m_wave->graph(g)->setPen(QPen(QColor(40, 90, 160)));
        m_wave->graph(g)->setBrush(QColor(40, 90, 160, 120));
    }
    m_wave->graph(0)->setChannelFillGraph(m_wave->graph(1));

    m_spec = makePlot("spectrogramPlot");
    m_spec->setMinimumHeight(260);
    m_spec->xAxis->setLabel(tr("Time (s)"));
    m_spec->yAxis->setLabel(tr("Frequency (Hz)"));
    m_specMap = new QCPColorMap(m_spec->xAxis, m_spec->yAxis);
    m_specMap->setGradient(QCPColorGradient::gpGrayscale);
    m_specMap->setInterpolate(false); // resampleSpectrogram() already filters down to the screen's pixels
    m_overlayMap = new QCPColorMap(m_spec->xAxis, m_spec->yAxis);
    m_overlayMap->setInterpolate(true);
    m_scale = new QCPColorScale(m_spec);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setObjectName(QStringLiteral("colourScale"));
    m_spec->plotLayout()->addElement(0, 1, m_scale);
    m_overlayMap->setColorScale(m_scale);
    auto *margins = new QCPMarginGroup(m_spec);
    m_spec->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    connect(m_spec, &QCustomPlot::mouseMove, this, &AnalysisPage::updateReadout);

    m_strip = makePlot("segmentStrip");
    m_strip->setMinimumHeight(110);
    m_strip->yAxis->setLabel(tr("P(class)"));
    m_strip->yAxis->setRange(0, 1);
    m_strip->xAxis->setLabel(tr("Segment centre (s), classes coloured as in the bars - click a segment to focus it"));
    connect(m_strip, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (!m_analysis || e->button() != Qt::LeftButton)
            return;
        const double t = m_strip->xAxis->pixelToCoord(e->position().x());
        const auto &segs = m_analysis->prediction.segments;
        int best = -1;
        double bestDistance = 1e9;
        for (int i = 0; i < static_cast<int>(segs.size()); ++i) {
            const double centre = 0.5 * (segs[static_cast<std::size_t>(i)].startSeconds + segs[static_cast<std::size_t>(i)].endSeconds);
            if (std::abs(centre - t) < bestDistance) {
                bestDistance = std::abs(centre - t);
                best = i;
            }
        }
        if (best >= 0 && bestDistance < 0.3)
            focusSegment(best);
    });

    // Made once: the strip owns it (QCustomPlot items must never be deleted behind the plot's back).
    m_focusRect = new QCPItemRect(m_strip);
    m_focusRect->setPen(QPen(Qt::black, 2));
    m_focusRect->setVisible(false);

    m_bars = makePlot("utteranceBars");
    m_bars->yAxis->setRange(0, 1);
    m_bars->yAxis->setLabel(tr("P(class)"));
    m_bars->xAxis->setTickLabelRotation(35);
    m_bars->setFixedSize(290, 170);
    header->addWidget(m_bars);

    // Time axes move together: zoom or pan one, the others follow.
    for (QCustomPlot *p : {m_wave, m_spec, m_strip}) {
        p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        p->axisRect()->setRangeDrag(Qt::Horizontal);
        p->axisRect()->setRangeZoom(Qt::Horizontal);
        connect(p->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this, p](const QCPRange &) {
            clampTimeRange(p);
            const QCPRange r = p->xAxis->range();
            if (p == m_spec)
                resampleSpectrogram();
            for (QCustomPlot *other : {m_wave, m_spec, m_strip})
                if (other != p && other->xAxis->range() != r) {
                    other->xAxis->setRange(r);
                    other->replot(QCustomPlot::rpQueuedReplot);
                }
        });
        auto *cursor = new QCPItemStraightLine(p);
        cursor->setPen(QPen(QColor(220, 20, 60), 1.5));
        cursor->setVisible(false);
        m_cursors << cursor;
    }
    const FeatureConfig features; // until an analysis says otherwise: the default front end's band
    m_spec->yAxis->setRange(0, features.freqBins * features.binHz());
    // The spectrogram has a colour scale on its right; line the other time axes up with it.
    for (QCustomPlot *p : {m_wave, m_strip})
        p->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    connect(m_spec, &QCustomPlot::afterLayout, this, [this] {
        const QRect r = m_spec->axisRect()->rect();
        if (m_specMap->data()->keySize() > r.width() || m_specMap->data()->valueSize() > r.height())
            resampleSpectrogram(); // the plot shrank: filter again to its pixels
        const int left = m_spec->mapToGlobal(r.topLeft()).x(), right = m_spec->mapToGlobal(r.topRight()).x();
        for (QCustomPlot *p : {m_wave, m_strip}) {
            const QMargins old = p->axisRect()->margins();
            const int x0 = p->mapToGlobal(QPoint(0, 0)).x();
            const QMargins want(std::max(0, left - x0), old.top(), std::max(0, x0 + p->width() - 1 - right), old.bottom());
            if (p->axisRect()->minimumMargins() != want) {
                p->axisRect()->setMinimumMargins(want);
                p->axisRect()->setMargins(want);
                p->replot(QCustomPlot::rpQueuedReplot);
            }
        }
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("analysisSplitter"));
    split->addWidget(m_wave);
    split->addWidget(m_spec);
    split->addWidget(m_strip);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    layout->addWidget(split, 1);

    m_player = new AudioPlayer(this);
    connect(m_player, &AudioPlayer::positionChanged, this, &AnalysisPage::updateCursor);
    connect(m_player, &AudioPlayer::playingChanged, this,
            [this](bool playing) { m_playButton->setText(playing ? tr("Pause") : tr("Play")); });
    connect(m_player, &AudioPlayer::errorOccurred, this, &AnalysisPage::playbackFailed);

    m_readout = new QLabel(tr("Hover over the spectrogram for time, frequency and values."), this);
    m_readout->setObjectName(QStringLiteral("hoverReadout"));
    layout->addWidget(m_readout);
    refreshModelLabel();
    rebuildOverlayChooser();
}

void AnalysisPage::setModel(const ModelHandle &model)
{
    cancel();
    m_watcher.waitForFinished();
    m_model = model;
    refreshModelLabel();
    rebuildOverlayChooser();
}

void AnalysisPage::refreshModelLabel()
{
    if (!m_model.model) {
        m_modelLabel->setText(tr("No model loaded: open one with File > Open Model."));
        return;
    }
    const ModelMetadata &m = m_model.model->metadata;
    QStringList classes;
    for (const auto &c : m.classes())
        classes << QString::fromStdString(c);
    QString text = tr("<b>Model:</b> %1 &mdash; %2 pooling, classes: %3")
                       .arg(m_model.name.toHtmlEscaped(), QString::fromStdString(m.model.pooling), classes.join(QStringLiteral(", ")));
    if (!m.corpusSpec.empty())
        text += tr("; trained on %1").arg(QString::fromStdString(m.corpusSpec).toHtmlEscaped());
    if (!m.heldOutSpeaker.empty())
        text += tr(", speaker %1 held out").arg(QString::fromStdString(m.heldOutSpeaker).toHtmlEscaped());
    const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(m.metricsJson)).object();
    if (metrics.contains(QStringLiteral("wa")))
        text += tr(" (held-out WA %1 %, UA %2 %)")
                    .arg(100 * metrics.value(QStringLiteral("wa")).toDouble(), 0, 'f', 1)
                    .arg(100 * metrics.value(QStringLiteral("ua")).toDouble(), 0, 'f', 1);
    m_modelLabel->setText(text);
}

void AnalysisPage::analyse(const QString &path)
{
    if (!m_model.model) {
        Q_EMIT analysisFinished(path, tr("No model is loaded."));
        return;
    }
    if (isRunning())
        cancel();
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<CancelToken>(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_fileLabel->setText(tr("Analysing %1...").arg(QFileInfo(path).fileName()));
    Q_EMIT analysisStarted(path);
    // The spectrogram comes back first, queued to this thread, for this run only.
    PreviewFn preview = [page = QPointer<AnalysisPage>(this), run = m_cancel.get(), path](auto spectrogram, auto waveform) {
        QMetaObject::invokeMethod(
            page, [page, run, path, spectrogram, waveform] {
                if (page)
                    page->showPreview(run, path, spectrogram, waveform);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run(runAnalysis, path, m_model.model, m_cancel, QPointer<AnalysisPage>(this), std::move(preview)));
}

void AnalysisPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool AnalysisPage::isRunning() const
{
    return m_watcher.isRunning();
}

void AnalysisPage::showOutcome(const AnalysisOutcome &o)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    if (!o.error.isEmpty()) {
        undoPreview();
        m_fileLabel->setText(o.cancelled ? tr("Analysis of %1 cancelled.").arg(QFileInfo(o.path).fileName())
                                         : tr("Could not analyse %1.").arg(QFileInfo(o.path).fileName()));
        Q_EMIT analysisFinished(o.path, o.cancelled ? QString() : o.error);
        return;
    }
    m_path = o.path;
    m_analysis = o.analysis;
    m_waveform = o.waveform;
    m_preview.reset();
    m_beforePreview.reset();
    m_waveformBeforePreview = {};
    m_previewing = false;
    m_player->setSamples(m_waveform, m_analysis->sampleRateHz);
    const double seconds = static_cast<double>(m_analysis->signalSamples) / m_analysis->sampleRateHz;
    const FeatureConfig &fc = m_model.model->metadata.features;
    m_fileLabel->setText(tr("<b>%1</b> &mdash; %2 s, %n segment(s) of %3 s every %4 s", nullptr,
                            static_cast<int>(m_analysis->prediction.segments.size()))
                             .arg(QFileInfo(o.path).fileName().toHtmlEscaped())
                             .arg(seconds, 0, 'f', 2)
                             .arg(static_cast<double>(fc.segmentSamples) / fc.sampleRateHz, 0, 'g', 3)
                             .arg(static_cast<double>(fc.evalHopSamples) / fc.sampleRateHz, 0, 'g', 3));
    rebuildOverlayChooser();
    redrawAll();
    Q_EMIT analysisFinished(o.path, QString());
}

QStringList AnalysisPage::overlayNames() const
{
    QStringList names{QStringLiteral("none")};
    if (!m_model.model)
        return names;
    const bool attention = m_model.model->metadata.model.pooling == "attention";
    if (attention)
        names << QStringLiteral("bottom-up");
    for (const auto &c : m_model.model->metadata.classes())
        names << QStringLiteral("top-down:") + QString::fromStdString(c);
    if (attention)
        for (const auto &c : m_model.model->metadata.classes())
            names << QStringLiteral("contribution:") + QString::fromStdString(c);
    return names;
}

void AnalysisPage::rebuildOverlayChooser()
{
    const QStringList names = overlayNames();
    if (!names.contains(m_overlay))
        m_overlay = names.value(1, QStringLiteral("none"));
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
    m_overlayBox->setCurrentIndex(std::max<int>(0, static_cast<int>(names.indexOf(m_overlay))));
}

QString AnalysisPage::overlay() const
{
    return m_overlay;
}

bool AnalysisPage::setOverlay(const QString &name)
{
    if (!overlayNames().contains(name))
        return false;
    m_overlay = name;
    m_overlayBox->setCurrentIndex(static_cast<int>(overlayNames().indexOf(name)));
    drawOverlay();
    m_spec->replot();
    return true;
}

void AnalysisPage::setOverlayOpacity(int percent)
{
    m_opacity = std::clamp(percent, 0, 100);
    if (m_opacitySlider->value() != m_opacity)
        m_opacitySlider->setValue(m_opacity);
    drawOverlay();
    m_spec->replot(QCustomPlot::rpQueuedReplot);
}

QStringList AnalysisPage::colourMapNames()
{
    return {QStringLiteral("jet"), QStringLiteral("thermal"), QStringLiteral("hot"), QStringLiteral("spectrum"),
            QStringLiteral("ion")};
}

bool AnalysisPage::setOverlayScale(const QString &mode)
{
    const int i = m_scaleBox->findData(mode);
    if (i < 0)
        return false;
    m_scaleMode = mode;
    m_scaleBox->setCurrentIndex(i);
    drawOverlay();
    m_spec->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

QString AnalysisPage::colourScaleLabel() const
{
    return m_scaleLabel;
}

bool AnalysisPage::setColourMap(const QString &name)
{
    if (!colourMapNames().contains(name))
        return false;
    m_colourMap = name;
    m_colourBox->setCurrentIndex(static_cast<int>(colourMapNames().indexOf(name)));
    drawOverlay();
    m_spec->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

QString AnalysisPage::colourMap() const
{
    return m_colourMap;
}

QList<QCustomPlot *> AnalysisPage::plots() const
{
    return {m_wave, m_spec, m_strip, m_bars};
}

void AnalysisPage::focusSegment(int index)
{
    if (!m_analysis)
        return;
    if (index >= static_cast<int>(m_analysis->segmentDetails.size()))
        index = -1; // very long files keep no per-segment detail
    m_focus = index;
    const double total = durationSeconds();
    if (index < 0) {
        m_focusRect->setVisible(false);
        m_spec->xAxis->setRange(0, std::max(total, 0.01));
    } else {
        const auto &s = m_analysis->prediction.segments.at(static_cast<std::size_t>(index));
        const double centre = 0.5 * (s.startSeconds + s.endSeconds);
        m_focusRect->topLeft->setCoords(centre - 0.2, 1.0);
        m_focusRect->bottomRight->setCoords(centre + 0.2, 0.0);
        m_focusRect->setVisible(true);
        m_spec->xAxis->setRange(s.startSeconds, s.endSeconds);
    }
    drawSpectrogram();
    drawBars();
    updateFocusLabel();
    for (QCustomPlot *p : plots())
        p->replot();
    Q_EMIT segmentFocused(index);
}

void AnalysisPage::updateFocusLabel()
{
    if (!m_analysis || m_focus < 0) {
        m_focusLabel->setVisible(false);
        return;
    }
    const auto &s = m_analysis->prediction.segments.at(static_cast<std::size_t>(m_focus));
    const auto best = static_cast<std::size_t>(
        std::max_element(s.probabilities.begin(), s.probabilities.end()) - s.probabilities.begin());
    QString text = tr("<b>Segment %1 of %2</b>, %3-%4 s: the network's exact input and its own maps. "
                      "This segment: <b>%5</b> (%6 %).")
                       .arg(m_focus + 1)
                       .arg(m_analysis->prediction.segments.size())
                       .arg(s.startSeconds, 0, 'f', 2)
                       .arg(s.endSeconds, 0, 'f', 2)
                       .arg(QString::fromStdString(m_analysis->classes.at(best)).toHtmlEscaped())
                       .arg(100.0 * s.probabilities.at(best), 0, 'f', 1);
    if (s.paddedSeconds > 0)
        text += tr(" The last %1 s are zero padding.").arg(s.paddedSeconds, 0, 'f', 2);
    text += tr(" Left/Right: previous/next segment; <b>Esc</b> or <i>Whole utterance</i>: back to the whole file.");
    m_focusLabel->setText(text);
    m_focusLabel->setVisible(true);
}

double AnalysisPage::durationSeconds() const
{
    const AttentionAnalysis *a = shown();
    return a && a->sampleRateHz > 0 ? static_cast<double>(a->signalSamples) / a->sampleRateHz : 0.0;
}

void AnalysisPage::clampTimeRange(QCustomPlot *plot)
{
    // Zoom and pan stay inside the file: no empty axes before 0 or past the end.
    const double total = durationSeconds();
    if (total <= 0)
        return;
    QCPRange r = plot->xAxis->range();
    const double minSpan = std::min(total, 0.05);
    double size = std::clamp(r.size(), minSpan, total);
    double lower = std::clamp(r.lower, 0.0, total - size);
    if (std::abs(lower - r.lower) > 1e-9 || std::abs(size - r.size()) > 1e-9)
        plot->xAxis->setRange(lower, lower + size);
}

void AnalysisPage::updateReadout(QMouseEvent *event)
{
    if (!m_analysis)
        return;
    const double t = m_spec->xAxis->pixelToCoord(event->position().x());
    const double hz = m_spec->yAxis->pixelToCoord(event->position().y());
    double spec = 0;
    int keyIndex = 0, valueIndex = 0;
    m_specMap->data()->coordToCell(t, hz, &keyIndex, &valueIndex);
    spec = m_specMap->data()->cell(keyIndex, valueIndex);
    QString text = tr("t = %1 s, f = %2 Hz, spectrogram %3").arg(t, 0, 'f', 3).arg(hz, 0, 'f', 0).arg(spec, 0, 'f', 3);
    if (m_overlayMap->visible()) {
        m_overlayMap->data()->coordToCell(t, hz, &keyIndex, &valueIndex);
        text += tr(", %1 = %2").arg(m_overlayBox->currentText()).arg(m_overlayMap->data()->cell(keyIndex, valueIndex), 0, 'g', 4);
    }
    m_readout->setText(text);
}

void AnalysisPage::updateCursor(double seconds)
{
    for (auto *c : m_cursors) {
        c->point1->setCoords(seconds, 0);
        c->point2->setCoords(seconds, 1);
        c->setVisible(seconds >= 0);
        c->parentPlot()->replot(QCustomPlot::rpQueuedReplot);
    }
}

void AnalysisPage::togglePlayback()
{
    if (m_path.isEmpty() || !m_analysis)
        return;
    if (m_player->isPlaying()) {
        m_player->pause();
        return;
    }
    if (m_player->isPaused() && m_focus < 0 && m_player->resume())
        return;
    if (m_focus >= 0) {
        const auto &s = m_analysis->prediction.segments.at(static_cast<std::size_t>(m_focus));
        m_player->play(s.startSeconds, s.endSeconds - s.paddedSeconds);
    } else {
        m_player->play(0.0);
    }
}

void AnalysisPage::zoomTime(double factor)
{
    m_spec->xAxis->scaleRange(factor, m_spec->xAxis->range().center());
    m_spec->replot();
}

void AnalysisPage::panTime(double fraction)
{
    m_spec->xAxis->moveRange(fraction * m_spec->xAxis->range().size());
    m_spec->replot();
}

void AnalysisPage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlayback();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomTime(0.7);
        break;
    case Qt::Key_Minus:
        zoomTime(1.0 / 0.7);
        break;
    case Qt::Key_Left:
        if (m_focus >= 0)
            focusSegment(std::max(0, m_focus - 1));
        else
            panTime(-0.2);
        break;
    case Qt::Key_Right:
        if (m_focus >= 0 && m_analysis)
            focusSegment(std::min(static_cast<int>(m_analysis->segmentDetails.size()) - 1, m_focus + 1));
        else
            panTime(0.2);
        break;
    case Qt::Key_Escape:
        focusSegment(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace emolens::ui
