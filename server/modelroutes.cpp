#include "modelroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "router.h"
#include "runlisting.h"
#include "runlistingparams.h"
#include "runroutes.h"
#include "servercontext.h"
#include "transaction.h"

namespace nereid {

namespace {

using Method = HttpMethod;

// Creates the object `newRun` names, or (when it exists) records the contact as a run's resume does.
ApiResponse createOrResume(ServerContext &context, const Project &project, const QString &owner, const NewRun &newRun,
                           qint64 now)
{
    const QString id = newRun.objectKey.isEmpty() ? project.key : project.key + QLatin1Char('-') + newRun.objectKey;
    std::optional<RunRow> object = context.runs.find(id);
    const bool created = !object;
    if (created) {
        const qint64 revision = context.projects.nextRevision(project.id);
        object =
            context.runs.create(project, context.projects.nextObjectNumber(project.id), revision, owner, newRun, now);
    } else {
        recordContact(*object, now, context.settings.activeMs);
        if (!newRun.hostname.isEmpty())
            object->hostname = newRun.hostname;
        context.saveChanged(*object, now);
    }
    return {created ? 201 : 200, context.runJson(*object, now)};
}

// Objects other than runs have no custom run id: their key names them.
NewRun readNewObject(const QJsonObject &body, ObjectKind kind)
{
    NewRun object = readNewRun(body);
    object.customRunId.clear();
    object.kind = kind;
    return object;
}

ApiResponse createModel(ServerContext &context, const ApiRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    const Project project = Access::project(context, request, Role::Contributor);
    const QJsonValue key = body.value(QStringLiteral("key"));
    if (!key.isString() || !isValidModelKey(key.toString()))
        throw ApiError{
            400, QStringLiteral("invalid_model_key"),
            RunStore::tr("A model needs a \"key\" of an uppercase letter, then uppercase letters and digits, "
                         "at most 10 in all (e.g. MOD, FRAUD2).")};
    NewRun model = readNewObject(body, ObjectKind::Model);
    model.objectKey = key.toString();
    ApiResponse response = createOrResume(context, project, request.user(), model, now);
    transaction.commit();
    return response;
}

ApiResponse createVersion(ServerContext &context, const ApiRequest &request)
{
    NewRun version = readNewObject(request.jsonBody(), ObjectKind::ModelVersion);
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    const RunRow model = Access::run(context, request, Role::Contributor);
    if (model.kind != ObjectKind::Model)
        throw ApiError{404, QStringLiteral("unknown_model"),
                       RunStore::tr("There is no model %1.").arg(request.capture(0))};
    version.parentId = model.id;
    version.objectKey = model.objectKey + QLatin1Char('-') + QString::number(context.runs.nextVersionNumber(model.id));
    Project project;
    project.id = model.projectId;
    project.key = model.projectKey;
    ApiResponse response = createOrResume(context, project, request.user(), version, now);
    transaction.commit();
    return response;
}

ApiResponse createMetadata(ServerContext &context, const ApiRequest &request)
{
    const QJsonObject body = request.jsonBody();
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    const Project project = Access::project(context, request, Role::Contributor);
    NewRun metadata = readNewObject(body, ObjectKind::Project);
    metadata.objectKey = QLatin1String("");
    if (metadata.name.isEmpty())
        metadata.name = project.name;
    ApiResponse response = createOrResume(context, project, request.user(), metadata, now);
    transaction.commit();
    return response;
}

ApiResponse list(ServerContext &context, const ApiRequest &request, const Project &project, ObjectKind kind,
                 const QString &model)
{
    const qint64 now = nowMs();
    RunListingParams params = RunListingParams::fromRequest(request, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    params.kind = kind;
    params.model = model;
    ApiResponse response;
    response.rawBody = RunListing(context).list(project, params, now);
    return response;
}

} // namespace

void addModelRoutes(Router &router, ServerContext &context)
{
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{}/{}/models"),
               [&context](const ApiRequest &request) { return createModel(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{}/{}/models"), [&context](const ApiRequest &request) {
        return list(context, request, Access::project(context, request, Role::Viewer), ObjectKind::Model, {});
    });
    router.add(Method::Post, QStringLiteral("/api/v1/models/{}/versions"),
               [&context](const ApiRequest &request) { return createVersion(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/models/{}/versions"), [&context](const ApiRequest &request) {
        const RunRow model = Access::run(context, request, Role::Viewer);
        if (model.kind != ObjectKind::Model)
            throw ApiError{404, QStringLiteral("unknown_model"),
                           RunStore::tr("There is no model %1.").arg(request.capture(0))};
        const Project project = context.projects.get(*ProjectName::parse(model.projectName));
        return list(context, request, project, ObjectKind::ModelVersion, model.runId());
    });
    router.add(Method::Post, QStringLiteral("/api/v1/projects/{}/{}/metadata"),
               [&context](const ApiRequest &request) { return createMetadata(context, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/projects/{}/{}/metadata"), [&context](const ApiRequest &request) {
        const Project project = Access::project(context, request, Role::Viewer);
        ApiResponse response;
        response.rawBody = context.runJsonText(context.runs.get(project.key), nowMs());
        return response;
    });
}

} // namespace nereid
