#include "training/FoldTable.h"

#include <QHeaderView>

namespace emolens::ui {

FoldTable::FoldTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("foldTable"));
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("Fold"), tr("WA %"), tr("UA %"), tr("Utterances")});
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false); // the fold column names the rows
}

void FoldTable::showSummary(const CrossValSummary &s)
{
    const int folds = static_cast<int>(s.folds.size());
    setRowCount(folds + 1);
    for (int i = 0; i < folds; ++i) {
        const auto f = static_cast<std::size_t>(i);
        setItem(i, 0, new QTableWidgetItem(QString::fromStdString(s.folds[f])));
        setItem(i, 1, new QTableWidgetItem(QString::number(100 * s.wa[f], 'f', 1)));
        setItem(i, 2, new QTableWidgetItem(QString::number(100 * s.ua[f], 'f', 1)));
        setItem(i, 3, new QTableWidgetItem(QString::number(s.utterances[f])));
    }
    setItem(folds, 0, new QTableWidgetItem(tr("mean +- sd")));
    auto meanSd = [folds](const MeanSd &m) {
        return QStringLiteral("%1 ± %2")
            .arg(100 * m.mean, 0, 'f', 1)
            .arg(folds < 2 ? QStringLiteral("–") : QString::number(100 * m.sd, 'f', 1));
    };
    setItem(folds, 1, new QTableWidgetItem(meanSd(s.waMean)));
    setItem(folds, 2, new QTableWidgetItem(meanSd(s.uaMean)));
    resizeColumnsToContents();
}

} // namespace emolens::ui
