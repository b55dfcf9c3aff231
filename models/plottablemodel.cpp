#include "plottablemodel.h"

#include "query/naturalcompare.h"
#include "query/queryrun.h"
#include "runfilterproxymodel.h"
#include "runtablemodel.h"

#include <algorithm>
#include <QLocale>

namespace nereid {

PlotTableModel::PlotTableModel(RunFilterProxyModel *runs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
{
    // A filter or a sync arrives as several signals of the proxy; live runs change every few seconds: read once after.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &PlotTableModel::refresh);
    const auto later = [this] { m_refresh.start(); };
    connect(runs, &QAbstractItemModel::rowsInserted, this, later);
    connect(runs, &QAbstractItemModel::rowsRemoved, this, later);
    connect(runs, &QAbstractItemModel::rowsMoved, this, later);
    connect(runs, &QAbstractItemModel::modelReset, this, later);
    connect(runs, &QAbstractItemModel::layoutChanged, this, later);
    connect(runs, &QAbstractItemModel::dataChanged, this, later);
}

void PlotTableModel::setPlotColumns(const QList<RunColumn> &columns)
{
    m_columns = columns;
    refresh();
}

void PlotTableModel::refresh()
{
    m_refresh.stop();
    beginResetModel();
    read();
    endResetModel();
}

bool PlotTableModel::isPlottable(FieldType type)
{
    switch (type) {
    case FieldType::Float:
    case FieldType::Int:
    case FieldType::FloatSeries:
    case FieldType::String:
    case FieldType::Bool:
        return true;
    default:
        return false;
    }
}

PlotTableModel::Kind PlotTableModel::kindOf(const RunColumn &column) const
{
    const RunTableModel *table = m_runs->runModel();
    for (int row = 0; table && row < table->rowCount(); ++row) {
        if (const QueryField *field = table->queryRun(row).field(column.path)) {
            if (field->type() == FieldType::String)
                return Kind::Categorical;
            return field->type() == FieldType::Bool ? Kind::Boolean : Kind::Numeric;
        }
    }
    return Kind::Numeric;
}

void PlotTableModel::read()
{
    const int rows = m_runs->rowCount();
    const qsizetype columns = m_columns.size();
    m_kinds.clear();
    m_values = QList<QList<double>>(columns, QList<double>(rows, qQNaN()));
    m_categories = QList<QStringList>(columns);
    m_runIds.resize(rows);
    m_runNames.resize(rows);
    for (const RunColumn &column : m_columns)
        m_kinds.append(kindOf(column));
    QList<QStringList> texts(columns, QStringList(rows));
    const RunTableModel *table = m_runs->runModel();
    for (int row = 0; row < rows; ++row) {
        const QueryRun &run = table->queryRun(m_runs->mapToSource(m_runs->index(row, 0)).row());
        m_runIds[row] = run.id();
        const QueryField *name = run.field(QStringLiteral("sys/name"));
        m_runNames[row] =
            name && name->isAtom() && name->type() == FieldType::String ? name->value().toString() : QString();
        for (qsizetype c = 0; c < columns; ++c) {
            const QueryField *field = run.field(m_columns[c].path);
            if (!field)
                continue;
            switch (field->type()) {
            case FieldType::Float:
                m_values[c][row] = field->value().toFloat();
                break;
            case FieldType::Int:
                m_values[c][row] = double(field->value().toInt());
                break;
            case FieldType::FloatSeries:
                m_values[c][row] = field->floatSeries().aggregate(m_columns[c].aggregate);
                break;
            case FieldType::String:
                texts[c][row] = field->value().toString();
                break;
            case FieldType::Bool:
                texts[c][row] = field->value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
                break;
            default:
                break;
            }
        }
    }
    // Categories in natural order ("run-2" before "run-10"); a cell's value is its category's index.
    for (qsizetype c = 0; c < columns; ++c) {
        if (m_kinds[c] == Kind::Numeric)
            continue;
        // Distinct texts first: 10,000 runs have a handful of optimizers, and a natural sort of them all is slow.
        QHash<QString, int> indexOf;
        for (const QString &text : std::as_const(texts[c])) {
            if (!text.isNull())
                indexOf.insert(text, 0);
        }
        QStringList categories = indexOf.keys();
        std::sort(categories.begin(), categories.end(),
                  [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
        for (qsizetype i = 0; i < categories.size(); ++i)
            indexOf[categories[i]] = int(i);
        for (int row = 0; row < rows; ++row) {
            if (!texts[c][row].isNull())
                m_values[c][row] = indexOf.value(texts[c][row]);
        }
        m_categories[c] = categories;
    }
}

QString PlotTableModel::runLabel(int row) const
{
    const QString &name = m_runNames.value(row);
    return name.isEmpty() ? m_runIds.value(row)
                          : tr("%1 · %2", "plot: run id · run name").arg(m_runIds.value(row), name);
}

QModelIndex PlotTableModel::tableIndex(int row) const
{
    // The rows here follow the proxy's a moment late: find the run where the proxy has it now.
    const QModelIndex guess = m_runs->index(row, 0);
    if (guess.data(RunTableModel::RunIdRole).toString() == m_runIds.value(row))
        return guess;
    const int source = m_runs->runModel()->rowOf(m_runIds.value(row));
    return source < 0 ? QModelIndex() : m_runs->mapFromSource(m_runs->runModel()->index(source, 0));
}

int PlotTableModel::rowOfTableIndex(const QModelIndex &index) const
{
    const QString runId = index.data(RunTableModel::RunIdRole).toString();
    if (m_runIds.value(index.row()) == runId)
        return index.row();
    return int(m_runIds.indexOf(runId));
}

QList<RunColumn> PlotTableModel::plottableColumns(const RunFilterProxyModel &runs)
{
    QList<RunColumn> columns;
    const RunTableModel *table = runs.runModel();
    if (!table)
        return columns;
    for (const QString &path : runs.fieldPaths()) {
        std::optional<FieldType> type;
        for (int row = 0; row < table->rowCount() && !type; ++row) {
            if (const QueryField *field = table->queryRun(row).field(path))
                type = field->type();
        }
        if (!type || !isPlottable(*type))
            continue;
        if (*type != FieldType::FloatSeries) {
            columns.append({path, SeriesAggregate::Last});
            continue;
        }
        for (SeriesAggregate aggregate : {SeriesAggregate::Last, SeriesAggregate::Min, SeriesAggregate::Max})
            columns.append({path, aggregate});
    }
    return columns;
}

int PlotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runIds.size());
}

int PlotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PlotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double value = m_values[index.column()][index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (std::isnan(value))
            return QString();
        if (isCategorical(index.column()))
            return m_categories[index.column()].value(qsizetype(value));
        return QLocale().toString(value, 'g', 6);
    case ValueRole:
        return value;
    case RunIdRole:
        return m_runIds[index.row()];
    default:
        return {};
    }
}

QVariant PlotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? QVariant(m_columns[section].title()) : QVariant();
    return section < m_runIds.size() ? QVariant(m_runIds[section]) : QVariant();
}

} // namespace nereid
