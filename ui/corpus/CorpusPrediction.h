#pragma once
// The corpus browser's "Predict Corpus" job, run on QtConcurrent: its own copy of
// the model (the analysis page may use its own meanwhile) in the precision the
// window chose (Settings > Inference Precision), on the CPU, one row at a time, each
// row's prediction or error reported by a signal (queued to the receiver's
// thread), progress through the promise. It knows no page: the window connects it.
#include "emolens/Corpus.h"
#include "emolens/ModelConfig.h"
#include "emolens/Progress.h"

#include <QObject>
#include <QPromise>
#include <QString>

#include <memory>
#include <vector>

namespace emolens::ui {

class CorpusPredictionJob : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Runs on the worker. An unreadable file fails only its row; a model that cannot
    /// be loaded stops the run (finished's \p fatal). Checks \p cancel between rows.
    void run(QPromise<void> &promise, const QString &modelPath, InferencePrecision precision,
             const std::vector<Utterance> &utterances, const std::shared_ptr<CancelToken> &cancel);

Q_SIGNALS:
    void rowPredicted(const QString &id, const QString &label, double confidence);
    void rowFailed(const QString &id, const QString &problem);
    /// Once, at the end: rows predicted, rows that failed, whether it was cancelled, and
    /// the error that stopped it (empty unless the model could not be used).
    void finished(int predicted, int failed, bool cancelled, const QString &fatal);
};

} // namespace emolens::ui
