#include "common/AudioPlayer.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>

namespace emolens::ui {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(33);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT positionChanged(positionSeconds()); });
}

AudioPlayer::~AudioPlayer()
{
    if (m_sink)
        m_sink->stop();
}

void AudioPlayer::setSamples(const std::vector<float> &samples, int rateHz)
{
    stop();
    m_samples = samples;
    m_rateHz = rateHz;
}

bool AudioPlayer::play(double fromSeconds, double toSeconds)
{
    stop();
    if (m_samples.empty() || m_rateHz <= 0) {
        fail(tr("There is no audio to play."));
        return false;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        fail(tr("No audio output device was found (is a sound server such as PulseAudio or PipeWire running?). "
                "Playback is unavailable; everything else works."));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_rateHz);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        fail(tr("The audio device %1 cannot play mono 16-bit audio at %2 Hz.").arg(device.description()).arg(m_rateHz));
        return false;
    }
    const auto n = static_cast<std::int64_t>(m_samples.size());
    const std::int64_t from = std::clamp<std::int64_t>(std::llround(fromSeconds * m_rateHz), 0, n);
    const std::int64_t to = toSeconds < 0 ? n : std::clamp<std::int64_t>(std::llround(toSeconds * m_rateHz), from, n);
    QByteArray pcm(static_cast<qsizetype>((to - from) * 2), Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (std::int64_t i = from; i < to; ++i)
        out[i - from] = static_cast<qint16>(
            std::lround(std::clamp(m_samples[static_cast<std::size_t>(i)], -1.0f, 1.0f) * 32767.0f));
    m_buffer = std::make_unique<QBuffer>();
    m_buffer->setData(pcm);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState) // every sample was played
            finish();
        else if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError)
            fail(tr("Playback stopped: the audio device reported an error (%1).")
                     .arg(static_cast<int>(m_sink->error())));
    });
    m_fromSeconds = static_cast<double>(from) / m_rateHz;
    m_sink->start(m_buffer.get());
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        fail(tr("The audio device %1 could not be opened for playback.").arg(device.description()));
        return false;
    }
    setState(true, false);
    return true;
}

void AudioPlayer::setState(bool playing, bool paused)
{
    const bool changed = playing != m_playing;
    m_playing = playing;
    m_paused = paused;
    if (playing)
        m_tick.start();
    else
        m_tick.stop();
    if (changed)
        Q_EMIT playingChanged(playing);
}

void AudioPlayer::pause()
{
    if (!m_playing || !m_sink)
        return;
    m_sink->suspend();
    setState(false, true);
}

bool AudioPlayer::resume()
{
    if (!m_paused || !m_sink)
        return false;
    m_sink->resume();
    setState(true, false);
    return true;
}

void AudioPlayer::releaseSink()
{
    // Often called from the sink's own signal: delete it later, never inside its emit.
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.release()->deleteLater();
    }
    if (m_buffer)
        m_buffer.release()->deleteLater();
}

void AudioPlayer::stop()
{
    const bool was = m_playing || m_paused;
    releaseSink();
    setState(false, false);
    if (was)
        Q_EMIT positionChanged(-1.0);
}

double AudioPlayer::positionSeconds() const
{
    if (!m_sink || (!m_playing && !m_paused))
        return -1.0;
    return m_fromSeconds + static_cast<double>(m_sink->processedUSecs()) / 1e6;
}

void AudioPlayer::finish()
{
    releaseSink();
    setState(false, false);
    Q_EMIT positionChanged(-1.0);
}

void AudioPlayer::fail(const QString &message)
{
    releaseSink();
    setState(false, false);
    Q_EMIT errorOccurred(message);
}

} // namespace emolens::ui
