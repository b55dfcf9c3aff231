#include "runtablemodel.h"

#include "cache/cache.h"
#include "domain/syscatalogue.h"
#include "fieldformat.h"
#include "query/naturalcompare.h"
#include "query/runorder.h"
#include "queryrunbuilder.h"

#include <QColor>
#include <QSet>

namespace nereid {

namespace {

// Rows of failed runs read in a muted red; the state cell carries a coloured square (active green).
const QColor FailedColor(0xb0, 0x28, 0x28);
const QColor ActiveColor(0x2e, 0xa0, 0x43);
const QColor InactiveColor(0xa0, 0xa0, 0xa0);

// Consecutive runs of the sorted `rows`: [first, last] pairs, so dataChanged goes out once per range.
QList<std::pair<int, int>> ranges(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> result;
    for (int row : rows) {
        if (!result.isEmpty() && result.last().second + 1 >= row)
            result.last().second = row;
        else
            result.append({row, row});
    }
    return result;
}

} // namespace

RunTableModel::RunTableModel(Cache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_columns(RunColumn::defaults())
{
    connect(cache, &Cache::runsAdded, this, &RunTableModel::onRunsAdded);
    connect(cache, &Cache::runsChanged, this, &RunTableModel::onRunsChanged);
}

void RunTableModel::setProject(const QString &project)
{
    beginResetModel();
    m_project = project;
    m_records.clear();
    m_views.clear();
    // The project listing holds sys fields only; each run is read whole for its params and series.
    for (const RunRecord &listed : m_cache->runs(project)) {
        RunRecord run = m_cache->run(listed.runId).value_or(listed);
        m_views.append(QueryRunBuilder::fromRecord(run));
        m_records.append(std::move(run));
    }
    reorder(sortedOrder());
    reindex();
    endResetModel();
}

void RunTableModel::setColumns(const QList<RunColumn> &columns)
{
    if (!m_columns.isEmpty()) {
        beginRemoveColumns({}, 0, int(m_columns.size()) - 1);
        m_columns.clear();
        endRemoveColumns();
    }
    m_sortColumn = -1;
    if (columns.isEmpty())
        return;
    beginInsertColumns({}, 0, int(columns.size()) - 1);
    m_columns = columns;
    endInsertColumns();
}

void RunTableModel::insertRunColumn(int position, const RunColumn &column)
{
    position = qBound(0, position, int(m_columns.size()));
    beginInsertColumns({}, position, position);
    m_columns.insert(position, column);
    if (m_sortColumn >= position)
        ++m_sortColumn;
    endInsertColumns();
}

void RunTableModel::removeRunColumn(int position)
{
    if (position < 0 || position >= m_columns.size())
        return;
    beginRemoveColumns({}, position, position);
    m_columns.removeAt(position);
    if (m_sortColumn == position)
        m_sortColumn = -1;
    else if (m_sortColumn > position)
        --m_sortColumn;
    endRemoveColumns();
}

QStringList RunTableModel::fieldPaths() const
{
    QStringList sys;
    for (const SysField &field : SysCatalogue::fields()) {
        if (!field.modelVersionOnly)
            sys.append(field.path());
    }
    QSet<QString> others;
    for (const RunRecord &run : m_records) {
        for (const FieldRecord &field : run.fields)
            others.insert(field.path);
    }
    QStringList sorted(others.cbegin(), others.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    return sys + sorted;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_records[index.row()];
    switch (role) {
    case RunIdRole:
        return run.runId;
    case FailedRole:
        return run.failed;
    case ActiveRole:
        return run.state == QLatin1String("active");
    case TrashedRole:
        return run.trashed;
    case Qt::ForegroundRole:
        return run.failed ? QVariant(FailedColor) : QVariant();
    default:
        return cellData(index.row(), m_columns[index.column()], role);
    }
}

QVariant RunTableModel::cellData(int row, const RunColumn &column, int role) const
{
    if (role == Qt::DecorationRole && column.path == QLatin1String("sys/state"))
        return m_records[row].state == QLatin1String("active") ? ActiveColor : InactiveColor;
    const QueryField *field = m_views[row].field(column.path);
    if (!field)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return FieldFormat::display(*field, column.aggregate);
    case Qt::ToolTipRole:
        return field->type() == FieldType::String ? QVariant(field->value().toString()) : QVariant();
    case SortRole:
        return FieldFormat::sortValue(*field, column.aggregate);
    case Qt::TextAlignmentRole:
        return FieldFormat::isNumeric(*field) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RunColumn &column = m_columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return column.title();
    case PathRole:
        return column.path;
    case Qt::ToolTipRole: {
        const SysField *sys = column.isSys() ? SysCatalogue::find(QStringView(column.path).mid(4)) : nullptr;
        return sys ? column.path + QLatin1Char('\n') + sys->description() : column.path;
    }
    default:
        return {};
    }
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

QList<qsizetype> RunTableModel::sortedOrder() const
{
    if (m_sortColumn < 0 || m_sortColumn >= m_columns.size())
        return {};
    return RunOrder::parse(m_columns[m_sortColumn].sortKey(), m_sortOrder).sortedIndexes(m_views);
}

QList<int> RunTableModel::reorder(const QList<qsizetype> &order)
{
    QList<int> newRowOfOld(order.size());
    QList<RunRecord> records;
    QList<QueryRun> views;
    records.reserve(order.size());
    views.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        newRowOfOld[order[i]] = int(i);
        records.append(std::move(m_records[order[i]]));
        views.append(std::move(m_views[order[i]]));
    }
    if (!order.isEmpty()) {
        m_records = std::move(records);
        m_views = std::move(views);
    }
    reindex();
    return newRowOfOld;
}

void RunTableModel::applySort()
{
    const QList<qsizetype> order = sortedOrder();
    if (order.isEmpty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<int> newRowOfOld = reorder(order);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(newRowOfOld[index.row()], index.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RunTableModel::reindex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row)
        m_rowOfId.insert(m_records[row].runId, row);
}

void RunTableModel::onRunsAdded(const QString &project, const QStringList &runIds)
{
    if (project != m_project)
        return;
    QList<RunRecord> added;
    for (const QString &runId : runIds) {
        if (m_rowOfId.contains(runId))
            continue;
        if (std::optional<RunRecord> run = m_cache->run(runId))
            added.append(std::move(*run));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (RunRecord &run : added) {
        m_rowOfId.insert(run.runId, int(m_records.size()));
        m_views.append(QueryRunBuilder::fromRecord(run));
        m_records.append(std::move(run));
    }
    endInsertRows();
    applySort(); // new runs join the order the user chose
}

void RunTableModel::onRunsChanged(const QString &project, const QStringList &runIds)
{
    if (project != m_project)
        return;
    QList<int> rows;
    QStringList unknown;
    for (const QString &runId : runIds) {
        const int row = rowOf(runId);
        std::optional<RunRecord> run = m_cache->run(runId);
        if (row < 0 || !run) {
            unknown.append(runId);
            continue;
        }
        m_views[row] = QueryRunBuilder::fromRecord(*run);
        m_records[row] = std::move(*run);
        rows.append(row);
    }
    for (const auto &[first, last] : ranges(m_columns.isEmpty() ? QList<int>() : rows))
        emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
    // A run this model never saw (it was added while another project was open) is new here.
    if (!unknown.isEmpty())
        onRunsAdded(project, unknown);
}

} // namespace nereid
