#include "columnsorter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nereid {

namespace {

// The field's number, NaN when it has none; false when the field is not a number at all.
bool numberOf(const QueryField *field, SeriesAggregate aggregate, double &number)
{
    number = qQNaN();
    if (!field)
        return true;
    switch (field->type()) {
    case FieldType::Float:
        number = field->value().toFloat();
        return true;
    case FieldType::Int:
        number = double(field->value().toInt());
        return true;
    case FieldType::Bool:
        number = field->value().toBool() ? 1 : 0;
        return true;
    case FieldType::FloatSeries:
        number = field->floatSeries().aggregate(aggregate);
        return true;
    default:
        return false;
    }
}

} // namespace

bool ColumnSorter::refresh(Column &column, const QList<QueryRun> &runs, const RunColumn &which)
{
    double value;
    for (qsizetype position : column.stale) {
        if (position < qsizetype(column.values.size()) &&
            !numberOf(runs[position].field(which.path), which.aggregate, value))
            column.numeric = false;
        else if (position < qsizetype(column.values.size()))
            column.values[position] = value;
    }
    column.stale.clear();
    column.values.reserve(runs.size());
    for (qsizetype i = qsizetype(column.values.size()); i < runs.size() && column.numeric; ++i) {
        column.numeric = numberOf(runs[i].field(which.path), which.aggregate, value);
        column.values.push_back(value);
    }
    return column.numeric;
}

void ColumnSorter::invalidate(qsizetype position)
{
    for (Column &column : m_columns)
        column.stale.push_back(position);
}

std::optional<QList<qsizetype>> ColumnSorter::numericOrder(const QList<QueryRun> &runs, const RunColumn &which,
                                                           Qt::SortOrder order)
{
    Column &column = m_columns[which.key()];
    if (!column.numeric || !refresh(column, runs, which))
        return std::nullopt;
    struct Entry
    {
        double value;
        qsizetype position;
    };
    std::vector<Entry> entries;
    entries.reserve(runs.size());
    std::vector<qsizetype> empty; // kept apart: they go last whichever way the rest is sorted
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const double value = column.values[i];
        if (std::isnan(value))
            empty.push_back(i);
        else
            entries.push_back({order == Qt::AscendingOrder ? value : -value, i});
    }
    // (value, position) is a total order, so an unstable sort gives the stable result.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.value < b.value || (a.value == b.value && a.position < b.position);
    });
    QList<qsizetype> positions;
    positions.reserve(runs.size());
    for (const Entry &entry : entries)
        positions.append(entry.position);
    positions.append(QList<qsizetype>(empty.cbegin(), empty.cend()));
    return positions;
}

} // namespace nereid
