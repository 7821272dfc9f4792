#include "corpus/CorpusPredictor.h"
#include "common/DeviceChoice.h"

#include "corpus/CorpusPage.h"
#include "corpus/CorpusPrediction.h"

#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <set>

namespace emolens::ui {

void markSpeakersSeenBy(UtteranceTableModel &table, const QString &corpusSpec, const ModelMetadata &meta)
{
    // The same speakers only in the same corpus: EmoDB's and IEMOCAP's speaker names are the
    // corpus's own (wherever the copy lies); a CSV manifest's only within that manifest.
    namespace fs = std::filesystem;
    const std::string corpus = corpusSpec.toStdString();
    auto kind = [](const std::string &spec) { return spec.substr(0, spec.find(':')); };
    auto where = [](const std::string &spec) {
        std::error_code ec;
        const auto colon = spec.find(':');
        const fs::path p = fs::weakly_canonical(colon == std::string::npos ? spec : spec.substr(colon + 1), ec);
        return ec ? spec : p.string();
    };
    const bool sameCorpus = !meta.corpusSpec.empty() && kind(meta.corpusSpec) == kind(corpus) &&
                            (kind(corpus) != "csv" || where(meta.corpusSpec) == where(corpus));
    std::set<std::string> training, validation;
    if (sameCorpus) {
        training.insert(meta.trainingSpeakers.begin(), meta.trainingSpeakers.end());
        validation.insert(meta.validationSpeakers.begin(), meta.validationSpeakers.end());
    }
    table.setSeenSpeakers(std::move(training), std::move(validation));
}

CorpusPredictor::CorpusPredictor(CorpusPage *corpus, QWidget *window)
    : QObject(window), m_corpus(corpus), m_window(window)
{
    m_bar = new QProgressBar(window);
    m_bar->setObjectName(QStringLiteral("predictProgress"));
    m_bar->setMaximumWidth(200);
    m_bar->setVisible(false);
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setObjectName(QStringLiteral("predictCancel"));
    m_cancelButton->setText(tr("Cancel prediction"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QToolButton::clicked, this, &CorpusPredictor::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::started, this, [this] {
        m_bar->setVisible(true);
        m_cancelButton->setVisible(true);
    });
    connect(&m_watcher, &QFutureWatcher<void>::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_bar->setVisible(false);
        m_cancelButton->setVisible(false);
    });
}

CorpusPredictor::~CorpusPredictor()
{
    // Shutdown order: cancel, wait, then destroy (the worker posts to the corpus page).
    cancel();
    wait();
}

void CorpusPredictor::wait()
{
    m_watcher.waitForFinished();
}

bool CorpusPredictor::start(const QString &modelPath, const ModelMetadata &meta)
{
    UtteranceTableModel *table = m_corpus->tableModel();
    if (isRunning() || table->rowCount() == 0)
        return false;
    markSpeakersSeenBy(*table, m_corpus->corpusSpec(), meta);
    const std::vector<Utterance> utterances = table->utterances();
    m_cancel = std::make_shared<CancelToken>(false);
    if (!m_job) { // reports by signals: rows to the corpus page, the end upward
        m_job = new CorpusPredictionJob(this);
        connect(m_job, &CorpusPredictionJob::rowPredicted, m_corpus, &CorpusPage::setPrediction);
        connect(m_job, &CorpusPredictionJob::rowFailed, m_corpus, &CorpusPage::setPredictionError);
        connect(m_job, &CorpusPredictionJob::finished, this, &CorpusPredictor::done);
    }
    Q_EMIT statusMessage(tr("Predicting %n utterance(s)...", nullptr, static_cast<int>(utterances.size())));
    const InferencePrecision precision = analysisPrecision(ComputeDevice{}); // the job computes on the CPU
    m_watcher.setFuture(
        QtConcurrent::run([job = m_job, modelPath, precision, utterances, cancel = m_cancel](QPromise<void> &promise) {
            job->run(promise, modelPath, precision, utterances, cancel);
        }));
    return true;
}

void CorpusPredictor::offer(const QString &order, const QString &modelPath, const ModelMetadata *meta,
                            const QString &modelName)
{
    if (!meta) {
        Q_EMIT errorOccurred(tr("No model"),
                             tr("Open a model first (File > Open Model): the review orders sort by its predictions."));
        return;
    }
    auto *ask =
        new QMessageBox(QMessageBox::Question, tr("Predict the corpus?"),
                        tr("This review order sorts by the model's predictions, which this corpus does not have "
                           "yet. Predict all %1 utterances with %2 now? The table re-sorts once when it "
                           "finishes.")
                            .arg(m_corpus->tableModel()->rowCount())
                            .arg(modelName),
                        QMessageBox::Yes | QMessageBox::No, m_window);
    ask->setObjectName(QStringLiteral("predictBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const ModelMetadata metadata = *meta;
    connect(ask, &QMessageBox::accepted, this, [this, order, modelPath, metadata] {
        if (start(modelPath, metadata))
            m_orderAfter = order;
    });
    ask->open();
}

void CorpusPredictor::done(int predicted, int failed, bool cancelled, const QString &fatal)
{
    if (!fatal.isEmpty()) {
        Q_EMIT statusMessage(tr("Prediction failed."));
        Q_EMIT errorOccurred(tr("Prediction failed"), fatal);
    } else if (cancelled) {
        Q_EMIT statusMessage(tr("Prediction cancelled after %n utterance(s).", nullptr, predicted + failed));
    } else if (failed > 0) {
        Q_EMIT statusMessage(
            tr("Predicted %1 utterances; %2 could not be read (their rows say why).").arg(predicted).arg(failed));
    } else {
        Q_EMIT statusMessage(tr("Predicted %n utterance(s).", nullptr, predicted));
    }
    if (!m_orderAfter.isEmpty() && !cancelled && fatal.isEmpty())
        m_corpus->setReviewOrder(m_orderAfter);
    m_orderAfter.clear();
    Q_EMIT finished(predicted, failed, cancelled, fatal);
}

void CorpusPredictor::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace emolens::ui
