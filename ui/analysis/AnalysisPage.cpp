#include "analysis/AnalysisPage.h"

#include "analysis/AnalysisHeader.h"
#include "analysis/OverlayControls.h"
#include "analysis/PredictionBars.h"
#include "analysis/SegmentStrip.h"
#include "analysis/SpectrogramView.h"
#include "analysis/TimeAxisLink.h"
#include "analysis/WaveformView.h"
#include "common/AudioPlayer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace emolens::ui {

AnalysisPage::AnalysisPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisPage"));
    setFocusPolicy(Qt::StrongFocus);
    buildUi();
    connectParts();
    m_header->showModel(m_model);
    rebuildOverlayChooser();
}

AnalysisPage::~AnalysisPage()
{
    m_job.cancel();
    m_job.wait();
}

void AnalysisPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buildHeader());
    layout->addWidget(buildPlots(), 1);
    m_readout = new QLabel(tr("Hover over the spectrogram for time, frequency and values."), this);
    m_readout->setObjectName(QStringLiteral("hoverReadout"));
    layout->addWidget(m_readout);
    m_player = new AudioPlayer(this);
}

QLayout *AnalysisPage::buildHeader()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_controls = new OverlayControls(controls);
    m_controls->showOpacity(m_opacity);
    row->addWidget(m_controls);
    m_playButton = new QToolButton(controls);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Play the utterance, or the focused segment (Space)"));
    row->addWidget(m_playButton);
    m_wholeButton = new QToolButton(controls);
    m_wholeButton->setText(tr("Whole utterance"));
    m_wholeButton->setToolTip(tr("Leave the focused segment and show the whole utterance (Esc)"));
    row->addWidget(m_wholeButton);
    row->addStretch(1);
    m_header = new AnalysisHeader(controls, this);
    m_bars = new PredictionBars(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_bars);
    return header;
}

QWidget *AnalysisPage::buildPlots()
{
    m_wave = new WaveformView(this);
    m_spec = new SpectrogramView(this);
    m_strip = new SegmentStrip(this);
    m_time = new TimeAxisLink(
        m_spec, {m_wave, m_strip}, [this] { return durationSeconds(); }, this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("analysisSplitter"));
    split->addWidget(m_wave);
    split->addWidget(m_spec);
    split->addWidget(m_strip);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    return split;
}

void AnalysisPage::connectParts()
{
    connect(&m_job, &AnalysisJob::finished, this, &AnalysisPage::showOutcome);
    connect(&m_job, &AnalysisJob::previewReady, this, &AnalysisPage::showPreview);
    connect(&m_job, &AnalysisJob::progress, this, &AnalysisPage::analysisProgress);
    connect(this, &AnalysisPage::analysisProgress, m_header, &AnalysisHeader::showProgress);
    connect(m_header, &AnalysisHeader::cancelRequested, this, &AnalysisPage::cancel);
    connect(m_controls, &OverlayControls::overlayChosen, this, &AnalysisPage::setOverlay);
    connect(m_controls, &OverlayControls::opacityChosen, this, &AnalysisPage::setOverlayOpacity);
    connect(m_controls, &OverlayControls::colourMapChosen, this, &AnalysisPage::setColourMap);
    connect(m_controls, &OverlayControls::scaleChosen, this, &AnalysisPage::setOverlayScale);
    connect(m_playButton, &QToolButton::clicked, this, &AnalysisPage::togglePlayback);
    connect(m_wholeButton, &QToolButton::clicked, this, [this] { focusSegment(-1); });
    connect(m_strip, &SegmentStrip::segmentClicked, this, &AnalysisPage::focusSegment);
    connect(m_spec, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        if (m_analysis)
            m_readout->setText(m_spec->readout(e->position(), m_controls->overlayLabel()));
    });
    connect(m_player, &AudioPlayer::positionChanged, m_time, &TimeAxisLink::setCursor);
    connect(m_player, &AudioPlayer::playingChanged, this,
            [this](bool playing) { m_playButton->setText(playing ? tr("Pause") : tr("Play")); });
    connect(m_player, &AudioPlayer::errorOccurred, this, &AnalysisPage::playbackFailed);
}

void AnalysisPage::setModel(const ModelHandle &model)
{
    m_job.cancel();
    m_job.wait();
    m_model = model;
    m_header->showModel(m_model);
    rebuildOverlayChooser();
}

void AnalysisPage::analyse(const QString &path)
{
    if (!m_model.model) {
        Q_EMIT analysisFinished(path, tr("No model is loaded."));
        return;
    }
    m_header->showStarted(path);
    Q_EMIT analysisStarted(path);
    m_job.start(path, m_model.model);
}

void AnalysisPage::cancel()
{
    m_job.cancel();
}

bool AnalysisPage::isRunning() const
{
    return m_job.isRunning();
}

void AnalysisPage::showOutcome(const AnalysisOutcome &o)
{
    m_header->showFinished(o, m_model.model->metadata.features);
    if (!o.error.isEmpty()) {
        undoPreview();
        Q_EMIT analysisFinished(o.path, o.cancelled ? QString() : o.error);
        return;
    }
    m_path = o.path;
    m_analysis = o.analysis;
    m_waveform = o.waveform;
    m_preview.reset();
    m_beforePreview.reset();
    m_waveformBeforePreview = {};
    m_player->setSamples(m_waveform, m_analysis->sampleRateHz);
    rebuildOverlayChooser();
    redrawAll();
    Q_EMIT analysisFinished(o.path, QString());
}

