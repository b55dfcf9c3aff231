#include "projectstore.h"

#include "apierror.h"
#include "clock.h"
#include "database.h"
#include "domain/fieldvalue.h"
#include "domain/projectkey.h"
#include "transaction.h"

namespace nereid {

namespace {

const QString selectProjectColumns =
    QStringLiteral("SELECT id, workspace, name, project_key, description, revision, run_count, created FROM projects");

Project readProject(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),  query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),  query.value(5).toLongLong(),
            query.value(6).toLongLong(), query.value(7).toLongLong()};
}

} // namespace

QJsonObject Project::toJson() const
{
    return {{QStringLiteral("name"), fullName()},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("project"), name},
            {QStringLiteral("key"), key},
            {QStringLiteral("description"), description},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("run_count"), runCount},
            {QStringLiteral("creation_time"), dateTimeToWire(QDateTime::fromMSecsSinceEpoch(created, Qt::UTC))}};
}

Project ProjectStore::create(const ProjectName &name, QString key, const QString &description)
{
    Transaction transaction(m_db);
    if (find(name))
        throw ApiError{409, QStringLiteral("project_exists"),
                       tr("The project %1 exists already.").arg(name.toString())};
    if (key.isEmpty()) {
        key = freeKeyFor(name.project());
    } else if (!ProjectKey::isValid(key)) {
        throw ApiError{400, ErrorCode::InvalidProjectKey,
                       tr("\"%1\" is not a valid project key: use 1 to 10 upper-case letters or digits, "
                          "at least one of them a letter.")
                           .arg(key)};
    } else if (keyTaken(key)) {
        throw ApiError{409, QStringLiteral("key_taken"), tr("Another project has the key %1 already.").arg(key)};
    }
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO projects(workspace, name, project_key, description, created) VALUES(?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(name.workspace()), QVariant(name.project()), QVariant(key),
                                  textValue(description), QVariant(nowMs())})
        insert.addBindValue(value);
    m_db.exec(insert);
    transaction.commit();
    return get(name);
}

QList<Project> ProjectStore::list()
{
    QSqlQuery &select = m_db.prepared(selectProjectColumns + QStringLiteral(" ORDER BY workspace, name"));
    m_db.exec(select);
    QList<Project> projects;
    while (select.next())
        projects.append(readProject(select));
    return projects;
}

std::optional<Project> ProjectStore::find(const ProjectName &name)
{
    // A write on PostgreSQL locks the project until its commit (Database::forUpdate): its views' and runs' revisions
    // are handed out one writer at a time, in commit order.
    QSqlQuery &select =
        m_db.prepared(selectProjectColumns + QStringLiteral(" WHERE workspace = ? AND name = ?") + m_db.forUpdate());
    select.addBindValue(name.workspace());
    select.addBindValue(name.project());
    m_db.exec(select);
    std::optional<Project> project;
    if (select.next())
        project = readProject(select);
    select.finish();
    return project;
}

Project ProjectStore::get(const ProjectName &name)
{
    if (auto project = find(name))
        return *project;
    throw ApiError{404, QStringLiteral("unknown_project"), tr("There is no project %1.").arg(name.toString())};
}

qint64 ProjectStore::nextRevision(qint64 projectId)
{
    QSqlQuery &update =
        m_db.prepared(QStringLiteral("UPDATE projects SET revision = revision + 1 WHERE id = ? RETURNING revision"));
    update.addBindValue(projectId);
    m_db.exec(update);
    update.next();
    const qint64 revision = update.value(0).toLongLong();
    update.finish();
    return revision;
}

qint64 ProjectStore::nextRunNumber(qint64 projectId)
{
    QSqlQuery &update =
        m_db.prepared(QStringLiteral("UPDATE projects SET run_count = run_count + 1 WHERE id = ? RETURNING run_count"));
    update.addBindValue(projectId);
    m_db.exec(update);
    update.next();
    const qint64 number = update.value(0).toLongLong();
    update.finish();
    return number;
}

qint64 ProjectStore::nextObjectNumber(qint64 projectId)
{
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE projects SET object_count = object_count + 1 WHERE id = ? RETURNING object_count"));
    update.addBindValue(projectId);
    m_db.exec(update);
    update.next();
    const qint64 count = update.value(0).toLongLong();
    update.finish();
    return -count;
}

bool ProjectStore::keyTaken(const QString &key)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT 1 FROM projects WHERE project_key = ?"));
    select.addBindValue(key);
    m_db.exec(select);
    const bool taken = select.next();
    select.finish();
    return taken;
}

QString ProjectStore::freeKeyFor(const QString &projectName)
{
    const QString base = ProjectKey::suggestFor(projectName);
    QString key = base;
    for (int suffix = 2; keyTaken(key); ++suffix)
        key = base + QString::number(suffix);
    return key;
}

} // namespace nereid
