#include "corpus/CorpusPrediction.h"

#include "emolens/Evaluation.h"
#include "emolens/FeatureStore.h"
#include "emolens/ModelFile.h"

namespace emolens::ui {

void CorpusPredictionJob::run(QPromise<void> &promise, const QString &modelPath, InferencePrecision precision,
                              const std::vector<Utterance> &utterances, const std::shared_ptr<CancelToken> &cancel)
{
    promise.setProgressRange(0, static_cast<int>(utterances.size()));
    int predicted = 0, failed = 0;
    bool cancelled = false;
    QString fatal;
    try {
        LoadedModel loaded = loadModel(modelPath.toStdString());
        loaded.model.setInferencePrecision(precision);
        FeatureStore store(loaded.metadata.features);
        const auto &classes = loaded.metadata.classes();
        for (const auto &u : utterances) {
            if (cancel->load()) {
                cancelled = true;
                break;
            }
            const QString id = QString::fromStdString(u.id);
            try {
                const auto f = store.get(u, store.config().hopSamples(SegmentUse::Evaluation));
                const UtterancePrediction p = predictUtterance(loaded.model, *f, loaded.metadata.features.sampleRateHz);
                ++predicted;
                Q_EMIT rowPredicted(id, QString::fromStdString(classes[static_cast<std::size_t>(p.predicted)]),
                                    p.probabilities[static_cast<std::size_t>(p.predicted)]);
            } catch (const std::exception &e) {
                ++failed; // only this row: the others still get predictions
                Q_EMIT rowFailed(id, QString::fromStdString(e.what()));
            }
            promise.setProgressValue(predicted + failed);
        }
    } catch (const std::exception &e) {
        fatal = QString::fromStdString(e.what());
    }
    Q_EMIT finished(predicted, failed, cancelled, fatal);
}

} // namespace emolens::ui
