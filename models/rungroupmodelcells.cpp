// RunGroupModel's group rows: the name and count, and the aggregates, computed for the cells shown and kept.
#include "fieldformat.h"
#include "runfilterproxymodel.h"
#include "rungroupmodel.h"
#include "rungroupvalues.h"
#include "runtablemodel.h"

#include <QFont>

namespace nereid {

const RunGroupModel::Cell &RunGroupModel::cell(const Group &group, int column) const
{
    if (const auto found = group.cells.constFind(column); found != group.cells.cend())
        return *found;
    const RunColumn &runColumn = m_table->runModel()->columns().at(column);
    const RunGrouping::Aggregate aggregate = m_grouping.aggregateOf(runColumn.path);
    double sum = 0, low = qInf(), high = -qInf();
    qsizetype numbers = 0;
    const QueryField *first = nullptr;
    QString firstKey;
    bool same = true;
    for (const int row : group.rows) {
        const QueryField *field = runOfRow(row).field(runColumn.path);
        if (const std::optional<double> value = RunGroupValues::number(field, runColumn.aggregate)) {
            sum += *value;
            low = qMin(low, *value);
            high = qMax(high, *value);
            ++numbers;
        } else if (numbers == 0 && same) {
            // Text and the like: shown only when every run has the same (the grouped fields themselves).
            const QString key = RunGroupValues::fieldKey(field);
            if (row == group.rows.front()) {
                first = field;
                firstKey = key;
            } else if (key != firstKey) {
                same = false;
            }
        }
    }
    Cell made;
    if (numbers > 0) {
        made.numeric = true;
        const double value = aggregate == RunGrouping::Aggregate::Min   ? low
                             : aggregate == RunGrouping::Aggregate::Max ? high
                                                                        : sum / double(numbers);
        made.display = FieldFormat::number(value);
    } else if (same && first) {
        made.display = FieldFormat::displayAt(runColumn.path, *first, runColumn.aggregate);
    }
    return *group.cells.insert(column, made);
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
