#pragma once

#include "querycondition.h"
#include "queryerror.h"

#include <QList>
#include <QStringList>

namespace nereid {

class QueryRun;

// Sorts runs by one field with the order its type calls for: numbers (floats, ints, booleans, a float
// series' last value or aggregate) as numbers, datetimes as datetimes, strings and string sets naturally
// ("CLS-9" before "CLS-10"). Runs without the field, or with NaN, come last in both directions; where one
// path holds different types in different runs, numbers come before datetimes, strings and string sets.
class RunOrder
{
public:
    // What the order reads of one run, held by value: a run listing's page token keeps its last run's, to start
    // the next page after it whatever runs came or went in between. The kinds sort in this order.
    struct SortValue
    {
        enum Kind
        {
            Number,
            DateTime,
            Text,
            Set,
            Missing,
        };

        Kind kind = Missing;
        double number = 0; // also the milliseconds of a datetime
        QString text;
        QStringList set;
    };

    // Keeps the given order (compare() is always 0).
    RunOrder() = default;

    // `key` is a field as queries write it: "params/lr", "`sys/creation_time`:datetime", "min(train/loss)".
    static RunOrder parse(const QString &key, Qt::SortOrder order = Qt::AscendingOrder);

    bool isValid() const { return m_error.isNull(); }
    const QueryError &error() const { return m_error; }
    const QueryOperand &operand() const { return m_operand; }
    Qt::SortOrder order() const { return m_order; }

    // Negative when `a` goes before `b`, positive when after, 0 when the field does not tell them apart.
    int compare(const QueryRun &a, const QueryRun &b) const;
    SortValue sortValue(const QueryRun &run) const;
    // compare() with the first run given by its value.
    int compare(const SortValue &a, const QueryRun &b) const;
    // A strict weak order for std::sort: compare(a, b) < 0.
    bool operator()(const QueryRun &a, const QueryRun &b) const { return compare(a, b) < 0; }

    // The positions of `runs` in sorted order, stable; reads each run's field once, not once per comparison.
    QList<qsizetype> sortedIndexes(const QList<QueryRun> &runs) const;

private:
    struct Key;
    Key keyOf(const QueryRun &run) const;
    int compareKeys(const Key &a, const Key &b) const;

    QueryOperand m_operand;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QueryError m_error;
};

} // namespace nereid
