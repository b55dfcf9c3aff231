// ExperimentsView's columns as a whole: the column chooser dialog, and applying the set and order it returns.
#include "columnchooserdialog.h"
#include "experimentsview.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablecsv.h"
#include "models/runtablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace nereid {

void ExperimentsView::chooseColumns()
{
    // The dialog lists the columns as the header shows them, so what the user dragged is what they reorder.
    const QHeaderView *header = m_table->horizontalHeader();
    QList<RunColumn> shown;
    for (int visual = 0; visual < header->count(); ++visual)
        shown.append(m_runs->columns().at(header->logicalIndex(visual)));
    auto *dialog = new ColumnChooserDialog(m_runs, shown, this);
    dialog->setObjectName(QStringLiteral("columnChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyColumns(dialog->columns()); });
    dialog->open();
}

void ExperimentsView::applyColumns(const QList<RunColumn> &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    QHash<QString, int> widths;
    for (int logical = 0; logical < header->count(); ++logical)
        widths.insert(m_runs->columns().at(logical).key(), header->sectionSize(logical));
    const int sortSection = header->sortIndicatorSection();
    const bool sorted = sortSection >= 0 && sortSection < header->count();
    const QString sortKey = sorted ? m_runs->columns().at(sortSection).key() : QString();
    const QString sortPath = sorted ? m_runs->columns().at(sortSection).path : QString();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    const QString current = currentRunId();
    const QStringList selected = selectedRunIds();

    m_runs->setColumns(columns); // all columns out, the new ones in: one change, not one per column

    // The chosen order is the logical one, and it must be what the user sees. Qt 6.4's header forgets the dragged
    // order when every section goes, as setColumns() does; this keeps it so should columns ever change in place.
    for (int visual = 0; visual < header->count(); ++visual) {
        if (header->logicalIndex(visual) != visual)
            header->moveSection(header->visualIndex(visual), visual);
    }
    // Fitting a column measures its rows in sight through the delegate: for 500 new columns that took longer than
    // painting them (issue 17, item 8). The columns in sight are fitted now, the others when scrolled to.
    m_unfitted.clear();
    const int sight = m_table->viewport()->width();
    int right = -m_table->horizontalScrollBar()->value();
    for (int logical = 0; logical < header->count(); ++logical) {
        const int width = widths.value(columns.at(logical).key(), -1);
        if (width > 0)
            header->resizeSection(logical, width);
        else if (right < sight)
            fitColumn(logical);
        else {
            header->resizeSection(logical, header->sectionSizeHint(logical));
            m_unfitted.insert(columns.at(logical).key());
        }
        right += header->sectionSize(logical);
    }
    // The sort stays on its column; a column whose summary the user switched (last to min) is the same column.
    int sortColumn = -1;
    for (int logical = 0; logical < columns.size() && !sortKey.isEmpty(); ++logical) {
        if (columns.at(logical).key() == sortKey) {
            sortColumn = logical;
            break;
        }
        if (sortColumn < 0 && columns.at(logical).path == sortPath && !columns.contains(RunColumn::fromKey(sortKey)))
            sortColumn = logical;
    }
    header->setSortIndicator(sortColumn, sortOrder); // the table sorts again by the same column, if it stayed
    selectRuns(current, selected);
    emit layoutEdited();
}

void ExperimentsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumnsInSight(); // the table's viewport has its new size: the view's layout ran before this
}

void ExperimentsView::fitColumnsInSight()
{
    if (m_unfitted.isEmpty())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    const int first = header->visualIndexAt(0);
    int last = header->visualIndexAt(m_table->viewport()->width() - 1);
    last = last < 0 ? header->count() - 1 : last;
    for (int visual = qMax(first, 0); visual <= last; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < m_runs->columns().size() &&
            m_unfitted.remove(m_runs->columns().at(logical).key()))
            fitColumn(logical);
    }
}

QByteArray ExperimentsView::tableCsv() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return RunTableCsv::write(*m_proxy, columns);
}

void ExperimentsView::selectRuns(const QString &current, const QStringList &selected)
{
    // Columns going out took the selection and the current run with them: the same runs again.
    const auto proxyIndex = [this](const QString &runId) {
        const int row = m_runs->rowOf(runId);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_runs->index(row, 0));
    };
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex currentIndex = proxyIndex(current);
    if (currentIndex.isValid())
        selection->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    QItemSelection rows;
    for (const QString &runId : selected) {
        const QModelIndex index = proxyIndex(runId);
        if (index.isValid())
            rows.select(index, index);
    }
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace nereid
