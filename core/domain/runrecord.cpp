#include "runrecord.h"

#include "domain/objectid.h"
#include "domain/runid.h"

#include <QJsonArray>

namespace nereid {

namespace {

QStringList stringList(const QJsonValue &json)
{
    QStringList items;
    for (const QJsonValue &item : json.toArray())
        items.append(item.toString());
    return items;
}

QDateTime dateTime(const QJsonValue &json)
{
    return dateTimeFromWire(json.toString()).value_or(QDateTime());
}

ValidationError runError(const QString &why)
{
    return {ErrorCode::InvalidValue, RunRecord::tr("The server sent a run the cache cannot read: %1").arg(why)};
}

} // namespace

Result<RunRecord> RunRecord::fromJson(const QJsonObject &json)
{
    RunRecord run;
    run.runId = json.value(QStringLiteral("id")).toString();
    // A server from before kinds sends none: every object it has is a run.
    run.kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("run"));
    if (run.isRun()) {
        const std::optional<RunId> id = RunId::parse(run.runId);
        if (!id)
            return runError(tr("\"%1\" is not a run id.").arg(run.runId));
        run.number = id->number;
    } else {
        const std::optional<ObjectId> id = ObjectId::parse(run.runId, run.kind);
        if (!id)
            return runError(tr("\"%1\" is not the id of an object of kind \"%2\".").arg(run.runId, run.kind));
        run.number = id->number;
        run.modelId = id->modelId();
    }
    run.project = json.value(QStringLiteral("project")).toString();
    const QJsonValue revision = json.value(QStringLiteral("revision"));
    const QJsonValue sysValue = json.value(QStringLiteral("sys"));
    if (!revision.isDouble() || !sysValue.isObject())
        return runError(tr("run %1 has no revision or no sys fields.").arg(run.runId));
    run.revision = revision.toInteger();

    const QJsonObject sys = sysValue.toObject();
    const QJsonValue customId = sys.value(QStringLiteral("custom_run_id"));
    run.customRunId = customId.isString() ? customId.toString() : QString();
    run.name = sys.value(QStringLiteral("name")).toString();
    run.description = sys.value(QStringLiteral("description")).toString();
    run.owner = sys.value(QStringLiteral("owner")).toString();
    run.hostname = sys.value(QStringLiteral("hostname")).toString();
    run.tags = stringList(sys.value(QStringLiteral("tags")));
    run.groupTags = stringList(sys.value(QStringLiteral("group_tags")));
    run.failed = sys.value(QStringLiteral("failed")).toBool();
    run.trashed = sys.value(QStringLiteral("trashed")).toBool();
    run.state = sys.value(QStringLiteral("state")).toString();
    run.creationTime = dateTime(sys.value(QStringLiteral("creation_time")));
    run.modificationTime = dateTime(sys.value(QStringLiteral("modification_time")));
    run.pingTime = dateTime(sys.value(QStringLiteral("ping_time")));
    run.runningTime = sys.value(QStringLiteral("running_time")).toDouble();
    run.size = sys.value(QStringLiteral("size")).toInteger();
    run.monitoringTime = sys.value(QStringLiteral("monitoring_time")).toInteger();
    run.stage = sys.value(QStringLiteral("stage")).toString();

    const QJsonObject revisions = json.value(QStringLiteral("sys_revisions")).toObject();
    run.nameRevision = revisions.value(QStringLiteral("name")).toInteger();
    run.descriptionRevision = revisions.value(QStringLiteral("description")).toInteger();
    run.failedRevision = revisions.value(QStringLiteral("failed")).toInteger();
    run.stageRevision = revisions.value(QStringLiteral("stage")).toInteger();

    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    run.fields.reserve(fields.size());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        Result<FieldRecord> field = FieldRecord::fromJson(it.key(), it.value().toObject());
        if (!field)
            return runError(field.error().message);
        run.fields.append(std::move(field.value()));
    }
    return run;
}

QStringList RunRecord::sysDifferences(const RunRecord &other) const
{
    QStringList paths;
    const auto compare = [&](const char *sysName, auto RunRecord::*member) {
        if (this->*member != other.*member)
            paths.append(QLatin1String("sys/") + QLatin1String(sysName));
    };
    compare("custom_run_id", &RunRecord::customRunId);
    compare("name", &RunRecord::name);
    compare("description", &RunRecord::description);
    compare("owner", &RunRecord::owner);
    compare("hostname", &RunRecord::hostname);
    compare("tags", &RunRecord::tags);
    compare("group_tags", &RunRecord::groupTags);
    compare("failed", &RunRecord::failed);
    compare("trashed", &RunRecord::trashed);
    compare("state", &RunRecord::state);
    compare("creation_time", &RunRecord::creationTime);
    compare("modification_time", &RunRecord::modificationTime);
    compare("ping_time", &RunRecord::pingTime);
    compare("running_time", &RunRecord::runningTime);
    compare("size", &RunRecord::size);
    compare("monitoring_time", &RunRecord::monitoringTime);
    compare("stage", &RunRecord::stage);
    return paths;
}

} // namespace nereid
