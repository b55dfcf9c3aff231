#include "runstore.h"

#include "apierror.h"
#include "database.h"
#include "domain/runid.h"
#include "objectid.h"
#include "projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// Read through SqlStatement: a listing reads every run of a project, 100,000 rows of 25 values, which as QVariants
// cost more than the query.
const QByteArray selectRuns =
    "SELECT runs.id, project_id, project_key, workspace || '/' || projects.name, number, custom_run_id, runs.name,"
    " runs.description, owner, hostname, tags, group_tags, failed, trashed, stopped, creation_time,"
    " modification_time, ping_time, running_time, size, field_count, runs.revision, name_rev, description_rev,"
    " failed_rev, CASE kind WHEN 'run' THEN 0 WHEN 'model' THEN 1 WHEN 'model_version' THEN 2 ELSE 3 END,"
    " object_key, parent_id, stage, stage_rev FROM runs JOIN projects ON projects.id = runs.project_id";

QStringList stringsFromJson(const QString &text)
{
    QStringList strings;
    if (text == QLatin1String("[]")) // most runs have no tags: skip the parser when listing 100,000 of them
        return strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        strings.append(value.toString());
    return strings;
}

QString stringsToJson(const QStringList &strings)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

RunRow readRun(const SqlStatement &q)
{
    RunRow run;
    run.id = q.integer(0);
    run.projectId = q.integer(1);
    run.projectKey = q.text(2);
    run.projectName = q.text(3);
    run.number = q.integer(4);
    run.customRunId = q.text(5); // null for NULL
    run.name = q.text(6);
    run.description = q.text(7);
    run.owner = q.text(8);
    run.hostname = q.text(9);
    run.tags = stringsFromJson(q.text(10));
    run.groupTags = stringsFromJson(q.text(11));
    run.failed = q.integer(12) != 0;
    run.trashed = q.integer(13) != 0;
    run.stopped = q.integer(14) != 0;
    run.creationTime = q.integer(15);
    run.modificationTime = q.integer(16);
    run.pingTime = q.integer(17);
    run.runningTime = q.real(18);
    run.size = q.integer(19);
    run.fieldCount = q.integer(20);
    run.revision = q.integer(21);
    run.nameRevision = q.integer(22);
    run.descriptionRevision = q.integer(23);
    run.failedRevision = q.integer(24);
    // The kind as a number and a run's stage left alone: a listing reads 100,000 runs, and a string each is felt.
    run.kind = ObjectKind(q.integer(25));
    if (run.kind == ObjectKind::Run)
        return run;
    run.objectKey = q.text(26);
    run.parentId = q.integer(27);
    run.stage = q.text(28);
    run.stageRevision = q.integer(29);
    return run;
}

} // namespace

RunRow RunStore::get(const QString &runId)
{
    std::optional<RunRow> run = find(runId);
    if (!run)
        throw unknown(runId);
    return std::move(*run);
}

std::optional<RunRow> RunStore::find(const QString &runId)
{
    // In a write on PostgreSQL the run and its project stay locked until the commit (Database::forUpdate):
    // what the writer read is what it changes, and the project's revisions go out in commit order.
    SqlStatement *select = nullptr;
    if (const auto id = RunId::parse(runId)) {
        static const QByteArray sql = selectRuns + " WHERE project_key = ? AND number = ?";
        select = &m_db.statement(sql + m_db.forUpdate().data()).bindText(1, id->key).bindInt(2, id->number);
    } else if (const auto object = ObjectId::parse(runId)) {
        static const QByteArray sql = selectRuns + " WHERE project_key = ? AND object_key = ?";
        select = &m_db.statement(sql + m_db.forUpdate().data())
                      .bindText(1, object->projectKey)
                      .bindText(2, object->objectKey);
    } else {
        return std::nullopt;
    }
    std::optional<RunRow> run;
    if (select->next())
        run = readRun(*select);
    select->reset();
    return run;
}

ApiError RunStore::unknown(const QString &runId)
{
    const auto object = RunId::parse(runId) ? std::nullopt : ObjectId::parse(runId);
    if (!object)
        return ApiError{404, QStringLiteral("unknown_run"), tr("There is no run %1.").arg(runId)};
    if (object->objectKey.isEmpty())
        return ApiError{404, QStringLiteral("unknown_run"),
                        tr("The project %1 has no metadata yet: POST /api/v1/projects/{workspace}/{project}/metadata "
                           "creates it.")
                            .arg(runId)};
    if (object->objectKey.contains(QLatin1Char('-')))
        return ApiError{404, QStringLiteral("unknown_model_version"), tr("There is no model version %1.").arg(runId)};
    return ApiError{404, QStringLiteral("unknown_model"), tr("There is no model %1.").arg(runId)};
}

std::optional<RunRow> RunStore::findByCustomId(qint64 projectId, const QString &customRunId)
{
    static const QByteArray sql = selectRuns + " WHERE project_id = ? AND custom_run_id = ?";
    SqlStatement &select = m_db.statement(sql + m_db.forUpdate().data()).bindInt(1, projectId).bindText(2, customRunId);
    std::optional<RunRow> run;
    if (select.next())
        run = readRun(select);
    select.reset();
    return run;
}

