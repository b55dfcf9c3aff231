#include "runfilterproxymodel.h"

#include "runtablemodel.h"

namespace nereid {

RunFilterProxyModel::RunFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows whose data change are filtered again; with no sort column the proxy never reorders them.
    setDynamicSortFilter(true);
    m_reparse.setSingleShot(true);
    connect(&m_reparse, &QTimer::timeout, this, [this] { setFilterText(m_text); });
}

void RunFilterProxyModel::setRunModel(RunTableModel *model)
{
    m_runs = model;
    setSourceModel(model);
    m_paths.reset();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &RunFilterProxyModel::onRunsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RunFilterProxyModel::onRunsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &RunFilterProxyModel::onRunsChanged);
}

bool RunFilterProxyModel::setFilterText(const QString &text)
{
    m_text = text;
    RunFilter filter = RunFilter::parse(
        text, {[this](const QString &path) { return hasField(path); }, [this] { return fieldPaths(); }});
    m_error = filter.error();
    m_hint = filter.hint();
    m_textNamesMissingField = filter.dependsOnMissingFields();
    if (filter.isValid()) {
        m_filter = std::move(filter);
        invalidateFilter();
    }
    emit filterErrorChanged(m_error);
    emit filterHintChanged(m_hint);
    return m_error.isNull();
}

QStringList RunFilterProxyModel::fieldPaths() const
{
    if (!m_paths)
        m_paths = m_runs ? m_runs->fieldPaths() : QStringList();
    return *m_paths;
}

bool RunFilterProxyModel::hasField(const QString &path) const
{
    // A look-up in each run's own fields: faster than gathering every path of a large project.
    const int rows = m_runs ? m_runs->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        if (m_runs->queryRun(row).field(path))
            return true;
    }
    return false;
}

void RunFilterProxyModel::onRunsChanged()
{
    m_paths.reset();
    if (m_textNamesMissingField)
        m_reparse.start(); // once for a burst of changes
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
