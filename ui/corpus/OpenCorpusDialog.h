#pragma once
// Choose a corpus and its protocol, with the same options as the CLI.
#include "emolens/Corpus.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace emolens::ui {

class OpenCorpusDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenCorpusDialog(QWidget *parent = nullptr);
    QString spec() const;
    Protocol protocol() const;

private:
    void browse();
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_labelOptions = nullptr;
    QLineEdit *m_classes = nullptr;
    QComboBox *m_subset = nullptr;
    QCheckBox *m_merge = nullptr;
    QDoubleSpinBox *m_minDuration = nullptr;
};

} // namespace emolens::ui
