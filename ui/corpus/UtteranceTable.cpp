#include "corpus/UtteranceTable.h"

#include "corpus/UtteranceTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <map>

namespace emolens::ui {

UtteranceTable::UtteranceTable(UtteranceTableModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("utteranceTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    // Rows move only when the user asks (an order, a header click): a relabel or an
    // arriving prediction never moves the row under the cursor.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // corpus order until a header is clicked
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->setDefaultSectionSize(22);
}

int UtteranceTable::currentSourceRow() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i).row() : -1;
}

void UtteranceTable::fitColumns()
{
    resizeColumnsToContents();
    using C = UtteranceTableModel;
    // What a labeller works with comes first; context (duration, dialog, session) last.
    const int order[] = {C::Id,        C::Speaker, C::Original, C::Corrected, C::Prediction, C::Confidence,
                         C::Agreement, C::Note,    C::Votes,    C::Duration,  C::Dialog,     C::Session};
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < C::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    const std::map<int, int> cap = {{C::Id, 230},       {C::Session, 70},    {C::Dialog, 150},    {C::Votes, 170},
                                    {C::Original, 110}, {C::Corrected, 150}, {C::Prediction, 190}};
    for (int c = 0; c < C::ColumnCount; ++c) {
        // Columns with nothing to show (no sessions, no raters in EmoDB or CSV) are hidden.
        bool empty = m_model->rowCount() > 0;
        for (int r = 0; r < m_model->rowCount() && empty; ++r)
            empty = m_model->index(r, c).data().toString().isEmpty();
        const bool optional = c == C::Session || c == C::Dialog || c == C::Votes || c == C::Agreement;
        setColumnHidden(c, optional && empty);
        const auto it = cap.find(c);
        if (it != cap.end() && columnWidth(c) > it->second)
            setColumnWidth(c, it->second);
        const int title =
            header->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        if (columnWidth(c) < title && c != C::Note)
            setColumnWidth(c, std::min(title, 130));
    }
    setColumnWidth(C::Note, std::max(columnWidth(C::Note), 220));
}

} // namespace emolens::ui
