#include "analysis/AnalysisHeader.h"

#include "emolens/FeatureConfig.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace emolens::ui {

AnalysisHeader::AnalysisHeader(QWidget *controls, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file open. Use File > Open Audio, drop a file here, or File > Open Demo."), this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_fileLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &AnalysisHeader::cancelRequested);
    top->addWidget(m_cancelButton);
    layout->addLayout(top);

    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    m_modelLabel->setWordWrap(true);
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_modelLabel);
    layout->addWidget(controls);
    m_prediction = new QLabel(this);
    m_prediction->setObjectName(QStringLiteral("predictionLabel"));
    layout->addWidget(m_prediction);
    m_focusLabel = new QLabel(this);
    m_focusLabel->setObjectName(QStringLiteral("focusLabel"));
    m_focusLabel->setWordWrap(true);
    m_focusLabel->setVisible(false);
    layout->addWidget(m_focusLabel);
}

void AnalysisHeader::showModel(const ModelHandle &model)
{
    if (!model.model) {
        m_modelLabel->setText(tr("No model loaded: open one with File > Open Model."));
        return;
    }
    const ModelMetadata &m = model.model->metadata;
    QStringList classes;
    for (const auto &c : m.classes())
        classes << QString::fromStdString(c);
    QString text = tr("<b>Model:</b> %1 &mdash; %2 pooling, classes: %3")
                       .arg(model.name.toHtmlEscaped(), QString::fromStdString(m.model.pooling),
                            classes.join(QStringLiteral(", ")));
    if (!m.corpusSpec.empty())
        text += tr("; trained on %1").arg(QString::fromStdString(m.corpusSpec).toHtmlEscaped());
    if (!m.heldOutSpeaker.empty())
        text += tr(", speaker %1 held out").arg(QString::fromStdString(m.heldOutSpeaker).toHtmlEscaped());
    const auto metrics = QJsonDocument::fromJson(QByteArray::fromStdString(m.metricsJson)).object();
    if (metrics.contains(QStringLiteral("wa")))
        text += tr(" (held-out WA %1 %, UA %2 %)")
                    .arg(100 * metrics.value(QStringLiteral("wa")).toDouble(), 0, 'f', 1)
                    .arg(100 * metrics.value(QStringLiteral("ua")).toDouble(), 0, 'f', 1);
    // Where and in what arithmetic it computes (Settings > Compute Device, Inference Precision).
    const AttentionPoolingCnn &net = model.model->model;
    text += tr("; computing on %1 in %2")
                .arg(QString::fromStdString(net.device().name()),
                     net.inferencePrecision() == InferencePrecision::BFloat16 ? tr("bfloat16") : tr("float32"));
    m_modelLabel->setText(text);
}

void AnalysisHeader::showStarted(const QString &path)
{
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_fileLabel->setText(tr("Analysing %1...").arg(QFileInfo(path).fileName()));
}

void AnalysisHeader::showProgress(double fraction)
{
    m_progress->setValue(static_cast<int>(std::lround(1000 * fraction)));
}

void AnalysisHeader::showFinished(const AnalysisOutcome &o, const FeatureConfig &fc)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    const QString name = QFileInfo(o.path).fileName();
    if (!o.error.isEmpty()) {
        m_fileLabel->setText(o.cancelled ? tr("Analysis of %1 cancelled.").arg(name)
                                         : tr("Could not analyse %1.").arg(name));
        return;
    }
    const AttentionAnalysis &a = *o.analysis;
    const double seconds = static_cast<double>(a.signalSamples) / a.sampleRateHz;
    m_fileLabel->setText(tr("<b>%1</b> &mdash; %2 s, %n segment(s) of %3 s every %4 s", nullptr,
                            static_cast<int>(a.prediction.segments.size()))
                             .arg(name.toHtmlEscaped())
                             .arg(seconds, 0, 'f', 2)
                             .arg(static_cast<double>(fc.segmentSamples) / fc.sampleRateHz, 0, 'g', 3)
                             .arg(static_cast<double>(fc.evalHopSamples) / fc.sampleRateHz, 0, 'g', 3));
}

void AnalysisHeader::showPrediction(const AttentionAnalysis *a)
{
    if (!a) {
        m_prediction->setText(tr("Predicting..."));
        return;
    }
    const auto p = static_cast<std::size_t>(a->prediction.predicted);
    m_prediction->setText(tr("<b>Prediction: %1</b> (%2 %)")
                              .arg(QString::fromStdString(a->classes[p]).toHtmlEscaped())
                              .arg(100.0 * a->prediction.probabilities[p], 0, 'f', 1));
}

void AnalysisHeader::clearPrediction()
{
    m_prediction->clear();
}

void AnalysisHeader::showFocus(const AttentionAnalysis *analysis, int focus)
{
    if (!analysis || focus < 0) {
        m_focusLabel->setVisible(false);
        return;
    }
    const AttentionAnalysis &a = *analysis;
    const auto &s = a.prediction.segments.at(static_cast<std::size_t>(focus));
    const auto best = static_cast<std::size_t>(std::max_element(s.probabilities.begin(), s.probabilities.end()) -
                                               s.probabilities.begin());
    QString text = tr("<b>Segment %1 of %2</b>, %3-%4 s: the network's exact input and its own maps. "
                      "This segment: <b>%5</b> (%6 %).")
                       .arg(focus + 1)
                       .arg(a.prediction.segments.size())
                       .arg(s.startSeconds, 0, 'f', 2)
                       .arg(s.endSeconds, 0, 'f', 2)
                       .arg(QString::fromStdString(a.classes.at(best)).toHtmlEscaped())
                       .arg(100.0 * s.probabilities.at(best), 0, 'f', 1);
    if (s.paddedSeconds > 0)
        text += tr(" The last %1 s are zero padding.").arg(s.paddedSeconds, 0, 'f', 2);
    text += tr(" Left/Right: previous/next segment; <b>Esc</b> or <i>Whole utterance</i>: back to the whole file.");
    m_focusLabel->setText(text);
    m_focusLabel->setVisible(true);
}

} // namespace emolens::ui
