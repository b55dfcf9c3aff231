#include "comparemodel.h"

#include "fieldformat.h"
#include "series/seriescsv.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QColor>

namespace nereid {

namespace {

// A group row's internal id; a path row's is its group's number + 1.
constexpr quintptr GroupId = 0;

QString namespaceOf(const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

// Whether two runs' fields at one path read the same: both missing, the same atom value, or the same summary of a
// series. Compared as values, without formatting them (formatting every cell of 100 runs takes half a second).
bool same(const QueryField *a, const QueryField *b, SeriesAggregate aggregate)
{
    if (!a || !b)
        return !a && !b;
    if (a->type() != b->type())
        return false;
    switch (a->type()) {
    case FieldType::FloatSeries:
        return sameNumber(a->floatSeries().aggregate(aggregate), b->floatSeries().aggregate(aggregate));
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        return a->stringSeries().last == b->stringSeries().last;
    case FieldType::Float:
        return sameNumber(a->value().toFloat(), b->value().toFloat());
    default:
        return a->value() == b->value();
    }
}

// Whether two runs have the same paths in the same order. Runs read together share their path strings, so most
// paths compare by address.
bool samePaths(const QueryRun &a, const QueryRun &b)
{
    if (a.fieldCount() != b.fieldCount())
        return false;
    for (qsizetype i = 0; i < a.fieldCount(); ++i) {
        const QString &left = a.pathAt(i);
        const QString &right = b.pathAt(i);
        const bool shared = left.constData() == right.constData() && left.size() == right.size();
        if (!shared && left != right)
            return false;
    }
    return true;
}

} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CompareModel::setRuns(const QList<QueryRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    // Each distinct path is numbered as first met, then the paths are sorted and the numbers mapped to rows. Runs
    // of one sweep mostly log the same paths in the same order: such a run is only checked against the run before
    // (its paths shared, by address), not hashed again.
    QHash<QString, qsizetype> numberOf;
    QStringList met;                 // by number
    QList<QList<qsizetype>> layouts; // per distinct layout: the number of each field's path, in the run's order
    QList<qsizetype> layoutOf(m_runs.size());
    const QList<QueryRun> &shared = m_runs; // read only: the caller's runs are not copied
    for (qsizetype run = 0; run < shared.size(); ++run) {
        const QueryRun &own = shared[run];
        if (run > 0 && samePaths(own, shared[run - 1])) {
            layoutOf[run] = layoutOf[run - 1];
            continue;
        }
        QList<qsizetype> &numbers = layouts.emplace_back(own.fieldCount());
        for (qsizetype i = 0; i < own.fieldCount(); ++i) {
            auto found = numberOf.constFind(own.pathAt(i));
            if (found == numberOf.cend()) {
                found = numberOf.insert(own.pathAt(i), met.size());
                met.append(own.pathAt(i));
            }
            numbers[i] = *found;
        }
        layoutOf[run] = layouts.size() - 1;
    }
    QList<qsizetype> order(met.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&met](qsizetype a, qsizetype b) { return met[a] < met[b]; });
    QList<qsizetype> rowOf(met.size());
    m_paths.clear();
    m_paths.reserve(met.size());
    for (qsizetype row = 0; row < order.size(); ++row) {
        rowOf[order[row]] = row;
        m_paths.append(met[order[row]]);
    }
    m_cells.fill(nullptr, m_paths.size() * m_runs.size());
    for (qsizetype run = 0; run < m_runs.size(); ++run) {
        const QList<qsizetype> &numbers = layouts[layoutOf[run]];
        for (qsizetype i = 0; i < numbers.size(); ++i)
            m_cells[rowOf[numbers[i]] * shared.size() + run] = &shared[run].fieldAt(i);
    }
    m_differs.fill(-1, m_paths.size());
    rebuildGroups();
    endResetModel();
}

void CompareModel::setAggregate(SeriesAggregate aggregate)
{
    beginResetModel();
    m_aggregate = aggregate;
    m_differs.fill(-1, m_paths.size());
    rebuildGroups();
    endResetModel();
}

void CompareModel::setOnlyDifferences(bool only)
{
    beginResetModel();
    m_onlyDifferences = only;
    rebuildGroups();
    endResetModel();
}

void CompareModel::rebuildGroups()
{
    m_groups.clear();
    for (qsizetype path = 0; path < m_paths.size(); ++path) {
        if (m_onlyDifferences && !differs(path))
            continue;
        const QString name = namespaceOf(m_paths[path]);
        if (m_groups.isEmpty() || m_groups.last().name != name)
            m_groups.append({name, {}});
        m_groups.last().paths.append(path);
    }
}

bool CompareModel::differsFromFirst(qsizetype path, int run) const
{
    return !same(cell(path, run), cell(path, 0), m_aggregate);
}

bool CompareModel::differs(qsizetype path) const
{
    if (m_differs[path] < 0) {
        bool differs = false;
        for (int run = 1; run < m_runs.size() && !differs; ++run)
            differs = differsFromFirst(path, run);
        m_differs[path] = differs ? 1 : 0;
    }
    return m_differs[path] == 1;
}

QString CompareModel::text(qsizetype path, int run) const
{
    const QueryField *field = cell(path, run);
    return field ? FieldFormat::displayAt(m_paths[path], *field, m_aggregate) : QString();
}

qsizetype CompareModel::shownPathCount() const
{
    qsizetype count = 0;
    for (const Group &group : m_groups)
        count += group.paths.size();
    return count;
}

QModelIndex CompareModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : GroupId);
}

QModelIndex CompareModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].paths.size());
}

int CompareModel::columnCount(const QModelIndex &) const
{
    return int(m_runs.size()) + 1;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == 0)
            return group.name.isEmpty() ? tr("(no namespace)") : group.name;
        return {};
    }
    const qsizetype path = m_groups[qsizetype(index.internalId() - 1)].paths[index.row()];
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? m_paths[path] : QVariant();
    const int run = index.column() - 1;
    const bool cellDiffers =
        (role == DiffersRole || role == Qt::BackgroundRole) && run > 0 && differs(path) && differsFromFirst(path, run);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(path, run);
    case DiffersRole:
        return cellDiffers;
    case Qt::BackgroundRole:
        // Translucent amber: readable on the light and the dark palette alike.
        return cellDiffers ? QVariant(QColor(255, 179, 0, 70)) : QVariant();
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_runs.size())
        return {};
    return section == 0 ? tr("Field") : m_runs[section - 1].id();
}

QList<QStringList> CompareModel::shownRows() const
{
    QList<QStringList> rows;
    QStringList header{tr("Field")};
    for (const QueryRun &run : m_runs)
        header.append(run.id());
    rows.append(header);
    for (const Group &group : m_groups)
        for (const qsizetype path : group.paths) {
            QStringList row{m_paths[path]};
            for (int run = 0; run < m_runs.size(); ++run)
                row.append(text(path, run));
            rows.append(row);
        }
    return rows;
}

QString CompareModel::toCsv() const
{
    QString out;
    for (const QStringList &row : shownRows()) {
        QStringList fields;
        for (const QString &cell : row)
            fields.append(SeriesCsv::field(cell));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

QString CompareModel::toMarkdown() const
{
    QString out;
    const QList<QStringList> rows = shownRows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList cells;
        for (QString cell : rows[i])
            cells.append(
                cell.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        out += QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
        if (i == 0)
            out += QLatin1String("|") + QStringList(cells.size(), QStringLiteral(" --- ")).join(QLatin1Char('|')) +
                   QLatin1String("|\n");
    }
    return out;
}

} // namespace nereid
