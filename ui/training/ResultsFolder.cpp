#include "training/ResultsFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace emolens::ui {

namespace {
QString runsFolder(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("runs/") + name);
}
} // namespace

ResultsFolder::ResultsFolder(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(runsFolder(QStringLiteral("latest")), this);
    m_edit->setObjectName(QStringLiteral("outputDir"));
    auto *browse = new QPushButton(tr("..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (const QString d = askExisting(); !d.isEmpty())
            choose(d);
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_chosen = true; });
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
}

QString ResultsFolder::path() const
{
    return m_edit->text();
}

void ResultsFolder::choose(const QString &dir)
{
    m_edit->setText(dir);
    m_chosen = true;
}

void ResultsFolder::show(const QString &dir)
{
    m_edit->setText(dir);
}

void ResultsFolder::startNewUnlessChosen()
{
    if (!m_chosen)
        m_edit->setText(runsFolder(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QString ResultsFolder::askExisting()
{
    return QFileDialog::getExistingDirectory(this, tr("Results Folder"), m_edit->text());
}

} // namespace emolens::ui
