// The training panel's schedule and model settings (ScheduleForm.h).
#include "training/ScheduleForm.h"

#include "emolens/FeatureConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace emolens::ui {

namespace {

int toInt(double v, int fallback)
{
    if (!std::isfinite(v))
        return fallback;
    return static_cast<int>(
        std::clamp(v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
}

/// A spin box whose limits are the field's (ConfigField), capped at \p cap where the form
/// needs a tighter one, with the field's meaning as its tooltip.
QSpinBox *spinFor(QWidget *owner, const ConfigField &f, int value, int cap = std::numeric_limits<int>::max())
{
    auto *s = new QSpinBox(owner);
    const int lo = toInt(f.min, 0) + (f.minOpen ? 1 : 0);
    const int hi = std::min(cap, toInt(f.max, cap) - (f.maxOpen ? 1 : 0));
    s->setRange(lo, hi);
    s->setValue(value);
    s->setObjectName(QString::fromStdString(f.key));
    s->setToolTip(QString::fromStdString(f.description));
    return s;
}

/// A combo box of the field's choices (the data), shown as \p labels gives them.
QComboBox *choicesFor(QWidget *owner, const ConfigField &f, const std::function<QString(const QString &)> &labels)
{
    auto *box = new QComboBox(owner);
    for (const auto &choice : f.choices) {
        const QString value = QString::fromStdString(choice);
        box->addItem(labels(value), value);
    }
    box->setCurrentIndex(box->findData(QString::fromStdString(f.defaultValue).remove(QLatin1Char('"'))));
    box->setToolTip(QString::fromStdString(f.description));
    return box;
}

} // namespace

ScheduleForm::ScheduleForm(QWidget *owner, QFormLayout *form) : QObject(owner)
{
    addScheduleRows(owner, form);
    addModelRows(owner, form);
}

void ScheduleForm::addScheduleRows(QWidget *owner, QFormLayout *form)
{
    const TrainingConfig paper;
    const auto &fields = TrainingConfig::fields();
    // The length in epochs (drops at epochs 21, 31, 41, the paper's) or in SGD steps (drops at
    // the paper's fractions of it, for corpora smaller or larger than IEMOCAP).
    auto *lengthRow = new QHBoxLayout;
    m_length = spinFor(owner, findField(fields, "epochs"), paper.epochs);
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
    m_validationSpeakers = spinFor(owner, findField(fields, "validationSpeakers"), paper.validationSpeakers, 100);
    m_validationSpeakers->setToolTip(tr("Training speakers held out to choose the epoch (the ones after the held-out "
                                        "speaker, never it). The model keeps the epoch with the best validation UA."));
    form->addRow(tr("Validation speakers:"), m_validationSpeakers);
    m_classWeights = choicesFor(owner, findField(fields, "classWeighting"), [](const QString &v) {
        return v == QLatin1String("none") ? tr("None (the paper)") : tr("Balanced");
    });
    m_classWeights->setObjectName(QStringLiteral("classWeights"));
    form->addRow(tr("Class weights:"), m_classWeights);
    m_dropPartial = new QCheckBox(tr("Drop a partial last batch"), owner);
    m_dropPartial->setObjectName(QStringLiteral("dropPartialBatch"));
    m_dropPartial->setToolTip(QString::fromStdString(findField(fields, "dropPartialBatch").description));
    form->addRow(QString(), m_dropPartial);
    m_batch = spinFor(owner, findField(fields, "batchSize"), paper.batchSize, 4096);
    form->addRow(tr("Batch size:"), m_batch);
    m_lr = new QDoubleSpinBox(owner);
    m_lr->setDecimals(4);
    m_lr->setRange(0.0001, 1.0); // the field admits any rate above 0; the form offers the sensible ones
    m_lr->setSingleStep(0.005);
    m_lr->setValue(paper.learningRate);
    m_lr->setToolTip(QString::fromStdString(findField(fields, "learningRate").description));
    form->addRow(tr("Learning rate:"), m_lr);
    m_seed = spinFor(owner, findField(fields, "seed"), static_cast<int>(paper.seed), 1000000);
    form->addRow(tr("Seed:"), m_seed);
}

void ScheduleForm::addModelRows(QWidget *owner, QFormLayout *form)
{
    const ModelConfig model;
    const auto &fields = ModelConfig::fields();
    const FeatureConfig features; // the matrices the GUI trains on: kernels may span them, no more
    m_conv1a = spinFor(owner, findField(fields, "conv1aHeight"), model.conv1aHeight, features.freqBins);
    form->addRow(tr("conv1a height (x2):"), m_conv1a);
    m_conv1b = spinFor(owner, findField(fields, "conv1bWidth"), model.conv1bWidth, features.frameColumns);
    form->addRow(tr("conv1b width (2x):"), m_conv1b);
    m_pooling = choicesFor(owner, findField(fields, "pooling"), [](const QString &v) {
        return v == QLatin1String("attention") ? tr("Attention")
               : v == QLatin1String("average") ? tr("Average")
                                               : tr("Max");
    });
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
