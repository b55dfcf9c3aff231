#pragma once

#include "fieldrow.h"
#include "runrow.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace nereid {

class ServerContext;
struct Project;
struct RunListingParams;

// Answers the run listing (docs/api.md, GET .../runs): takes the project's runs, with the fields the query
// and the sort key read, from RunViewCache (which reads them from SQL in two statements the first time and
// afterwards only the runs changed since), filters and sorts them in memory with core/query, and pages.
class RunListing
{
public:
    explicit RunListing(ServerContext &context)
        : m_context(context)
    {
    }

    // {"runs": [run objects], "total": number of runs that match, "next_page_token": where the next page starts,
    // or null after the last}, as JSON text. Throws ApiError(400) for a page token of another listing.
    QByteArray list(const Project &project, const RunListingParams &params, qint64 now);

private:
    // The run object at the end of `out`, with every field or with the request's columns (`columnFields`: the
    // page's fields, read for them).
    void appendRun(QByteArray &out, const RunRow &run, const RunListingParams &params,
                   const QHash<qint64, QList<FieldRow>> &columnFields, qint64 now);

    ServerContext &m_context;
};

} // namespace nereid
