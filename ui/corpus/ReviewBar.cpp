#include "corpus/ReviewBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace emolens::ui {

ReviewBar::ReviewBar(QWidget *parent) : QWidget(parent)
{
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("corpusSearch"));
    m_search->setPlaceholderText(tr("Search id, speaker, label, note..."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewBar::filterEdited);
    bar->addWidget(m_search, 2);
    bar->addWidget(new QLabel(tr("Review order:"), this));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("reviewOrder"));
    m_order->addItem(tr("Corpus order"), QStringLiteral("corpus"));
    m_order->addItem(tr("Model disagrees with label first"), QStringLiteral("disagreement"));
    m_order->addItem(tr("Least confident first"), QStringLiteral("confidence"));
    m_order->addItem(tr("Raters disagree most first"), QStringLiteral("annotators"));
    m_order->setToolTip(tr("The review orders by prediction need the model's predictions (Edit > Predict Corpus); "
                           "choosing one offers to run it. The list re-sorts only when you choose an order, never "
                           "under the row you are labelling."));
    connect(m_order, &QComboBox::activated, this,
            [this](int i) { Q_EMIT orderChosen(m_order->itemData(i).toString()); });
    bar->addWidget(m_order, 1);
}

void ReviewBar::showFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void ReviewBar::showOrder(const QString &order)
{
    m_order->setCurrentIndex(std::max(0, m_order->findData(order)));
}

} // namespace emolens::ui
