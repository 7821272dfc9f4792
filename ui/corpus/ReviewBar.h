#pragma once
// The corpus browser's search field and review order. Reports the user's
// choices; the page decides (an order by prediction needs predictions first).
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace emolens::ui {

class ReviewBar : public QWidget {
    Q_OBJECT
public:
    explicit ReviewBar(QWidget *parent = nullptr);

    void showFilter(const QString &text);
    /// "corpus", "disagreement" (model vs label first), "confidence" (least confident first)
    /// or "annotators" (least rater agreement first).
    void showOrder(const QString &order);

Q_SIGNALS:
    void filterEdited(const QString &text);
    void orderChosen(const QString &order);

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_order = nullptr;
};

} // namespace emolens::ui
