#pragma once
// The training page's worker job, run on QtConcurrent: plain values in, a
// TrainingJobResult out, progress as queued calls to the page.
#include "emolens/Annotations.h"
#include "emolens/CrossValidation.h"
#include "emolens/FeatureStore.h"

#include <QPointer>
#include <QStringList>

#include <memory>

namespace emolens::ui {

class TrainingPage;
struct TrainingJobResult;

struct JobInput {
    QString spec;
    Protocol protocol;
    AnnotationSet annotations;
    ExperimentSetup setup;
    QStringList folds; ///< one speaker: Train fold; empty: all folds
    QString dir;
    QString sweepParam; ///< set: a sweep on folds.front()
    QStringList sweepValues;
    /// Features shared across runs while the app is open (memory tier, then disk); null: a fresh store.
    std::shared_ptr<FeatureStore> store;
    bool dirChosen = false; ///< the user picked \c dir: a new experiment goes beside it, else under \c runsRoot
    QString runsRoot;
};

/// The protocol's selection of the corpus with the corrections applied. Throws Error.
Selection selectionFor(const JobInput &in);

TrainingJobResult runJob(JobInput in, std::shared_ptr<CancelToken> cancel, QPointer<TrainingPage> page);

} // namespace emolens::ui
