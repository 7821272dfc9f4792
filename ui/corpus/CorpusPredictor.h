#pragma once
// "Predict Corpus": runs a model over every row of the corpus browser in a worker
// (CorpusPredictionJob), rows filling in as they finish, with a progress bar and a
// Cancel button for the window's status bar. Cancelled and awaited on destruction.
#include "emolens/ModelFile.h"
#include "emolens/Progress.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QProgressBar;
class QToolButton;
class QWidget;

namespace emolens::ui {

class CorpusPage;
class CorpusPredictionJob;
class UtteranceTableModel;

/// Marks the rows of \p table whose speakers the model of \p meta was trained on (or
/// validated with), when it was trained on the corpus \p corpusSpec names.
void markSpeakersSeenBy(UtteranceTableModel &table, const QString &corpusSpec, const ModelMetadata &meta);

class CorpusPredictor : public QObject {
    Q_OBJECT
public:
    /// Fills \p corpus's rows; its status widgets are children of \p window.
    CorpusPredictor(CorpusPage *corpus, QWidget *window);
    ~CorpusPredictor() override;

    /// Predicts every row with the model at \p modelPath (\p meta its metadata). False
    /// when a run is going on or there is nothing to predict.
    bool start(const QString &modelPath, const ModelMetadata &meta);
    /// A review order needs predictions the corpus lacks: asks whether to predict with
    /// the model \p modelName (none loaded: says so), and applies \p order once done.
    void offer(const QString &order, const QString &modelPath, const ModelMetadata *meta, const QString &modelName);
    void cancel();
    /// Blocks until no run is going on (after cancel(): between two rows).
    void wait();
    bool isRunning() const { return m_watcher.isRunning(); }
    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &title, const QString &message);
    /// Rows predicted, rows that failed, whether it was cancelled, and the error that
    /// stopped it (empty unless the model could not be used).
    void finished(int predicted, int failed, bool cancelled, const QString &fatal);

private:
    void done(int predicted, int failed, bool cancelled, const QString &fatal);

    CorpusPage *m_corpus;
    QWidget *m_window;
    QString m_orderAfter; ///< review order to apply once the running prediction ends
    CorpusPredictionJob *m_job = nullptr;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<CancelToken> m_cancel;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace emolens::ui
