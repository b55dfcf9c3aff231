#include "runstore.h"

#include "apierror.h"
#include "database.h"
#include "domain/runid.h"
#include "projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

const QString selectRuns = QStringLiteral(
    "SELECT runs.id, project_id, project_key, workspace || '/' || projects.name, number, custom_run_id, runs.name,"
    " runs.description, owner, hostname, tags, group_tags, failed, trashed, stopped, creation_time,"
    " modification_time, ping_time, running_time, size, field_count, runs.revision, name_rev, description_rev,"
    " failed_rev FROM runs JOIN projects ON projects.id = runs.project_id");

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

RunRow readRun(const QSqlQuery &q)
{
    RunRow run;
    run.id = q.value(0).toLongLong();
    run.projectId = q.value(1).toLongLong();
    run.projectKey = q.value(2).toString();
    run.projectName = q.value(3).toString();
    run.number = q.value(4).toLongLong();
    run.customRunId = q.value(5).isNull() ? QString() : q.value(5).toString();
    run.name = q.value(6).toString();
    run.description = q.value(7).toString();
    run.owner = q.value(8).toString();
    run.hostname = q.value(9).toString();
    run.tags = stringsFromJson(q.value(10).toString());
    run.groupTags = stringsFromJson(q.value(11).toString());
    run.failed = q.value(12).toBool();
    run.trashed = q.value(13).toBool();
    run.stopped = q.value(14).toBool();
    run.creationTime = q.value(15).toLongLong();
    run.modificationTime = q.value(16).toLongLong();
    run.pingTime = q.value(17).toLongLong();
    run.runningTime = q.value(18).toDouble();
    run.size = q.value(19).toLongLong();
    run.fieldCount = q.value(20).toLongLong();
    run.revision = q.value(21).toLongLong();
    run.nameRevision = q.value(22).toLongLong();
    run.descriptionRevision = q.value(23).toLongLong();
    run.failedRevision = q.value(24).toLongLong();
    return run;
}

} // namespace

RunRow RunStore::get(const QString &runId)
{
    const auto id = RunId::parse(runId);
    if (id) {
        // In a write on PostgreSQL the run and its project stay locked until the commit (Database::forUpdate):
        // what the writer read is what it changes, and the project's revisions go out in commit order.
        static const QString sql = selectRuns + QStringLiteral(" WHERE project_key = ? AND number = ?");
        QSqlQuery &select = m_db.prepared(sql + m_db.forUpdate());
        select.addBindValue(id->key);
        select.addBindValue(id->number);
        m_db.exec(select);
        if (select.next()) {
            RunRow run = readRun(select);
            select.finish();
            return run;
        }
    }
    throw ApiError{404, QStringLiteral("unknown_run"), tr("There is no run %1.").arg(runId)};
}

std::optional<RunRow> RunStore::findByCustomId(qint64 projectId, const QString &customRunId)
{
    static const QString sql = selectRuns + QStringLiteral(" WHERE project_id = ? AND custom_run_id = ?");
    QSqlQuery &select = m_db.prepared(sql + m_db.forUpdate());
    select.addBindValue(projectId);
    select.addBindValue(customRunId);
    m_db.exec(select);
    std::optional<RunRow> run;
    if (select.next())
        run = readRun(select);
    select.finish();
    return run;
}

RunRow RunStore::create(const Project &project, qint64 number, qint64 revision, const QString &owner,
                        const NewRun &newRun, qint64 now)
{
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO runs(project_id, number, custom_run_id, name, description, owner, hostname, tags, group_tags,"
        " creation_time, modification_time, ping_time, revision, name_rev, description_rev, failed_rev)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant customId = newRun.customRunId.isEmpty() ? QVariant() : QVariant(newRun.customRunId);
    const QString name = newRun.name.isEmpty() ? QStringLiteral("Untitled") : newRun.name;
    for (const QVariant &value :
         {QVariant(project.id), QVariant(number), customId, QVariant(name), textValue(newRun.description),
          QVariant(owner), textValue(newRun.hostname), QVariant(stringsToJson(newRun.tags)),
          QVariant(stringsToJson(newRun.groupTags)), QVariant(now), QVariant(now), QVariant(now), QVariant(revision),
          QVariant(revision), QVariant(revision), QVariant(revision)})
        insert.addBindValue(value);
    m_db.exec(insert);
    return get(project.key + QLatin1Char('-') + QString::number(number));
}

void RunStore::save(const RunRow &run)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE runs SET name = ?, description = ?, hostname = ?, tags = ?, group_tags = ?, failed = ?, trashed = ?,"
        " stopped = ?, modification_time = ?, ping_time = ?, running_time = ?, size = ?, field_count = ?,"
        " revision = ?, name_rev = ?, description_rev = ?, failed_rev = ? WHERE id = ?"));
    for (const QVariant &value :
         {textValue(run.name), textValue(run.description), textValue(run.hostname), QVariant(stringsToJson(run.tags)),
          QVariant(stringsToJson(run.groupTags)), QVariant(int(run.failed)), QVariant(int(run.trashed)),
          QVariant(int(run.stopped)), QVariant(run.modificationTime), QVariant(run.pingTime), QVariant(run.runningTime),
          QVariant(run.size), QVariant(run.fieldCount), QVariant(run.revision), QVariant(run.nameRevision),
          QVariant(run.descriptionRevision), QVariant(run.failedRevision), QVariant(run.id)})
        update.addBindValue(value);
    m_db.exec(update);
}

QList<RunRow> RunStore::listAll(qint64 projectId)
{
    static const QString sql = selectRuns + QStringLiteral(" WHERE project_id = ? ORDER BY number");
    QSqlQuery &select = m_db.prepared(sql);
    select.addBindValue(projectId);
    return readAll(select);
}

QList<RunRow> RunStore::changedSince(qint64 projectId, qint64 revision, int limit)
{
    QSqlQuery &select = m_db.prepared(
        selectRuns + QStringLiteral(" WHERE project_id = ? AND runs.revision > ? ORDER BY runs.revision LIMIT ?"));
    select.addBindValue(projectId);
    select.addBindValue(revision);
    select.addBindValue(limit);
    return readAll(select);
}

qint64 RunStore::countChangedSince(qint64 projectId, qint64 revision)
{
    QSqlQuery &count = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM runs WHERE project_id = ? AND revision > ?"));
    count.addBindValue(projectId);
    count.addBindValue(revision);
    m_db.exec(count);
    const qint64 runs = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return runs;
}

QList<RunRow> RunStore::readAll(QSqlQuery &query)
{
    m_db.exec(query);
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
