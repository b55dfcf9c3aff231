#pragma once

#include "query/queryrun.h"
#include "query/seriessummary.h"

#include <QCoreApplication>
#include <QVariant>

namespace nereid {

// What RunGroupModel reads from one run's fields: the exact key runs are grouped by, the text and sort value of
// a group, and the number a group row aggregates. Plain functions over a QueryRun, so grouping costs a key per
// run and nothing more.
class RunGroupValues
{
    Q_DECLARE_TR_FUNCTIONS(RunGroupValues)

public:
    // Equal for runs that belong together: a float by all its digits, a string set (sys/tags) as the whole set.
    // Several paths join their keys; a missing field has a key of its own.
    static QString key(const QueryRun &run, const QStringList &paths);
    static QString fieldKey(const QueryField *field);
    // What the group row's first column names: "adam · 32", "(none)" for runs without the field.
    static QString label(const QueryRun &run, const QStringList &paths);
    // The typed values groups are ordered by (numbers as numbers, then text naturally, missing last).
    static QVariantList sortValues(const QueryRun &run, const QStringList &paths);
    static bool lessThan(const QVariantList &a, const QVariantList &b);
    // The number an aggregate uses: ints, floats, and a float series' chosen summary; nullopt otherwise or NaN.
    static std::optional<double> number(const QueryField *field, SeriesAggregate aggregate);
};

} // namespace nereid
