#include "changesroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "jsontext.h"
#include "router.h"
#include "servercontext.h"
#include "transaction.h"

namespace nereid {

namespace {

// One run of the page as JSON text.
void appendRun(QByteArray &out, const RunRow &run, const QList<FieldRow> &fields, qint64 now, qint64 activeMs)
{
    QByteArray fieldsText;
    FieldRow::appendObject(fieldsText, fields);
    run.appendJson(out, now, activeMs, fieldsText);
}

ApiResponse readChanges(ServerContext &context, const ApiRequest &request)
{
    const qint64 since = request.intQueryItem(QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const int limit = int(request.intQueryItem(QStringLiteral("limit"), 100, 1, 1000));
    const QString kindName = request.queryItem(QStringLiteral("kind")).trimmed();
    const std::optional<ObjectKind> kind =
        kindName.isEmpty() ? std::optional(ObjectKind::Run) : objectKindFromName(kindName);
    if (!kind)
        throw ApiError{400, QStringLiteral("invalid_request"),
                       RunStore::tr("kind must be run, model, model_version or project, not \"%1\".").arg(kindName)};
    const qint64 now = nowMs();
    const qint64 activeMs = context.settings.activeMs;
    // One read transaction, so the page, its runs' fields and the project revision agree.
    Transaction snapshot(context.db);
    const Project project = Access::project(context, request, Role::Viewer);
    QList<RunRow> changed = context.runs.changedSince(project.id, since, limit + 1, *kind);
    const bool more = changed.size() > limit;
    if (more)
        changed.resize(limit);
    const qint64 cursor = changed.isEmpty() ? since : changed.last().revision;
    // The fields of the whole page in one statement: a statement per run cost more than its rows.
    const QHash<qint64, QList<FieldRow>> fields =
        context.fields.fieldsOfChangedRuns(project.id, since, cursor, objectKindName(*kind));
    QByteArray body;
    body.reserve(changed.size() * 2048);
    body.append("{\"project\":", 11);
    jsontext::appendString(body, project.fullName());
    body.append(",\"revision\":", 12);
    jsontext::appendInteger(body, project.revision);
    body.append(",\"cursor\":", 10);
    jsontext::appendInteger(body, cursor);
    body.append(more ? QByteArrayLiteral(",\"more\":true") : QByteArrayLiteral(",\"more\":false"));
    // The server's clock and active window: a client turns a cached "active" into "inactive" once a run's
    // ping_time is older than active_ms by this clock, without a change in the feed (docs/api.md).
    // How many runs changed after this page: with the runs it has, a client shows "4,200 of 10,000".
    body.append(",\"remaining\":", 13);
    jsontext::appendInteger(body, more ? context.runs.countChangedSince(project.id, cursor, *kind) : 0);
    // The database's name: a client whose cursor came from another epoch syncs from scratch (docs/api.md).
    body.append(",\"epoch\":", 9);
    jsontext::appendString(body, context.epoch);
    body.append(",\"server_time\":", 15);
    jsontext::appendInteger(body, now);
    body.append(",\"active_ms\":", 13);
    jsontext::appendInteger(body, activeMs);
    body.append(",\"runs\":[", 9);
    for (qsizetype i = 0; i < changed.size(); ++i) {
        if (i > 0)
            body.append(',');
        appendRun(body, changed[i], fields.value(changed[i].id), now, activeMs);
    }
    body.append("]}", 2);
    snapshot.commit();
    ApiResponse response;
    response.rawBody = std::move(body);
    return response;
}

} // namespace

void addChangesRoutes(Router &router, ServerContext &context)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/projects/{}/{}/changes"),
               [&context](const ApiRequest &request) { return readChanges(context, request); });
}

} // namespace nereid
