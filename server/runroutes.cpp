#include "runroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "domain/fieldvalue.h"
#include "router.h"
#include "runlisting.h"
#include "runlistingparams.h"
#include "servercontext.h"
#include "transaction.h"

#include <QJsonArray>

namespace nereid {

namespace {

using Method = HttpMethod;

// A member of the create body read as a sys field of `type`; absent or null gives `fallback`.
FieldValue member(const QJsonObject &body, const QString &key, FieldType type, const FieldValue &fallback)
{
    const QJsonValue json = body.value(key);
    if (json.isUndefined() || json.isNull())
        return fallback;
    const Result<FieldValue> value = FieldValue::fromJson(type, json, key);
    if (!value)
        throw ApiError::fromValidation(value.error());
    return *value;
}

} // namespace

NewRun readNewRun(const QJsonObject &body)
{
    const FieldValue noText = FieldValue::fromString({});
    const FieldValue noStrings = FieldValue::fromStringSet({});
    NewRun run;
    run.customRunId = member(body, QStringLiteral("custom_run_id"), FieldType::String, noText).toString();
    run.name = member(body, QStringLiteral("name"), FieldType::String, noText).toString();
    run.description = member(body, QStringLiteral("description"), FieldType::String, noText).toString();
    run.tags = member(body, QStringLiteral("tags"), FieldType::StringSet, noStrings).toStringSet();
    run.groupTags = member(body, QStringLiteral("group_tags"), FieldType::StringSet, noStrings).toStringSet();
    run.hostname = member(body, QStringLiteral("hostname"), FieldType::String, noText).toString();
    return run;
}

namespace {

ApiResponse createOrResume(ServerContext &context, const ApiRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const NewRun newRun = readNewRun(body);
    const QString withId =
        member(body, QStringLiteral("with_id"), FieldType::String, FieldValue::fromString({})).toString();
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    const Project project = Access::project(context, request, Role::Contributor);
    std::optional<RunRow> run;
    if (!withId.isEmpty()) {
        run = context.runs.get(withId);
        if (run->projectId != project.id || run->kind != ObjectKind::Run)
            throw ApiError{404, QStringLiteral("unknown_run"),
                           RunStore::tr("There is no run %1 in %2.").arg(withId, project.fullName())};
    } else if (!newRun.customRunId.isEmpty()) {
        run = context.runs.findByCustomId(project.id, newRun.customRunId);
    }
    const bool created = !run;
    if (created) {
        const qint64 revision = context.projects.nextRevision(project.id);
        run = context.runs.create(project, context.projects.nextRunNumber(project.id), revision, request.user(), newRun,
                                  now);
    } else {
        recordContact(*run, now, context.settings.activeMs);
        if (!newRun.hostname.isEmpty())
            run->hostname = newRun.hostname;
        context.saveChanged(*run, now);
    }
    const QJsonObject json = context.runJson(*run, now);
    transaction.commit();
    return {created ? 201 : 200, json};
}

ApiResponse listRuns(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Viewer);
    const qint64 now = nowMs();
    const RunListingParams params =
        RunListingParams::fromRequest(request, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    ApiResponse response;
    response.rawBody = RunListing(context).list(project, params, now);
    return response;
}

// A change to one run's sys columns, stamped and saved in its own transaction.
template<typename Change> RunRow changeRun(ServerContext &context, const ApiRequest &request, Change change)
{
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    RunRow run = Access::run(context, request, Role::Contributor);
    change(run, now);
    context.saveChanged(run, now);
    transaction.commit();
    return run;
}

} // namespace

void addRunRoutes(Router &router, ServerContext &context)
{
    const qint64 activeMs = context.settings.activeMs;
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{}/{}/runs"),
               [&context](const ApiRequest &request) { return createOrResume(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{}/{}/runs"),
               [&context](const ApiRequest &request) { return listRuns(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/runs/{}"), [&context](const ApiRequest &request) {
        ApiResponse response;
        response.rawBody = context.runJsonText(Access::run(context, request, Role::Viewer), nowMs());
        return response;
    });
    router.add(Method::Post, QStringLiteral("/api/v1/runs/{}/ping"), [&context, activeMs](const ApiRequest &request) {
        const RunRow run =
            changeRun(context, request, [&](RunRow &row, qint64 now) { recordContact(row, now, activeMs); });
        const QJsonObject sys = run.toJson(nowMs(), activeMs).value(QStringLiteral("sys")).toObject();
        return ApiResponse{200,
                           {{QStringLiteral("state"), sys.value(QStringLiteral("state"))},
                            {QStringLiteral("ping_time"), sys.value(QStringLiteral("ping_time"))}}};
    });
    router.add(Method::Post, QStringLiteral("/api/v1/runs/{}/stop"), [&context, activeMs](const ApiRequest &request) {
        const RunRow run = changeRun(context, request, [&](RunRow &row, qint64 now) {
            recordContact(row, now, activeMs);
            row.stopped = true;
        });
        return ApiResponse{200, context.runJson(run, nowMs())};
    });
    for (const bool trash : {true, false}) {
        const QString pattern =
            trash ? QStringLiteral("/api/v1/runs/{}/trash") : QStringLiteral("/api/v1/runs/{}/restore");
        router.add(Method::Post, pattern, [&context, trash](const ApiRequest &request) {
            const RunRow run = changeRun(context, request, [&](RunRow &row, qint64) { row.trashed = trash; });
            return ApiResponse{200, context.runJson(run, nowMs())};
        });
    }
}

} // namespace nereid
