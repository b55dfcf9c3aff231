#include "viewroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "router.h"
#include "servercontext.h"
#include "transaction.h"
#include "viewstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

constexpr qsizetype MaxStateBytes = qsizetype(64) * 1024;
constexpr qsizetype MaxNameLength = 200;

// A name is a URL segment and a combo box entry: no slash, no control characters, no outer whitespace.
QString viewName(const ApiRequest &request)
{
    const QString &name = request.capture(2);
    const bool bad =
        name.isEmpty() || name.size() > MaxNameLength || name.trimmed() != name || name.contains(QLatin1Char('/')) ||
        std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (bad)
        throw ApiError{400, QStringLiteral("invalid_view_name"),
                       ViewStore::tr("\"%1\" is not a valid view name: use 1 to %2 characters, no slash, no control "
                                     "characters, no leading or trailing spaces.")
                           .arg(name)
                           .arg(MaxNameLength)};
    return name;
}

[[noreturn]] void unknownView(const QString &name, const Project &project)
{
    throw ApiError{404, QStringLiteral("unknown_view"),
                   ViewStore::tr("There is no view \"%1\" in %2.").arg(name, project.fullName())};
}

[[noreturn]] void conflict(const QString &name, qint64 expected, const std::optional<ViewRow> &current)
{
    const qint64 revision = current ? current->revision : 0;
    throw ApiError{409,
                   QStringLiteral("conflict"),
                   ViewStore::tr("The view \"%1\" is at revision %2, not %3; nothing was saved.")
                       .arg(name)
                       .arg(revision)
                       .arg(expected),
                   {{QStringLiteral("revision"), revision},
                    {QStringLiteral("view"), current ? QJsonValue(current->toJson()) : QJsonValue()}}};
}

struct ViewEdit
{
    qint64 revision = 0;
    QByteArray state;
    std::optional<bool> isDefault;
};

ViewEdit readEdit(const QJsonObject &body)
{
    ViewEdit edit;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("revision") && it.key() != QLatin1String("state") &&
            it.key() != QLatin1String("default"))
            throw ApiError{
                400, QStringLiteral("invalid_request"),
                ViewStore::tr("A view takes \"revision\", \"state\" and \"default\", not \"%1\".").arg(it.key())};
    }
    const QJsonValue revision = body.value(QStringLiteral("revision"));
    if (!revision.isDouble() || revision.toDouble() < 0 || double(revision.toInteger(-1)) != revision.toDouble())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       ViewStore::tr("The view needs \"revision\", a whole number: the revision the editor last saw, "
                                     "0 for a new view.")};
    edit.revision = revision.toInteger();
    if (!body.value(QStringLiteral("state")).isObject())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       ViewStore::tr("The view needs \"state\", a JSON object.")};
    edit.state = QJsonDocument(body.value(QStringLiteral("state")).toObject()).toJson(QJsonDocument::Compact);
    if (edit.state.size() > MaxStateBytes)
        throw ApiError{413, QStringLiteral("view_too_large"),
                       ViewStore::tr("The view's state has %1 bytes; a view holds at most %2.")
                           .arg(edit.state.size())
                           .arg(MaxStateBytes)};
    const QJsonValue isDefault = body.value(QStringLiteral("default"));
    if (!isDefault.isUndefined() && !isDefault.isBool())
        throw ApiError{400, QStringLiteral("invalid_request"), ViewStore::tr("\"default\" must be true or false.")};
    if (isDefault.isBool())
        edit.isDefault = isDefault.toBool();
    return edit;
}

ApiResponse listViews(ServerContext &context, const ApiRequest &request)
{
    const qint64 since = request.intQueryItem(QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    const Project project = Access::project(context, request, Role::Viewer);
    ViewStore store(context.db);
    QJsonArray views;
    for (const ViewRow &view : store.changedSince(project.id, since, since > 0))
        views.append(view.toJson());
    return {200,
            {{QStringLiteral("project"), project.fullName()},
             {QStringLiteral("revision"), store.latestRevision(project.id)},
             {QStringLiteral("epoch"), context.epoch}, // as in a changes page: a view cache resyncs on another one
             {QStringLiteral("views"), views}}};
}

ApiResponse readView(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Viewer);
    const QString name = viewName(request);
    const std::optional<ViewRow> view = ViewStore(context.db).find(project.id, name);
    if (!view || view->deleted)
        unknownView(name, project);
    return {200, view->toJson()};
}

ApiResponse saveView(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Contributor); // who may, before what
    const QString name = viewName(request);
    const ViewEdit edit = readEdit(request.jsonBody());
    Transaction transaction(context.db);
    ViewStore store(context.db);
    const std::optional<ViewRow> current = store.find(project.id, name);
    const bool live = current && !current->deleted;
    if (edit.revision != (live ? current->revision : 0))
        conflict(name, edit.revision, current);
    ViewRow view{name,
                 edit.state,
                 edit.isDefault.value_or(live && current->isDefault),
                 store.latestRevision(project.id) + 1,
                 false,
                 nowMs(),
                 request.user()};
    if (view.isDefault)
        store.clearDefault(project.id, name);
    store.save(project.id, view);
    transaction.commit();
    return {live ? 200 : 201, view.toJson()};
}

ApiResponse deleteView(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Contributor);
    const QString name = viewName(request);
    const qint64 expected = request.intQueryItem(QStringLiteral("revision"), -1, 0, std::numeric_limits<qint64>::max());
    Transaction transaction(context.db);
    ViewStore store(context.db);
    const std::optional<ViewRow> current = store.find(project.id, name);
    if (!current || current->deleted)
        unknownView(name, project);
    if (expected >= 0 && expected != current->revision)
        conflict(name, expected, current);
    const ViewRow tombstone{name, "{}", false, store.latestRevision(project.id) + 1, true, nowMs(), request.user()};
    store.save(project.id, tombstone);
    transaction.commit();
    return {200, tombstone.toJson()};
}

} // namespace

void addViewRoutes(Router &router, ServerContext &context)
{
    const QString views = QStringLiteral("/api/v1/projects/{}/{}/views");
    const QString view = views + QStringLiteral("/{}");
    router.add(HttpMethod::Get, views, [&context](const ApiRequest &request) { return listViews(context, request); });
    router.add(HttpMethod::Get, view, [&context](const ApiRequest &request) { return readView(context, request); });
    router.add(HttpMethod::Put, view, [&context](const ApiRequest &request) { return saveView(context, request); });
    router.add(HttpMethod::Delete, view,
               [&context](const ApiRequest &request) { return deleteView(context, request); });
}

} // namespace nereid
