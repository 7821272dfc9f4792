#pragma once
// Plays the samples the analysis already holds (mono, at the analysis rate)
// through QAudioSink. No decoder pipeline is involved, so a machine without
// GStreamer plugins, without a sound server or without an output device gets an
// error message instead of a crash, and the cursor follows exactly the audio the
// model analysed.

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSink;
class QBuffer;

namespace emolens::ui {

class AudioPlayer : public QObject {
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    /// Mono samples in [-1, 1] at \p rateHz; stops what is playing.
    void setSamples(const std::vector<float> &samples, int rateHz);
    /// Plays [fromSeconds, toSeconds) (toSeconds < 0: to the end). Returns false
    /// and emits errorOccurred() when no output can play it.
    bool play(double fromSeconds, double toSeconds = -1.0);
    /// Pauses (a later resume() continues) or does nothing when not playing.
    void pause();
    bool resume();
    void stop();
    bool isPlaying() const { return m_playing; }
    bool isPaused() const { return m_paused; }
    /// Seconds into the samples of what is heard now; -1 when stopped.
    double positionSeconds() const;

Q_SIGNALS:
    /// About 30 times a second while playing; -1 once playback stops.
    void positionChanged(double seconds);
    void playingChanged(bool playing);
    /// A human-readable reason playback failed (no device, no sound server, ...).
    void errorOccurred(const QString &message);

private:
    void fail(const QString &message);
    void finish();
    void releaseSink();
    void setState(bool playing, bool paused);

    std::vector<float> m_samples;
    int m_rateHz = 0;
    double m_fromSeconds = 0.0;
    bool m_playing = false;
    bool m_paused = false;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QBuffer> m_buffer;
    QTimer m_tick;
};

} // namespace emolens::ui