void AnalysisPage::showPreview(const QString &path, std::shared_ptr<const AttentionAnalysis> spectrogram,
                               std::shared_ptr<std::vector<float>> waveform)
{
    if (!m_preview) { // the first preview of this run: keep what it replaces
        m_beforePreview = std::move(m_analysis);
        m_waveformBeforePreview = std::move(m_waveform);
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
    if (!m_preview)
        return;
    m_analysis = std::move(m_beforePreview);
    m_waveform = std::move(m_waveformBeforePreview);
    m_preview.reset();
    redrawAll();
}

void AnalysisPage::redrawAll()
{
    m_focus = -1;
    m_strip->showSegments(m_analysis);
    if (!shown()) { // nothing to show: the empty page
        m_wave->clearSamples();
        m_spec->clearMatrix();
        m_bars->clearBars();
        m_header->clearPrediction();
        m_header->showFocus(nullptr, -1);
    } else {
        m_wave->showSamples(m_waveform, shown()->sampleRateHz);
        drawSpectrogram();
        drawPrediction();
        m_time->setRange(0, std::max(durationSeconds(), 0.01));
    }
    drawOverlay();
    for (QCustomPlot *p : plots())
        p->replot();
}

void AnalysisPage::drawSpectrogram()
{
    const std::shared_ptr<const AttentionAnalysis> a = shown();
    if (m_focus < 0) {
        m_spec->showMatrix(a, a->spectrogram.data(), a->columns, 0.0);
    } else {
        // The segment exactly as the network saw it: 400 x 200, frame f at start + f * 10 ms.
        const auto &d = a->segmentDetails.at(static_cast<std::size_t>(m_focus));
        m_spec->showMatrix(a, d.matrix.data(), static_cast<int>(d.matrix.size()) / a->spectrogramRows,
                           a->prediction.segments.at(static_cast<std::size_t>(m_focus)).startSeconds);
    }
}

void AnalysisPage::drawOverlay()
{
    // "x uniform" means something only for softmax(B); the other maps are always autoscaled.
    m_controls->setScaleEnabled(m_overlay == QLatin1String("bottom-up"));
    m_spec->showOverlay(m_analysis ? overlayImage(*m_analysis, m_overlay, m_focus) : std::nullopt, m_scaleMode,
                        m_colourMap, m_opacity);
}

void AnalysisPage::drawPrediction()
{
    m_header->showPrediction(m_analysis.get());
    m_header->showFocus(m_analysis.get(), m_focus);
    if (m_analysis)
        m_bars->showPrediction(*m_analysis, m_focus);
    else
        m_bars->clearBars();
}

QStringList AnalysisPage::overlayNames() const
{
    return overlayNamesFor(m_model.model ? &m_model.model->metadata : nullptr);
}

void AnalysisPage::rebuildOverlayChooser()
{
    const QStringList names = overlayNames();
    if (!names.contains(m_overlay))
        m_overlay = names.value(1, QStringLiteral("none"));
    m_controls->setOverlays(names, m_overlay);
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
    m_controls->showOverlay(name);
    drawOverlay();
    m_spec->replot();
    return true;
}

void AnalysisPage::setOverlayOpacity(int percent)
{
    m_opacity = std::clamp(percent, 0, 100);
    m_controls->showOpacity(m_opacity);
    drawOverlay();
    m_spec->replot(QCustomPlot::rpQueuedReplot);
}

QStringList AnalysisPage::colourMapNames()
{
    return SpectrogramView::colourMapNames();
}

bool AnalysisPage::setOverlayScale(const QString &mode)
{
    if (!m_controls->hasScale(mode))
        return false;
    m_scaleMode = mode;
    m_controls->showScale(mode);
    drawOverlay();
    m_spec->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

QString AnalysisPage::colourScaleLabel() const
{
    return m_spec->scaleLabel();
}

bool AnalysisPage::setColourMap(const QString &name)
{
    if (!colourMapNames().contains(name))
        return false;
    m_colourMap = name;
    m_controls->showColourMap(name);
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
    m_strip->markSegment(index);
    if (index < 0) {
        m_time->setRange(0, std::max(durationSeconds(), 0.01));
    } else {
        const auto &s = m_analysis->prediction.segments.at(static_cast<std::size_t>(index));
        m_time->setRange(s.startSeconds, s.endSeconds);
    }
    drawSpectrogram();
    drawOverlay();
    drawPrediction();
    for (QCustomPlot *p : plots())
        p->replot();
    Q_EMIT segmentFocused(index);
}

double AnalysisPage::durationSeconds() const
{
    const auto a = shown();
    return a && a->sampleRateHz > 0 ? static_cast<double>(a->signalSamples) / a->sampleRateHz : 0.0;
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

void AnalysisPage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlayback();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_time->zoom(0.7);
        break;
    case Qt::Key_Minus:
        m_time->zoom(1.0 / 0.7);
        break;
    case Qt::Key_Left:
        if (m_focus >= 0)
            focusSegment(std::max(0, m_focus - 1));
        else
            m_time->pan(-0.2);
        break;
    case Qt::Key_Right:
        if (m_focus >= 0 && m_analysis)
            focusSegment(std::min(static_cast<int>(m_analysis->segmentDetails.size()) - 1, m_focus + 1));
        else
            m_time->pan(0.2);
        break;
    case Qt::Key_Escape:
        focusSegment(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace emolens::ui
