#pragma once

#include "query/seriessummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nereid {

class QueryRun;

// One column of the experiments table: a field path ("sys/name", "params/lr", "train/loss") and, for float
// series, which summary the cells show (last, min, max or average). Atoms ignore the aggregate.
struct RunColumn
{
    Q_DECLARE_TR_FUNCTIONS(RunColumn)

public:
    QString path;
    SeriesAggregate aggregate = SeriesAggregate::Last;

    // The sort key in the query language's syntax, for RunOrder: "`params/lr`", "min(`train/loss`)".
    QString sortKey() const;
    // What the header shows: "name" for sys fields, "train/loss" or "train/loss (min)" for others.
    QString title() const;
    bool isSys() const { return path.startsWith(QLatin1String("sys/")); }

    // "sys/name", "min:train/loss": a form to save in settings and read back with fromKey().
    QString key() const;
    static RunColumn fromKey(const QString &key);

    // The columns a new project starts with: id, name, owner, creation_time, state, failed, tags.
    static QList<RunColumn> defaults();
    // The defaults and then the float series of `latest` (the most recently modified run: its metrics), up to
    // `metrics` of them, in path order.
    static QList<RunColumn> defaultsFor(const QueryRun &latest, int metrics = 4);

    friend bool operator==(const RunColumn &, const RunColumn &) = default;
};

} // namespace nereid
