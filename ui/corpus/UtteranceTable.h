#pragma once
// The corpus browser's table: one row per utterance the protocol keeps, sorted
// only when the user asks (an order, a header click: never under the row being
// labelled), filtered by free text, columns sized to what they hold.
#include <QTableView>

class QSortFilterProxyModel;

namespace emolens::ui {

class UtteranceTableModel;

class UtteranceTable : public QTableView {
    Q_OBJECT
public:
    UtteranceTable(UtteranceTableModel *model, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The model row of the current row (-1: none).
    int currentSourceRow() const;
    /// Content widths, capped so long free text cannot push the prediction and note off
    /// screen; a labeller's columns first; columns empty for this corpus hidden.
    void fitColumns();

private:
    UtteranceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace emolens::ui
