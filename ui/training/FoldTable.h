#pragma once
// The per-fold results: WA, UA and utterances for every held-out speaker, and
// the mean ± sd over folds (a standard deviation needs two folds at least).
#include "emolens/CrossValidation.h"

#include <QTableWidget>

namespace emolens::ui {

class FoldTable : public QTableWidget {
    Q_OBJECT
public:
    explicit FoldTable(QWidget *parent = nullptr);
    void showSummary(const CrossValSummary &summary);
};

} // namespace emolens::ui
