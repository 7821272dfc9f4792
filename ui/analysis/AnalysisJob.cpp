#include "analysis/AnalysisJob.h"

#include "emolens/Audio.h"
#include "emolens/Error.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace emolens::ui {

namespace {
using PreviewFn = std::function<void(std::shared_ptr<const AttentionAnalysis>, std::shared_ptr<std::vector<float>>)>;
using ProgressFn = std::function<void(double)>;

AnalysisOutcome runAnalysis(const QString &path, std::shared_ptr<LoadedModel> model,
                            std::shared_ptr<CancelToken> cancel, ProgressFn reportProgress, PreviewFn preview)
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
        auto progress = [&](double f) {
            if (f - lastReport < 0.02 && f < 1.0)
                return; // throttle: the GUI needs no more than ~50 updates
            lastReport = f;
            reportProgress(f);
        };
        auto spectrogramReady = [&](const AttentionAnalysis &partial) {
            preview(std::make_shared<const AttentionAnalysis>(partial),
                    std::make_shared<std::vector<float>>(audio.samples));
        };
        out.analysis = std::make_shared<AttentionAnalysis>(analyseAttention(
            model->model, meta.features, meta.classes(), audio.samples, progress, cancel.get(), 200, spectrogramReady));
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

AnalysisJob::AnalysisJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    wait();
}

void AnalysisJob::start(const QString &path, std::shared_ptr<LoadedModel> model)
{
    cancel();
    wait();
    m_cancel = std::make_shared<CancelToken>(false);
    // Both come back queued to this thread, and only while this run is the current one.
    const QPointer<AnalysisJob> self(this);
    const quint64 run = ++m_run; // a number, not the token's address: a new token may reuse an old one's
    auto isCurrent = [self, run] { return self && self->m_run == run && !self->m_cancel->load(); };
    ProgressFn progress = [self, isCurrent](double f) {
        QMetaObject::invokeMethod(
            self,
            [self, isCurrent, f] {
                if (isCurrent())
                    Q_EMIT self->progress(f);
            },
            Qt::QueuedConnection);
    };
    PreviewFn preview = [self, isCurrent, path](auto spectrogram, auto waveform) {
        QMetaObject::invokeMethod(
            self,
            [self, isCurrent, path, spectrogram, waveform] {
                if (isCurrent())
                    Q_EMIT self->previewReady(path, spectrogram, waveform);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run(runAnalysis, path, std::move(model), m_cancel, std::move(progress), std::move(preview)));
}

void AnalysisJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisJob::wait()
{
    m_watcher.waitForFinished();
}

bool AnalysisJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace emolens::ui