RunRow RunStore::create(const Project &project, qint64 number, qint64 revision, const QString &owner,
                        const NewRun &newRun, qint64 now)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO runs(project_id, number, custom_run_id, name, description, owner, hostname, tags, group_tags,"
        " creation_time, modification_time, ping_time, revision, name_rev, description_rev, failed_rev, kind,"
        " object_key, parent_id, stage_rev) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool isRun = newRun.kind == ObjectKind::Run;
    const QVariant customId = newRun.customRunId.isEmpty() ? QVariant() : QVariant(newRun.customRunId);
    const QString name = newRun.name.isEmpty() ? QStringLiteral("Untitled") : newRun.name;
    for (const QVariant &value : {QVariant(project.id),
                                  QVariant(number),
                                  customId,
                                  QVariant(name),
                                  textValue(newRun.description),
                                  QVariant(owner),
                                  textValue(newRun.hostname),
                                  QVariant(stringsToJson(newRun.tags)),
                                  QVariant(stringsToJson(newRun.groupTags)),
                                  QVariant(now),
                                  QVariant(now),
                                  QVariant(now),
                                  QVariant(revision),
                                  QVariant(revision),
                                  QVariant(revision),
                                  QVariant(revision),
                                  QVariant(objectKindName(newRun.kind)),
                                  isRun ? QVariant() : textValue(newRun.objectKey),
                                  newRun.parentId ? QVariant(newRun.parentId) : QVariant(),
                                  QVariant(revision)})
        insert.addBindValue(value);
    m_db.exec(insert);
    if (isRun)
        return get(project.key + QLatin1Char('-') + QString::number(number));
    return get(newRun.objectKey.isEmpty() ? project.key : project.key + QLatin1Char('-') + newRun.objectKey);
}

void RunStore::save(const RunRow &run)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE runs SET name = ?, description = ?, hostname = ?, tags = ?, group_tags = ?, failed = ?, trashed = ?,"
        " stopped = ?, modification_time = ?, ping_time = ?, running_time = ?, size = ?, field_count = ?,"
        " revision = ?, name_rev = ?, description_rev = ?, failed_rev = ?, stage = ?, stage_rev = ? WHERE id = ?"));
    for (const QVariant &value : {textValue(run.name),
                                  textValue(run.description),
                                  textValue(run.hostname),
                                  QVariant(stringsToJson(run.tags)),
                                  QVariant(stringsToJson(run.groupTags)),
                                  QVariant(int(run.failed)),
                                  QVariant(int(run.trashed)),
                                  QVariant(int(run.stopped)),
                                  QVariant(run.modificationTime),
                                  QVariant(run.pingTime),
                                  QVariant(run.runningTime),
                                  QVariant(run.size),
                                  QVariant(run.fieldCount),
                                  QVariant(run.revision),
                                  QVariant(run.nameRevision),
                                  QVariant(run.descriptionRevision),
                                  QVariant(run.failedRevision),
                                  QVariant(run.stage),
                                  QVariant(run.stageRevision),
                                  QVariant(run.id)})
        update.addBindValue(value);
    m_db.exec(update);
}

qint64 RunStore::nextVersionNumber(qint64 modelRowId)
{
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE runs SET version_count = version_count + 1 WHERE id = ? RETURNING version_count"));
    update.addBindValue(modelRowId);
    m_db.exec(update);
    update.next();
    const qint64 number = update.value(0).toLongLong();
    update.finish();
    return number;
}

QList<RunRow> RunStore::listAll(qint64 projectId, ObjectKind kind)
{
    // Other objects take -1, -2, ...: by descending number is the order they were made in, as runs' ascending is.
    static const QByteArray runs = selectRuns + " WHERE project_id = ? AND kind = ? ORDER BY number";
    static const QByteArray objects = selectRuns + " WHERE project_id = ? AND kind = ? ORDER BY number DESC";
    return readAll(m_db.rowByRowStatement(kind == ObjectKind::Run ? runs : objects)
                       .bindInt(1, projectId)
                       .bindText(2, objectKindName(kind)));
}

QList<RunRow> RunStore::changedSince(qint64 projectId, qint64 revision, int limit, ObjectKind kind)
{
    static const QByteArray sql =
        selectRuns + " WHERE project_id = ? AND runs.revision > ? AND kind = ? ORDER BY runs.revision LIMIT ?";
    return readAll(m_db.rowByRowStatement(sql)
                       .bindInt(1, projectId)
                       .bindInt(2, revision)
                       .bindText(3, objectKindName(kind))
                       .bindInt(4, limit));
}

qint64 RunStore::countChangedSince(qint64 projectId, qint64 revision, ObjectKind kind)
{
    QSqlQuery &count =
        m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM runs WHERE project_id = ? AND revision > ? AND kind = ?"));
    count.addBindValue(projectId);
    count.addBindValue(revision);
    count.addBindValue(objectKindName(kind));
    m_db.exec(count);
    const qint64 runs = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return runs;
}

QList<RunRow> RunStore::readAll(SqlStatement &query)
{
    QList<RunRow> runs;
    while (query.next())
        runs.append(readRun(query));
    return runs;
}

void recordContact(RunRow &run, qint64 now, qint64 activeMs)
{
    if (run.isActive(now, activeMs))
        run.runningTime += double(now - run.pingTime) / 1000.0;
    run.pingTime = now;
    run.stopped = false;
}

} // namespace nereid
