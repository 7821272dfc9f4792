#pragma once
// The utterances of one confusion cell of a trained fold, each opening in the
// analysis page with that fold's model.
#include "training/TrainingJob.h"

#include <QListWidget>

namespace emolens::ui {

class MisclassifiedList : public QListWidget {
    Q_OBJECT
public:
    explicit MisclassifiedList(QWidget *parent = nullptr);
    /// Lists \p result's utterances of truth \p truth predicted as \p predicted; the
    /// fold's model is in \p resultsDir.
    void showCell(const TrainingJobResult &result, const QString &resultsDir, int truth, int predicted);

Q_SIGNALS:
    void openUtterance(const QString &path, const QString &modelPath);
};

} // namespace emolens::ui
