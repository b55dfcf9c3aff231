#pragma once

#include "fieldrow.h"
#include "runrow.h"

#include <QJsonObject>

namespace nereid {

class ServerContext;
struct Project;
struct RunListingParams;

// Answers the run listing (docs/api.md, GET .../runs). With a query or a sort key other than the creation
// time, it loads the project's runs and just the fields the query, the sort key and the columns need (two
// statements, whatever the number of runs), filters and sorts them in memory with core/query, and pages;
// without, the database pages through the runs by creation time directly.
class RunListing
{
public:
    explicit RunListing(ServerContext &context)
        : m_context(context)
    {
    }

    // {"runs": [run objects], "total": number of runs that match}
    QJsonObject list(const Project &project, const RunListingParams &params, qint64 now);

private:
    QJsonObject evaluated(const Project &project, const RunListingParams &params, qint64 now);
    QJsonObject paged(const Project &project, const RunListingParams &params, qint64 now);
    // The run object with every field, or with the columns among `loaded` when the request names columns.
    QJsonObject runJson(const RunRow &run, const RunListingParams &params, const QList<FieldRow> &loaded, qint64 now);

    ServerContext &m_context;
};

} // namespace nereid
