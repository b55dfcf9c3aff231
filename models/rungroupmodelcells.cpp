// RunGroupModel's group rows: the name and count, and the aggregates, computed for the cells shown and kept.
#include "fieldformat.h"
#include "runfilterproxymodel.h"
#include "rungroupmodel.h"
#include "rungroupvalues.h"
#include "runtablemodel.h"

#include <QFont>

namespace nereid {

namespace {

// One column's aggregate over a group's runs as they are read.
struct Accumulator
{
    double sum = 0;
    double low = qInf();
    double high = -qInf();
    qsizetype numbers = 0;
    const QueryField *first = nullptr; // of the first run: what the cell shows when every run has the same
    bool same = true;
    qsizetype hint = -1; // where the column's field was in the run before (QueryRun::field)
};

bool sameValue(const QueryField *a, const QueryField *b)
{
    if (!a || !b)
        return a == b;
    if (a->isAtom() && b->isAtom())
        return a->value() == b->value();
    return RunGroupValues::fieldKey(a) == RunGroupValues::fieldKey(b);
}

} // namespace

const RunGroupModel::Cell &RunGroupModel::cell(const Group &group, int column) const
{
    if (group.cells.isEmpty())
        computeCells(group);
    return group.cells[column];
}

void RunGroupModel::computeCells(const Group &group) const
{
    // Every column in one pass over the group's runs: a run is found once, not once per column, and each of its
    // fields mostly where the run before had it. 100,000 runs × 40 columns take tens of milliseconds this way.
    const QList<RunColumn> &columns = m_table->runModel()->columns();
    std::vector<Accumulator> sums(size_t(columns.size()));
    bool firstRun = true;
    for (const int row : group.rows) {
        const QueryRun &run = runOfRow(row);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            Accumulator &sum = sums[size_t(c)];
            const QueryField *field = run.field(columns[c].path, sum.hint);
            if (const std::optional<double> value = RunGroupValues::number(field, columns[c].aggregate)) {
                sum.sum += *value;
                sum.low = qMin(sum.low, *value);
                sum.high = qMax(sum.high, *value);
                ++sum.numbers;
            } else if (firstRun) {
                sum.first = field;
            } else if (sum.numbers == 0 && sum.same && !sameValue(field, sum.first)) {
                sum.same = false;
            }
        }
        // Text and the like are shown only when every run has the same; the first run's fields are needed to
        // compare until then, and stay valid while this runs (nothing changes the runs meanwhile).
        firstRun = false;
    }
    group.cells.reserve(columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Accumulator &sum = sums[size_t(c)];
        const RunGrouping::Aggregate aggregate = m_grouping.aggregateOf(columns[c].path);
        Cell made;
        if (sum.numbers > 0) {
            made.numeric = true;
            const double value = aggregate == RunGrouping::Aggregate::Min   ? sum.low
                                 : aggregate == RunGrouping::Aggregate::Max ? sum.high
                                                                            : sum.sum / double(sum.numbers);
            made.display = FieldFormat::number(value);
        } else if (sum.same && sum.first) {
            made.display = FieldFormat::displayAt(columns[c].path, *sum.first, columns[c].aggregate);
        }
        group.cells.insert(int(c), made);
    }
}

QString RunGroupModel::title(const Group &group) const
{
    // Two forms rather than tr()'s %n: without an English translation loaded, %n would read "run(s)".
    const qsizetype size = qsizetype(group.rows.size());
    return size == 1 ? tr("%1 (%L2 run)").arg(group.label).arg(size) : tr("%1 (%L2 runs)").arg(group.label).arg(size);
}

QVariant RunGroupModel::groupData(const Group &group, int column, int role) const
{
    const int size = int(group.rows.size());
    switch (role) {
    case IsGroupRole:
        return true;
    case GroupRunIdsRole: {
        QStringList ids;
        ids.reserve(size);
        for (const int row : group.rows)
            ids.append(m_table->index(row, 0).data(RunTableModel::RunIdRole).toString());
        return ids;
    }
    case GroupLabelRole:
        return group.label;
    case GroupSizeRole:
        return size;
    case Qt::DisplayRole:
        if (column == 0)
            return title(group);
        return cell(group, column).display;
    case Qt::ToolTipRole: {
        if (column == 0)
            return title(group);
        if (!cell(group, column).numeric)
            return {};
        const QString path = m_table->runModel()->columns().at(column).path;
        const QString aggregate = RunGrouping::aggregateTitle(m_grouping.aggregateOf(path));
        return size == 1 ? tr("%1 of %L2 run").arg(aggregate).arg(size) : tr("%1 of %L2 runs").arg(aggregate).arg(size);
    }
    case Qt::TextAlignmentRole:
        return column > 0 && cell(group, column).numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

void RunGroupModel::groupChanged(Group *group)
{
    group->cells.clear();
    emit dataChanged(groupIndex(group, 0), groupIndex(group, qMax(0, columnCount() - 1)));
}

} // namespace nereid
