#include "sysedit.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "clock.h"
#include "domain/fieldvalue.h"
#include "router.h"
#include "servercontext.h"
#include "transaction.h"

#include <QJsonArray>

namespace nereid {

namespace {

FieldValue readValue(const QJsonValue &json, FieldType type, const QString &member)
{
    const Result<FieldValue> value = FieldValue::fromJson(type, json, QStringLiteral("sys/") + member);
    if (!value)
        throw ApiError::fromValidation(value.error());
    return *value;
}

QString readStage(const QJsonValue &json)
{
    QString stage = readValue(json, FieldType::String, QStringLiteral("stage")).toString();
    if (!isValidStage(stage))
        throw ApiError{400,
                       ErrorCode::InvalidValue,
                       SysEdit::tr("sys/stage takes none, staging, production or archived, not \"%1\".").arg(stage),
                       {{QStringLiteral("path"), QStringLiteral("sys/stage")}}};
    return stage;
}

QStringList applied(QStringList values, const QStringList &add, const QStringList &remove)
{
    values.append(add);
    values.removeIf([&](const QString &value) { return remove.contains(value); });
    values.sort();
    values.removeDuplicates();
    return values;
}

} // namespace

SysEdit SysEdit::fromJson(const QJsonObject &body)
{
    SysEdit edit;
    const QJsonValue revision = body.value(QStringLiteral("revision"));
    // A whole number: toInteger() would read 1.5 or 1e300 as 0, a revision older than every change.
    if (!revision.isDouble() || revision.toDouble() < 0 || double(revision.toInteger(-1)) != revision.toDouble())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       tr("The edit needs \"revision\", a whole number: the run revision the editor last saw.")};
    edit.m_revision = revision.toInteger();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("revision"))
            continue;
        if (key == QLatin1String("name"))
            edit.m_name = readValue(it.value(), FieldType::String, key).toString();
        else if (key == QLatin1String("description"))
            edit.m_description = readValue(it.value(), FieldType::String, key).toString();
        else if (key == QLatin1String("failed"))
            edit.m_failed = readValue(it.value(), FieldType::Bool, key).toBool();
        else if (key == QLatin1String("stage"))
            edit.m_stage = readStage(it.value());
        else if (key == QLatin1String("tags"))
            edit.m_tags = readSetChange(it.value(), key);
        else if (key == QLatin1String("group_tags"))
            edit.m_groupTags = readSetChange(it.value(), key);
        else
            throw ApiError{
                400,
                ErrorCode::ReadOnlyField,
                tr("sys/%1 cannot be edited: only name, description, failed, tags, group_tags and (on a model version) "
                   "stage can.")
                    .arg(key),
                {{QStringLiteral("path"), QString(QStringLiteral("sys/") + key)}}};
    }
    return edit;
}

SysEdit::SetChange SysEdit::readSetChange(const QJsonValue &json, const QString &member)
{
    if (!json.isObject())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       tr("\"%1\" must be an object with \"add\" and/or \"remove\" arrays.").arg(member)};
    const QJsonObject change = json.toObject();
    // A misspelt "remove" must not pass for an edit that changes nothing.
    for (const QString &key : change.keys()) {
        if (key != QLatin1String("add") && key != QLatin1String("remove"))
            throw ApiError{400, QStringLiteral("invalid_request"),
                           tr("\"%1\" takes only \"add\" and \"remove\", not \"%2\".").arg(member, key)};
    }
    const QJsonValue none = QJsonArray();
    return {
        readValue(change.value(QStringLiteral("add")).isUndefined() ? none : change.value(QStringLiteral("add")),
                  FieldType::StringSet, member)
            .toStringSet(),
        readValue(change.value(QStringLiteral("remove")).isUndefined() ? none : change.value(QStringLiteral("remove")),
                  FieldType::StringSet, member)
            .toStringSet()};
}

void SysEdit::checkConflicts(const RunRow &run) const
{
    if (m_stage && run.kind != ObjectKind::ModelVersion)
        throw ApiError{
            400,
            ErrorCode::ReadOnlyField,
            tr("sys/stage belongs to model versions: %1 is a %2.").arg(run.runId(), objectKindName(run.kind)),
            {{QStringLiteral("path"), QStringLiteral("sys/stage")}}};
    QJsonArray conflicts;
    const auto check = [&](bool edited, qint64 changedAt, const char *field, const QJsonValue &current) {
        if (edited && changedAt > m_revision)
            conflicts.append(QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                                         {QStringLiteral("value"), current},
                                         {QStringLiteral("revision"), changedAt}});
    };
    check(m_name.has_value(), run.nameRevision, "name", run.name);
    check(m_description.has_value(), run.descriptionRevision, "description", run.description);
    check(m_failed.has_value(), run.failedRevision, "failed", run.failed);
    check(m_stage.has_value(), run.stageRevision, "stage", run.stage);
    if (conflicts.isEmpty())
        return;
    const QString fields = [&] {
        QStringList names;
        for (const QJsonValue &conflict : conflicts)
            names.append(conflict.toObject().value(QStringLiteral("field")).toString());
        return names.join(QStringLiteral(", "));
    }();
    throw ApiError{
        409,
        QStringLiteral("conflict"),
        tr("%1 of %2 changed since revision %3; nothing was applied.").arg(fields, run.runId()).arg(m_revision),
        {{QStringLiteral("revision"), run.revision}, {QStringLiteral("conflicts"), conflicts}}};
}

void SysEdit::applyTo(RunRow &run, qint64 revision) const
{
    if (m_name) {
        run.name = *m_name;
        run.nameRevision = revision;
    }
    if (m_description) {
        run.description = *m_description;
        run.descriptionRevision = revision;
    }
    if (m_failed) {
        run.failed = *m_failed;
        run.failedRevision = revision;
    }
    if (m_stage) {
        run.stage = *m_stage;
        run.stageRevision = revision;
    }
    run.tags = applied(run.tags, m_tags.add, m_tags.remove);
    run.groupTags = applied(run.groupTags, m_groupTags.add, m_groupTags.remove);
}

void SysEdit::addRoute(Router &router, ServerContext &context)
{
    router.add(HttpMethod::Patch, QStringLiteral("/api/v1/runs/{}/sys"), [&context](const ApiRequest &request) {
        Access::run(context, request, Role::Contributor); // who may, before what
        const SysEdit edit = fromJson(request.jsonBody());
        const qint64 now = nowMs();
        Transaction transaction(context.db);
        RunRow run = context.runs.get(request.capture(0));
        edit.checkConflicts(run);
        const qint64 revision = context.projects.nextRevision(run.projectId);
        edit.applyTo(run, revision);
        context.saveChanged(run, now, revision);
        transaction.commit();
        return ApiResponse{200, context.runJson(run, now)};
    });
}

} // namespace nereid
