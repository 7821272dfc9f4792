#pragma once
// Analyses one audio file with a model in a worker thread. The spectrogram comes
// back first (previewReady), the segments, predictions and maps with finished().
// Reports upward by signals only; knows nothing of pages.
#include "emolens/Attention.h"
#include "emolens/ModelFile.h"
#include "emolens/Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace emolens::ui {

/// The model in use, shared with the worker that analyses with it.
struct ModelHandle {
    std::shared_ptr<LoadedModel> model;
    QString name; ///< shown to the user: file name or "bundled default"
    QString path;
};

/// What the worker hands back: plain values, no exceptions.
struct AnalysisOutcome {
    QString path;
    QString error; ///< empty on success
    std::shared_ptr<const AttentionAnalysis> analysis;
    std::vector<float> waveform; ///< mono at analysis->sampleRateHz
    bool cancelled = false;
};

class AnalysisJob : public QObject {
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override; ///< cancels and waits

    /// Cancels a running analysis, waits for it, and starts one of \p path.
    void start(const QString &path, std::shared_ptr<LoadedModel> model);
    void cancel();
    /// Blocks until no analysis runs (after cancel(): promptly).
    void wait();
    bool isRunning() const;

Q_SIGNALS:
    /// Fraction done, at most ~50 times per run.
    void progress(double fraction);
    /// The current run's spectrogram and waveform, before the model has run (never
    /// from a run that has been cancelled or replaced).
    void previewReady(const QString &path, std::shared_ptr<const AttentionAnalysis> spectrogram,
                      std::shared_ptr<std::vector<float>> waveform);
    void finished(const AnalysisOutcome &outcome);

private:
    QFutureWatcher<AnalysisOutcome> m_watcher;
    std::shared_ptr<CancelToken> m_cancel;
    quint64 m_run = 0; ///< which start() the queued reports belong to
};

} // namespace emolens::ui
