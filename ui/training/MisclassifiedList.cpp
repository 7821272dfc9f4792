#include "training/MisclassifiedList.h"

#include <QDir>

namespace emolens::ui {

MisclassifiedList::MisclassifiedList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("misclassifiedList"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openUtterance(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
}

void MisclassifiedList::showCell(const TrainingJobResult &r, const QString &resultsDir, int truth, int predicted)
{
    clear();
    if (!r.fold)
        return;
    const auto &classes = r.fold->metadata.classes();
    if (truth < 0 || predicted < 0 || truth >= static_cast<int>(classes.size()) ||
        predicted >= static_cast<int>(classes.size()))
        return; // a click beside the matrix
    const QString model =
        QDir(resultsDir).filePath(QStringLiteral("fold-%1.emolens").arg(QString::fromStdString(r.fold->fold.heldOut)));
    for (const auto &u : r.fold->evaluation.utterances) {
        if (u.truth != truth || u.predicted != predicted)
            continue;
        QString path;
        for (const auto &cand : r.utterances)
            if (cand.id == u.id)
                path = QString::fromStdString(cand.audioPath);
        auto *item =
            new QListWidgetItem(tr("%1: %2 taken for %3 (%4 %)")
                                    .arg(QString::fromStdString(u.id))
                                    .arg(QString::fromStdString(classes.at(static_cast<std::size_t>(truth))))
                                    .arg(QString::fromStdString(classes.at(static_cast<std::size_t>(predicted))))
                                    .arg(100.0 * u.probabilities.at(static_cast<std::size_t>(predicted)), 0, 'f', 0),
                                this);
        item->setData(Qt::UserRole, path);
        item->setData(Qt::UserRole + 1, model);
        item->setToolTip(item->text());
    }
}

} // namespace emolens::ui
