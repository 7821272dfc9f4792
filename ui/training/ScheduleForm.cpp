// The training panel's schedule and model settings (ScheduleForm.h).
#include "training/ScheduleForm.h"

#include "emolens/FeatureConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

namespace emolens::ui {

ScheduleForm::ScheduleForm(QWidget *owner, QFormLayout *form) : QObject(owner)
{
    auto spin = [owner](int lo, int hi, int value) {
        auto *s = new QSpinBox(owner);
        s->setRange(lo, hi);
        s->setValue(value);
        return s;
    };
    const TrainingConfig paper;
    const ModelConfig model;
    // The length in epochs (drops at epochs 21, 31, 41, the paper's) or in SGD steps (drops at
    // the paper's fractions of it, for corpora smaller or larger than IEMOCAP).
    auto *lengthRow = new QHBoxLayout;
    m_length = spin(1, 1000000, paper.epochs);
    m_length->setObjectName(QStringLiteral("length"));
    m_lengthUnit = new QComboBox(owner);
    m_lengthUnit->setObjectName(QStringLiteral("lengthUnit"));
    m_lengthUnit->addItem(tr("epochs"), QStringLiteral("epochs"));
    m_lengthUnit->addItem(tr("SGD steps"), QStringLiteral("steps"));
    m_lengthUnit->setToolTip(tr("Epochs: the rate drops at epochs 21, 31 and 41 (the paper). SGD steps: as many epochs "
                                "as the fold's training set needs for that many batches, the rate dropping at 40, 60 "
                                "and 80 % of them."));
    lengthRow->addWidget(m_length, 1);
    lengthRow->addWidget(m_lengthUnit);
    form->addRow(tr("Length:"), lengthRow);
    m_validationSpeakers = spin(0, 100, paper.validationSpeakers);
    m_validationSpeakers->setObjectName(QStringLiteral("validationSpeakers"));
    m_validationSpeakers->setToolTip(tr("Training speakers held out to choose the epoch (the ones after the held-out "
                                        "speaker, never it). The model keeps the epoch with the best validation UA."));
    form->addRow(tr("Validation speakers:"), m_validationSpeakers);
    m_classWeights = new QComboBox(owner);
    m_classWeights->setObjectName(QStringLiteral("classWeights"));
    m_classWeights->addItem(tr("None (the paper)"), QStringLiteral("none"));
    m_classWeights->addItem(tr("Balanced"), QStringLiteral("balanced"));
    form->addRow(tr("Class weights:"), m_classWeights);
    m_dropPartial = new QCheckBox(tr("Drop a partial last batch"), owner);
    m_dropPartial->setObjectName(QStringLiteral("dropPartialBatch"));
    form->addRow(QString(), m_dropPartial);
    m_batch = spin(1, 4096, paper.batchSize);
    form->addRow(tr("Batch size:"), m_batch);
    m_lr = new QDoubleSpinBox(owner);
    m_lr->setDecimals(4);
    m_lr->setRange(0.0001, 1.0);
    m_lr->setSingleStep(0.005);
    m_lr->setValue(paper.learningRate);
    form->addRow(tr("Learning rate:"), m_lr);
    m_seed = spin(0, 1000000, static_cast<int>(paper.seed));
    form->addRow(tr("Seed:"), m_seed);
    const FeatureConfig features; // the matrices the GUI trains on: kernels may span them, no more
    m_conv1a = spin(2, features.freqBins, model.conv1aHeight);
    form->addRow(tr("conv1a height (x2):"), m_conv1a);
    m_conv1b = spin(2, features.frameColumns, model.conv1bWidth);
    form->addRow(tr("conv1b width (2x):"), m_conv1b);
    m_pooling = new QComboBox(owner);
    m_pooling->addItem(tr("Attention"), QStringLiteral("attention"));
    m_pooling->addItem(tr("Average"), QStringLiteral("average"));
    m_pooling->addItem(tr("Max"), QStringLiteral("max"));
    form->addRow(tr("Pooling:"), m_pooling);
}

void ScheduleForm::apply(ExperimentSetup &s) const
{
    if (m_lengthUnit->currentData().toString() == QLatin1String("steps")) {
        s.training.steps = m_length->value();
        s.training.learningRateDropFractions = TrainingConfig::paperDropFractions();
    } else {
        s.training.epochs = m_length->value();
    }
    s.training.validationSpeakers = m_validationSpeakers->value();
    s.training.classWeighting = m_classWeights->currentData().toString().toStdString();
    s.training.dropPartialBatch = m_dropPartial->isChecked();
    s.training.batchSize = m_batch->value();
    s.training.learningRate = m_lr->value();
    s.training.seed = static_cast<std::uint64_t>(m_seed->value());
    s.model.conv1aHeight = m_conv1a->value();
    s.model.conv1bWidth = m_conv1b->value();
    s.model.pooling = m_pooling->currentData().toString().toStdString();
}

void ScheduleForm::setLength(int value)
{
    m_length->setValue(value);
}

void ScheduleForm::setBatchSize(int batch)
{
    m_batch->setValue(batch);
}

} // namespace emolens::ui
