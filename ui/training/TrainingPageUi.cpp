// The training panel's widgets: settings form, buttons, status, curves and results
// (TrainingPage.h; what they do is in TrainingPage.cpp).
#include "common/DeviceChoice.h"
#include "training/ResultsFolder.h"
#include "training/ResultsPanel.h"
#include "training/RunStatus.h"
#include "training/ScheduleForm.h"
#include "training/TrainingCurves.h"
#include "training/TrainingPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace emolens::ui {

void TrainingPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 0);
    left->addLayout(buildSettings());
    auto *note = new QLabel(tr("Defaults are the paper's schedule: SGD, Nesterov 0.9, weight decay 1e-4, the rate "
                               "divided by 10 at epochs 21, 31 and 41. Nothing is chosen on the held-out speaker."),
                            this);
    note->setWordWrap(true);
    note->setMaximumWidth(360);
    left->addWidget(note);
    left->addLayout(buildButtons());
    m_status = new RunStatus(this);
    left->addWidget(m_status);
    left->addStretch(1);
    layout->addWidget(buildResults(), 1);
}

QLayout *TrainingPage::buildSettings()
{
    auto *form = new QFormLayout;
    m_corpusLabel = new QLabel(tr("Open a corpus in the Corpus page first."), this);
    m_corpusLabel->setWordWrap(true);
    m_corpusLabel->setMaximumWidth(320);
    form->addRow(tr("Corpus:"), m_corpusLabel);
    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(QStringLiteral("heldOutSpeaker"));
    form->addRow(tr("Held-out speaker:"), m_speaker);
    m_schedule = new ScheduleForm(this, form);
    m_device = makeDeviceCombo(this);
    form->addRow(tr("Device:"), m_device);
    m_dir = new ResultsFolder(this);
    form->addRow(tr("Results folder:"), m_dir);
    return form;
}

QLayout *TrainingPage::buildButtons()
{
    auto *rows = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_trainButton = new QPushButton(tr("Train fold"), this);
    m_trainButton->setObjectName(QStringLiteral("trainFoldButton"));
    connect(m_trainButton, &QPushButton::clicked, this, [this] { trainFold(m_speaker->currentText()); });
    m_allButton = new QPushButton(tr("Run all folds"), this);
    connect(m_allButton, &QPushButton::clicked, this, &TrainingPage::runAllFolds);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrainingPage::cancel);
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_allButton);
    buttons->addWidget(m_cancelButton);
    rows->addLayout(buttons);
    auto *more = new QHBoxLayout;
    m_useButton = new QPushButton(tr("Use this model"), this);
    m_useButton->setEnabled(false);
    connect(m_useButton, &QPushButton::clicked, this, [this] { Q_EMIT useModel(m_last.modelPath); });
    auto *open = new QPushButton(tr("Open results..."), this);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString d = m_dir->askExisting();
        QString error;
        if (!d.isEmpty() && !openResults(d, &error))
            m_status->showStatus(error);
    });
    m_reportButton = new QPushButton(tr("Export report..."), this);
    m_reportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_reportButton->setToolTip(tr("One HTML file to share: the protocol, WA/UA per fold, the confusion matrix, "
                                  "recall per class and the training curves. It opens offline in any browser."));
    m_reportButton->setEnabled(false);
    connect(m_reportButton, &QPushButton::clicked, this, &TrainingPage::chooseAndExportReport);
    more->addWidget(m_useButton);
    more->addWidget(open);
    more->addWidget(m_reportButton);
    rows->addLayout(more);
    return rows;
}

QWidget *TrainingPage::buildResults()
{
    auto *right = new QSplitter(Qt::Vertical, this);
    m_curves = new TrainingCurves(right);
    right->addWidget(m_curves);
    m_results = new ResultsPanel(right);
    connect(m_results, &ResultsPanel::openUtterance, this, &TrainingPage::openUtterance);
    connect(m_results, &ResultsPanel::sweepRequested, this, [this](const QString &param, const QStringList &values) {
        runSweep(m_speaker->currentText(), param, values);
    });
    right->addWidget(m_results);
    right->setSizes({360, 440});
    return right;
}

} // namespace emolens::ui
