#pragma once

#include "objectkind.h"
#include "pagetoken.h"
#include "query/query.h"
#include "query/runorder.h"

#include <optional>
#include <QCoreApplication>

namespace nereid {

class ApiRequest;

// The query parameters of GET /api/v1/projects/{workspace}/{project}/runs (docs/api.md), read and checked
// before any run is loaded: query, sort_by, ascending, columns, state, owner, tag, trashed, limit, offset,
// page_token, kind, model. state, owner and tag become clauses of the query, so one evaluation filters by all of them.
struct RunListingParams
{
    Q_DECLARE_TR_FUNCTIONS(RunListingParams)

public:
    static inline const QString DefaultSortKey = QStringLiteral("sys/creation_time");

    // Throws ApiError: 400 invalid_query for a query or sort key that does not parse or type-check,
    // 400 invalid_path for a bad column, 400 invalid_request for any other bad parameter.
    static RunListingParams fromRequest(const ApiRequest &request, const QDateTime &now);

    // Every field the query and the sort key read, each once.
    QStringList paths() const;
    // What a page token names its listing by: the project, query, filters and sort (not columns or limit, which
    // may change from page to page).
    QString listingKey(qint64 projectId) const;

    Query query;
    RunOrder order;
    std::optional<QStringList> columns; // nullopt: every field of each run
    bool trashed = false;
    int limit = 100;
    int offset = 0;
    std::optional<PageToken> pageToken; // given instead of offset
    QString listing;                    // the query, filters and sort as given, for listingKey()
    ObjectKind kind = ObjectKind::Run;  // what is listed: runs unless asked otherwise
    QString model;                      // with kind ModelVersion, the versions of this model only ("CLS-MOD")
};

} // namespace nereid
