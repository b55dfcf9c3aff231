#pragma once

#include "fieldrow.h"
#include "query/queryrun.h"
#include "runrow.h"

#include <functional>
#include <optional>

namespace nereid {

// Builds the QueryRun views that the run listing filters and sorts, straight from the stored rows: no run
// object JSON in between, and only the sys fields a query or sort reads, because the listing builds one for
// every run of a project (100,000 of them must take well under a second).
class RunViewBuilder
{
public:
    // `paths` are the fields queries and sort keys read; the sys ones among them are taken from the run's row,
    // the others come from the field rows given to build(). `now` decides sys/state.
    RunViewBuilder(const QStringList &paths, qint64 now, qint64 activeMs);

    QueryRun build(const RunRow &run, const QList<FieldRow> &fields) const;
    // Sets the builder's sys fields of `run` and `fields` on a view built before (replacing what it had).
    void addTo(QueryRun &view, const RunRow &run, const QList<FieldRow> &fields) const;
    // Sets one field on a view (the path shared with the builder's when it has it).
    void addField(QueryRun &view, const FieldRow &row) const;

    // A stored field as queries see it; nullopt when the stored text cannot be read (never for rows the server wrote).
    static std::optional<QueryField> fieldOf(const FieldRow &row);

    // The paths among `paths` outside sys: the fields to load from the fields table.
    static QStringList nonSysPaths(const QStringList &paths);

private:
    using SysValue = std::function<std::optional<FieldValue>(const RunRow &, qint64 now, qint64 activeMs)>;
    static const QHash<QString, SysValue> &sysValues();

    QList<QPair<QString, SysValue>> m_sys;
    QStringList m_fieldPaths; // the others: views share these strings, so a query compares paths in cache
    qint64 m_now;
    qint64 m_activeMs;
};

} // namespace nereid
