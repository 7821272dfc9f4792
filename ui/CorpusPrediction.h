#pragma once
// The corpus browser's "Predict Corpus" job, run on QtConcurrent: its own copy of
// the model (the analysis page may use its own meanwhile), one row at a time, each
// row's prediction or error posted to the page, progress through the promise.
#include "emolens/Corpus.h"
#include "emolens/Progress.h"

#include <QPointer>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace emolens::ui {

class CorpusPage;

/// How a prediction run ended: rows predicted, rows that failed (each says why in
/// its row), whether it was cancelled, and an error that stopped it (the model).
struct CorpusPredictionOutcome {
    int predicted = 0, failed = 0;
    bool cancelled = false;
    QString fatal;
};

/// Runs on the worker; \p done is called there once, at the end.
void predictCorpusRows(QPromise<void> &promise, const QString &modelPath, const std::vector<Utterance> &utterances,
                       std::shared_ptr<CancelToken> cancel, QPointer<CorpusPage> page,
                       const std::function<void(const CorpusPredictionOutcome &)> &done);

} // namespace emolens::ui
