#include "runtablemodel.h"

#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "columnsorter.h"
#include "domain/syscatalogue.h"
#include "fieldformat.h"
#include "query/naturalcompare.h"
#include "query/runorder.h"
#include "queryrunbuilder.h"
#include "runstateicon.h"

#include <QColor>
#include <QFont>
#include <QSet>

namespace nereid {

namespace {

// Rows of failed runs read in a muted red; the state and failed cells carry a RunStateIcon. Trashed runs, and
// cells holding NaN or an infinity, are grey: there, but not to be read like the others.
const QColor FailedColor(0xb0, 0x28, 0x28);
const QColor MutedColor(0x80, 0x80, 0x80);

} // namespace

RunTableModel::RunTableModel(Cache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_columns(RunColumn::defaults())
{
    connect(cache, &Cache::runsAdded, this, &RunTableModel::onRunsAdded);
    connect(cache, &Cache::runsChanged, this, &RunTableModel::onRunsChanged);
    // The server's database went back in time and the project is pulled again: its rows go, and come back as the
    // pages arrive (runsAdded), so no run the server no longer has stays on screen.
    connect(cache, &Cache::projectReset, this, [this](const QString &project) {
        if (project == m_project)
            setRuns(project, {});
    });
    connect(&m_loader, &RunLoader::chunkLoaded, this, &RunTableModel::onChunkLoaded);
    connect(&m_loader, &RunLoader::finished, this, &RunTableModel::onLoadFinished);
}

void RunTableModel::setRuns(const QString &project, QList<RunRecord> runs)
{
    m_loader.cancel();
    beginResetModel();
    m_project = project;
    m_sorter.clear();
    m_records.resize(runs.size());
    m_views.resize(runs.size());
    m_storedAt.clear();
    m_order.resize(runs.size());
    m_rowOfStored.resize(runs.size());
    for (qsizetype stored = 0; stored < runs.size(); ++stored) {
        m_storedAt.insert(runs[stored].runId, stored);
        m_order[stored] = stored;
        m_rowOfStored[stored] = int(stored);
        store(stored, std::move(runs[stored]));
    }
    reorder(sortedOrder());
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

void RunTableModel::store(qsizetype stored, RunRecord run, std::optional<QueryRun> view)
{
    m_sorter.invalidate(stored);
    m_views[stored] = view ? std::move(*view) : QueryRunBuilder::fromRecord(run);
    run.fields = {};
    m_records[stored] = std::move(run);
}

QList<RunColumn> RunTableModel::defaultColumns(int metrics) const
{
    const auto latest =
        std::max_element(m_records.cbegin(), m_records.cend(), [](const RunRecord &a, const RunRecord &b) {
            return a.modificationTime < b.modificationTime;
        });
    if (latest == m_records.cend())
        return RunColumn::defaults();
    return RunColumn::defaultsFor(m_views[latest - m_records.cbegin()], metrics);
}

void RunTableModel::setColumnAggregate(int position, SeriesAggregate aggregate)
{
    if (position < 0 || position >= m_columns.size() || m_columns[position].aggregate == aggregate)
        return;
    m_columns[position].aggregate = aggregate;
    emit headerDataChanged(Qt::Horizontal, position, position);
    if (!m_order.isEmpty())
        emit dataChanged(index(0, position), index(rowCount() - 1, position));
    if (position == m_sortColumn)
        applySort();
}

std::optional<FieldType> RunTableModel::columnType(int position) const
{
    if (position < 0 || position >= m_columns.size())
        return std::nullopt;
    for (const QueryRun &run : m_views) {
        if (const QueryField *field = run.field(m_columns[position].path))
            return field->type();
    }
    return std::nullopt;
}

QStringList RunTableModel::fieldPaths() const
{
    QStringList sys;
    for (const SysField &field : SysCatalogue::fields()) {
        if (!field.modelVersionOnly)
            sys.append(field.path());
    }
    QSet<QString> others;
    for (const QueryRun &run : m_views) {
        for (const QString &path : run.paths()) {
            if (!path.startsWith(QLatin1String("sys/")))
                others.insert(path);
        }
    }
    QStringList sorted(others.cbegin(), others.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    return sys + sorted;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype stored = m_order[index.row()];
    const RunRecord &run = m_records[stored];
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
        if (run.trashed)
            return MutedColor;
        if (run.failed)
            return FailedColor;
        return cellData(stored, m_columns[index.column()], role);
    case Qt::FontRole: {
        if (!run.trashed)
            return {};
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    default:
        return cellData(stored, m_columns[index.column()], role);
    }
}

QVariant RunTableModel::cellData(qsizetype stored, const RunColumn &column, int role) const
{
    if (role == Qt::DecorationRole && column.path == QLatin1String("sys/state"))
        return m_records[stored].state == QLatin1String("active") ? RunStateIcon::active() : RunStateIcon::inactive();
    if (role == Qt::DecorationRole && column.path == QLatin1String("sys/failed") && m_records[stored].failed)
        return RunStateIcon::failed(); // seen on a selected row too, where the red text is not
    if (role == Qt::DecorationRole && column.path == QLatin1String("sys/id") && m_records[stored].trashed)
        return RunStateIcon::trashed();
    const QueryField *field = m_views[stored].field(column.path);
    if (!field)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return FieldFormat::displayAt(column.path, *field, column.aggregate);
    case Qt::ForegroundRole:
        return FieldFormat::isNonFinite(*field, column.aggregate) ? QVariant(MutedColor) : QVariant();
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
    const RunColumn &column = m_columns[m_sortColumn];
    if (std::optional<QList<qsizetype>> numeric = m_sorter.numericOrder(m_views, column, m_sortOrder))
        return *numeric;
    return RunOrder::parse(column.sortKey(), m_sortOrder).sortedIndexes(m_views);
}

QList<int> RunTableModel::reorder(const QList<qsizetype> &order)
{
    if (!order.isEmpty())
        m_order = order;
    QList<int> newRowOfOld(m_order.size());
    QList<int> rowOfStored(m_order.size());
    for (qsizetype row = 0; row < m_order.size(); ++row)
        rowOfStored[m_order[row]] = int(row);
    for (qsizetype stored = 0; stored < m_rowOfStored.size(); ++stored)
        newRowOfOld[m_rowOfStored[stored]] = rowOfStored[stored];
    m_rowOfStored = std::move(rowOfStored);
    return newRowOfOld;
}

void RunTableModel::applySort()
{
    const QList<qsizetype> order = sortedOrder();
    if (!order.isEmpty())
        applyOrder(order);
}

void RunTableModel::applyOrder(const QList<qsizetype> &order)
{
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

} // namespace nereid
