#pragma once
// The analysis page: open an audio file and see why the model decided.
// Waveform; the companded 400-row spectrogram (the network's input) with
// translucent attention overlays; a segment strip of stacked class
// probabilities; the utterance's prediction as bars; playback with a cursor.
// The analysis runs in a worker thread (progress, cancel); the page never blocks.

#include "analysis/AnalysisJob.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QToolButton;

namespace emolens::ui {

class AnalysisHeader;
class AudioPlayer;
class OverlayControls;
class PredictionBars;
class SegmentStrip;
class SpectrogramView;
class TimeAxisLink;
class WaveformView;

class AnalysisPage : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPage(QWidget *parent = nullptr);
    ~AnalysisPage() override;

    /// Uses \p model for the next analysis (cancels a running one first).
    void setModel(const ModelHandle &model);
    const ModelHandle &model() const { return m_model; }

    /// Starts analysing \p path in a worker; analysisFinished() follows.
    void analyse(const QString &path);
    void cancel();
    bool isRunning() const;
    QString currentFile() const { return m_path; }
    const AttentionAnalysis *analysis() const { return m_analysis.get(); }

    /// "none", "bottom-up", "top-down:<class>", "contribution:<class>".
    QStringList overlayNames() const;
    QString overlay() const;
    bool setOverlay(const QString &name);
    void setOverlayOpacity(int percent);
    int overlayOpacity() const { return m_opacity; }
    /// Colour maps offered for overlays, by name ("jet", "thermal", ...).
    static QStringList colourMapNames();
    bool setColourMap(const QString &name);
    QString colourMap() const;
    /// "uniform": softmax(B) relative to the uniform 1/(H*W) on a fixed log scale
    /// (the default: a flat map looks flat); "auto": each map's own 1-99 % range.
    bool setOverlayScale(const QString &mode);
    QString overlayScale() const { return m_scaleMode; }
    /// The colour bar's label, with the map's real range.
    QString colourScaleLabel() const;

    /// -1 shows the whole utterance (segments stitched); an index shows that
    /// segment's exact 400x200 matrix and its own maps.
    void focusSegment(int index);
    int focusedSegment() const { return m_focus; }

    /// The page's plots, for export menus and tests.
    QList<QCustomPlot *> plots() const;

    void togglePlayback();
    AudioPlayer *player() const { return m_player; }
    /// Seconds of the file (0 before an analysis): the time axes never leave [0, duration].
    double durationSeconds() const;

Q_SIGNALS:
    void analysisStarted(const QString &path);
    void analysisProgress(double fraction);
    void analysisFinished(const QString &path, const QString &error);
    /// The file's waveform and spectrogram are drawn (before the model has run); the
    /// segments, predictions and overlays follow with analysisFinished().
    void spectrogramShown(const QString &path);
    void segmentFocused(int index);
    void playbackFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    QLayout *buildHeader();
    QWidget *buildPlots();
    void connectParts();
    void showOutcome(const AnalysisOutcome &outcome);
    /// The running analysis's spectrogram, drawn while the model runs. The page is
    /// read-only meanwhile (no analysis).
    void showPreview(const QString &path, std::shared_ptr<const AttentionAnalysis> spectrogram,
                     std::shared_ptr<std::vector<float>> waveform); ///< taken (moved from)
    /// A run that ends without a result after its preview: the previous file again.
    void undoPreview();
    /// Every plot from the analysis shown (the whole file, no segment in focus).
    void redrawAll();
    /// The analysis being drawn: the finished one, else the running one's preview.
    std::shared_ptr<const AttentionAnalysis> shown() const { return m_analysis ? m_analysis : m_preview; }
    void drawSpectrogram();
    void drawOverlay();
    void drawPrediction();
    void rebuildOverlayChooser();

    ModelHandle m_model;
    QString m_path;
    std::shared_ptr<const AttentionAnalysis> m_analysis;
    std::vector<float> m_waveform;
    // While a run's spectrogram is shown before its result (m_preview set): what it replaced.
    std::shared_ptr<const AttentionAnalysis> m_preview, m_beforePreview;
    std::vector<float> m_waveformBeforePreview;
    int m_focus = -1;
    QString m_overlay = QStringLiteral("bottom-up");
    QString m_colourMap = QStringLiteral("jet");
    QString m_scaleMode = QStringLiteral("uniform");
    int m_opacity = 60;

    AnalysisJob m_job;

    AnalysisHeader *m_header = nullptr;
    QLabel *m_readout = nullptr;
    OverlayControls *m_controls = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_wholeButton = nullptr;
    WaveformView *m_wave = nullptr;
    SpectrogramView *m_spec = nullptr;
    SegmentStrip *m_strip = nullptr;
    PredictionBars *m_bars = nullptr;
    TimeAxisLink *m_time = nullptr;
    AudioPlayer *m_player = nullptr;
};

} // namespace emolens::ui
