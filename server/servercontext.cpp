#include "servercontext.h"

#include "apierror.h"
#include "servermeta.h"

namespace nereid {

ServerContext::ServerContext(ServerSettings serverSettings, const QString &connectionName)
    : settings(std::move(serverSettings))
    , db(connectionName)
    , tokens(db)
    , projects(db)
    , runs(db)
    , series(db)
    , fields(db, series)
    , runViews(runs, fields, settings.activeMs)
{
}

QString ServerContext::open(const QString &dataDir)
{
    blobs = std::make_unique<BlobStore>(dataDir, BlobStore::Opening::KeepUploads);
    QString error;
    DatabaseUrl url = DatabaseUrl::parse(settings.database, dataDir, &error);
    url.sqliteCacheMiB = settings.sqliteCacheMiB;
    if (error.isEmpty())
        error = db.open(url);
    return error.isEmpty() ? readEpoch() : error;
}

QString ServerContext::readEpoch()
{
    try {
        epoch = ServerMeta(db).epoch();
    } catch (const ApiError &error) {
        return error.message;
    }
    return epoch.isEmpty() ? QStringLiteral("the database has no epoch in server_meta") : QString();
}

QJsonObject ServerContext::runJson(const RunRow &run, qint64 now)
{
    QJsonObject json = run.toJson(now, settings.activeMs);
    QJsonObject fieldsJson;
    for (const FieldRow &field : fields.fieldsOf(run.id))
        fieldsJson.insert(field.path, field.toJson());
    json.insert(QStringLiteral("fields"), fieldsJson);
    return json;
}

QByteArray ServerContext::runJsonText(const RunRow &run, qint64 now)
{
    const QString runId = run.runId();
    const ReadCache::Run *cached = reads ? reads->run(runId) : nullptr;
    QByteArray fieldsText;
    if (cached && cached->row.revision == run.revision) {
        fieldsText = cached->fieldsText;
    } else {
        FieldRow::appendObject(fieldsText, fields.fieldsOf(run.id));
        if (reads)
            reads->rememberRun(runId, {run, fieldsText});
    }
    QByteArray text;
    text.reserve(fieldsText.size() + 1024);
    run.appendJson(text, now, settings.activeMs, fieldsText);
    return text;
}

void ServerContext::saveChanged(RunRow &run, qint64 now, qint64 revision)
{
    run.revision = revision > 0 ? revision : projects.nextRevision(run.projectId);
    run.modificationTime = now;
    runs.save(run);
}

Project ServerContext::projectAt(const QString &workspace, const QString &project)
{
    const Result<ProjectName> name = ProjectName::fromParts(workspace, project);
    if (!name)
        throw ApiError{404, QStringLiteral("unknown_project"),
                       ProjectStore::tr("There is no project %1/%2.").arg(workspace, project)};
    return projects.get(*name);
}

} // namespace nereid
