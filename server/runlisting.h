#pragma once

#include "fieldrow.h"
#include "runrow.h"

#include <QJsonObject>

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
    // or null after the last}, as JSON text (RunRow::appendJson: a page of 10,000 model versions built as a
    // QJsonObject tree took longer than reading them). Throws ApiError(400) for a page token of another listing.
    QByteArray list(const Project &project, const RunListingParams &params, qint64 now);

    ServerContext &m_context;
};

} // namespace nereid
