#include "changesroutes.h"

#include "apirequest.h"
#include "clock.h"
#include "router.h"
#include "servercontext.h"
#include "transaction.h"

#include <QJsonArray>

namespace nereid {

namespace {

ApiResponse readChanges(ServerContext &context, const ApiRequest &request)
{
    const qint64 since = request.intQueryItem(QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const int limit = int(request.intQueryItem(QStringLiteral("limit"), 100, 1, 1000));
    const qint64 now = nowMs();
    // One read transaction, so the page, its runs' fields and the project revision agree.
    Transaction snapshot(context.db);
    const Project project = context.projectAt(request.capture(0), request.capture(1));
    const QList<RunRow> changed = context.runs.changedSince(project.id, since, limit + 1);
    const bool more = changed.size() > limit;
    QJsonArray runs;
    qint64 cursor = since;
    for (qsizetype i = 0; i < std::min<qsizetype>(changed.size(), limit); ++i) {
        runs.append(context.runJson(changed[i], now));
        cursor = changed[i].revision;
    }
    snapshot.commit();
    return {200,
            {{QStringLiteral("project"), project.fullName()},
             {QStringLiteral("revision"), project.revision},
             {QStringLiteral("cursor"), cursor},
             {QStringLiteral("more"), more},
             {QStringLiteral("runs"), runs}}};
}

} // namespace

void addChangesRoutes(Router &router, ServerContext &context)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/projects/{}/{}/changes"),
               [&context](const ApiRequest &request) { return readChanges(context, request); });
}

} // namespace nereid
