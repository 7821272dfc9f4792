#include "CorpusPrediction.h"
#include "CorpusPage.h"

#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"
#include "emolens/ModelFile.h"

namespace emolens::ui {

void predictCorpusRows(QPromise<void> &promise, const QString &modelPath, const std::vector<Utterance> &utterances,
                       std::shared_ptr<CancelToken> cancel, QPointer<CorpusPage> page,
                       const std::function<void(const CorpusPredictionOutcome &)> &done)
{
    promise.setProgressRange(0, static_cast<int>(utterances.size()));
    CorpusPredictionOutcome out;
    try {
        LoadedModel loaded = loadModel(modelPath.toStdString());
        FeatureStore store(loaded.metadata.features);
        const auto &classes = loaded.metadata.classes();
        for (const auto &u : utterances) {
            if (cancel->load()) {
                out.cancelled = true;
                break;
            }
            const QString id = QString::fromStdString(u.id);
            QString label, problem;
            double confidence = -1;
            try {
                const auto f = store.get(u, loaded.metadata.features.evalHopSamples);
                const UtterancePrediction p = predictUtterance(loaded.model, *f, loaded.metadata.features.sampleRateHz);
                label = QString::fromStdString(classes[static_cast<std::size_t>(p.predicted)]);
                confidence = p.probabilities[static_cast<std::size_t>(p.predicted)];
                ++out.predicted;
            } catch (const std::exception &e) {
                problem = QString::fromStdString(e.what()); // only this row: the others still get predictions
                ++out.failed;
            }
            QMetaObject::invokeMethod(page, [page, id, label, confidence, problem] {
                if (!page)
                    return;
                if (problem.isEmpty())
                    page->setPrediction(id, label, confidence);
                else
                    page->setPredictionError(id, problem);
            }, Qt::QueuedConnection);
            promise.setProgressValue(out.predicted + out.failed);
        }
    } catch (const std::exception &e) {
        out.fatal = QString::fromStdString(e.what());
    }
    done(out);
}

} // namespace emolens::ui
