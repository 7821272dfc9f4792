#include "corpus/OpenCorpusDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace emolens::ui {

OpenCorpusDialog::OpenCorpusDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Corpus"));
    QSettings settings;
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("IEMOCAP release (folder with Session1..5)"), QStringLiteral("iemocap"));
    m_kind->addItem(tr("EmoDB (folder of SSTTTEV.wav files)"), QStringLiteral("emodb"));
    m_kind->addItem(tr("CSV manifest (path,speaker,label)"), QStringLiteral("csv"));
    m_kind->addItem(tr("Audio with Praat, ELAN or Audacity labels (folder)"), QStringLiteral("labels"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(settings.value(QStringLiteral("corpus/kind")).toString())));
    form->addRow(tr("Kind:"), m_kind);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(settings.value(QStringLiteral("corpus/path")).toString(), this);
    auto *browseButton = new QPushButton(tr("Browse..."), this);
    connect(browseButton, &QPushButton::clicked, this, &OpenCorpusDialog::browse);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Location:"), pathRow);
    m_labelOptions = new QLineEdit(settings.value(QStringLiteral("corpus/labelOptions")).toString(), this);
    m_labelOptions->setPlaceholderText(QStringLiteral("tier=emotion&map=ang:angry,hap:happy&speaker=tier"));
    m_labelOptions->setToolTip(tr("For label files: the emotion tier (tier=NAME), a label mapping (map=FROM:TO,...) "
                                  "and where speakers come from (speaker=tier, speaker=pattern:REGEX or "
                                  "speaker=manifest:FILE; default: the audio's folder). See docs/INTERCHANGE.md."));
    form->addRow(tr("Label options:"), m_labelOptions);
    auto enableOptions = [this] { m_labelOptions->setEnabled(m_kind->currentData() == QStringLiteral("labels")); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, enableOptions);
    enableOptions();
    m_classes = new QLineEdit(
        settings.value(QStringLiteral("corpus/classes"), QStringLiteral("neutral,happy,angry,sad")).toString(), this);
    form->addRow(tr("Classes:"), m_classes);
    m_subset = new QComboBox(this);
    m_subset->addItem(tr("Improvised"), QStringLiteral("improvised"));
    m_subset->addItem(tr("Scripted"), QStringLiteral("scripted"));
    m_subset->addItem(tr("All"), QStringLiteral("all"));
    form->addRow(tr("IEMOCAP subset:"), m_subset);
    m_merge = new QCheckBox(tr("Count excited (exc) as happy"), this);
    form->addRow(QString(), m_merge);
    m_minDuration = new QDoubleSpinBox(this);
    m_minDuration->setRange(0, 60);
    m_minDuration->setSuffix(tr(" s"));
    form->addRow(tr("Minimum duration:"), m_minDuration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("corpus/kind"), m_kind->currentData());
        s.setValue(QStringLiteral("corpus/path"), m_path->text());
        s.setValue(QStringLiteral("corpus/classes"), m_classes->text());
        s.setValue(QStringLiteral("corpus/labelOptions"), m_labelOptions->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void OpenCorpusDialog::browse()
{
    const QString kind = m_kind->currentData().toString();
    const QString path = kind == QLatin1String("csv")
                             ? QFileDialog::getOpenFileName(this, tr("CSV Manifest"), m_path->text(),
                                                            tr("CSV files (*.csv);;All files (*)"))
                             : QFileDialog::getExistingDirectory(this, tr("Corpus Folder"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

QString OpenCorpusDialog::spec() const
{
    const QString kind = m_kind->currentData().toString();
    const QString options = m_labelOptions->text().trimmed();
    return kind + QLatin1Char(':') + m_path->text() +
           (kind == QLatin1String("labels") && !options.isEmpty() ? QLatin1Char('?') + options : QString());
}

Protocol OpenCorpusDialog::protocol() const
{
    Protocol p;
    p.classes.clear();
    for (const QString &c : m_classes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.classes.push_back(canonicalLabel(c.trimmed().toStdString()));
    p.subset = m_subset->currentData().toString().toStdString();
    p.mergeExcitedIntoHappy = m_merge->isChecked();
    p.minDurationSeconds = m_minDuration->value();
    return p;
}

} // namespace emolens::ui
