#include "runfilterproxymodel.h"

#include "runtablemodel.h"

namespace nereid {

RunFilterProxyModel::RunFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows whose data change are filtered again; with no sort column the proxy never reorders them.
    setDynamicSortFilter(true);
}

void RunFilterProxyModel::setRunModel(RunTableModel *model)
{
    m_runs = model;
    setSourceModel(model);
}

bool RunFilterProxyModel::setFilterText(const QString &text)
{
    m_text = text;
    RunFilter filter = RunFilter::parse(text);
    m_error = filter.error();
    if (filter.isValid()) {
        m_filter = std::move(filter);
        invalidateFilter();
    }
    emit filterErrorChanged(m_error);
    return m_error.isNull();
}

void RunFilterProxyModel::setShowTrashed(bool show)
{
    if (show == m_showTrashed)
        return;
    m_showTrashed = show;
    invalidateFilter();
}

void RunFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The proxy filters rows only, so its columns are the source's.
    if (m_runs)
        m_runs->sort(column, order);
}

bool RunFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_runs || sourceParent.isValid())
        return false;
    if (!m_showTrashed && m_runs->record(sourceRow).trashed)
        return false;
    return m_filter.matches(m_runs->queryRun(sourceRow));
}

} // namespace nereid
