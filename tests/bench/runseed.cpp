#include "runseed.h"

#include "postgresdatabase.h"
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace nereid::test {

namespace {

// SQL both SQLite and PostgreSQL take: a recursive CTE counts the run numbers, fields are derived from the runs.
QStringList seedStatements(const QString &projectKey, int count)
{
    const QString project = QStringLiteral("(SELECT id FROM projects WHERE project_key = '%1')").arg(projectKey);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - count * 1000LL;
    const QString newRuns = QStringLiteral("FROM runs WHERE project_id = %1 AND number >= 3").arg(project);
    return {
        QStringLiteral(
            "INSERT INTO runs(project_id, number, name, owner, tags, creation_time, modification_time, ping_time,"
            " stopped, revision, name_rev, description_rev, failed_rev)"
            " WITH RECURSIVE n(number) AS (SELECT 3 UNION ALL SELECT number + 1 FROM n WHERE number < %1)"
            " SELECT %2, number, 'run-' || number, CASE WHEN number % 2 = 1 THEN 'alice' ELSE 'bob' END,"
            " CASE number % 4 WHEN 0 THEN '[\"best\"]' WHEN 1 THEN '[\"sweep\",\"best\"]' WHEN 2 THEN '[]'"
            " ELSE '[\"baseline\"]' END, %3 + number * 1000, %3 + number * 1000, %3 + number * 1000, 1,"
            " number, number, number, number FROM n")
            .arg(count)
            .arg(project)
            .arg(start),
        QStringLiteral("INSERT INTO fields(run_id, path, type, num, bytes) SELECT id, 'params/lr', 'float',"
                       " (number % 1000 * 7919 % 1000) / 100000.0, 9 %1")
            .arg(newRuns),
        QStringLiteral("INSERT INTO fields(run_id, path, type, num, bytes) SELECT id, 'params/batch', 'int',"
                       " 32 * (1 + number % 4), 12 %1")
            .arg(newRuns),
        QStringLiteral(
            "INSERT INTO fields(run_id, path, type, num, count, last_step, min_value, max_value, value_sum,"
            " value_squares, value_count, bytes) SELECT id, 'train/loss', 'floatSeries',"
            " (number % 1000 * 104729 % 1000) / 1000.0, 1000, 999.0, (number % 1000 * 104729 % 1000) / 2000.0, 2.5,"
            " 1000.0, 1500.0, 1000, 24010 %1")
            .arg(newRuns),
        QStringLiteral("UPDATE runs SET field_count = 3 WHERE project_id = %1 AND number >= 3").arg(project),
        QStringLiteral("UPDATE projects SET run_count = %1, revision = %1 WHERE project_key = '%2'")
            .arg(count)
            .arg(projectKey),
    };
}

bool seedSqlite(const QString &file, const QStringList &statements, QString *problem);

QStringList versionStatements(const QString &projectKey, const QString &modelKey, int count)
{
    const QString project = QStringLiteral("(SELECT id FROM projects WHERE project_key = '%1')").arg(projectKey);
    const QString model =
        QStringLiteral("(SELECT id FROM runs WHERE project_id = %1 AND object_key = '%2')").arg(project, modelKey);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - count * 1000LL;
    return {
        QStringLiteral(
            "INSERT INTO runs(project_id, number, name, owner, creation_time, modification_time, ping_time, stopped,"
            " revision, name_rev, description_rev, failed_rev, kind, object_key, parent_id, stage)"
            " WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < %1)"
            " SELECT %2, -(1 + v), 'version-' || v, 'alice', %3 + v * 1000, %3 + v * 1000, %3 + v * 1000, 1,"
            " (SELECT revision FROM projects WHERE id = %2) + v, 1, 1, 1, 'model_version', '%4-' || v, %5,"
            " CASE WHEN v % 10 = 0 THEN 'production' ELSE 'none' END FROM n")
            .arg(count)
            .arg(project)
            .arg(start)
            .arg(modelKey, model),
        QStringLiteral("INSERT INTO fields(run_id, path, type, num, bytes) SELECT id, 'params/lr', 'float',"
                       " (number % 1000 * 7919 % 1000) / 100000.0, 9 FROM runs WHERE project_id = %1"
                       " AND kind = 'model_version'")
            .arg(project),
        QStringLiteral("UPDATE runs SET field_count = 1 WHERE project_id = %1 AND kind = 'model_version'").arg(project),
        QStringLiteral("UPDATE runs SET version_count = %1 WHERE id = %2").arg(count).arg(model),
        QStringLiteral("UPDATE projects SET object_count = %1, revision = revision + %2 WHERE project_key = '%3'")
            .arg(count + 1)
            .arg(count)
            .arg(projectKey),
    };
}

bool seed(TestServer &server, const QStringList &statements, QString *problem)
{
    if (PostgresDatabase *postgres = server.postgres()) {
        bool ok = false;
        postgres->sql(QStringLiteral("BEGIN; %1; COMMIT; ANALYZE").arg(statements.join(QStringLiteral("; "))), &ok);
        if (!ok)
            *problem = postgres->problem();
        return ok;
    }
    return seedSqlite(QDir(server.dataDir()).filePath(QStringLiteral("nereid.sqlite")), statements, problem);
}

bool seedSqlite(const QString &file, const QStringList &statements, QString *problem)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(file);
        ok = db.open() && db.transaction();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                *problem = query.lastError().text() + QStringLiteral(" in ") + statement;
                ok = false;
            }
        }
        ok = ok && db.commit();
        if (!ok && problem->isEmpty())
            *problem = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return ok;
}

} // namespace

bool seedRuns(TestServer &server, const QString &projectKey, int count, QString *problem)
{
    return seed(server, seedStatements(projectKey, count), problem);
}

bool seedModelVersions(TestServer &server, const QString &projectKey, const QString &modelKey, int count,
                       QString *problem)
{
    return seed(server, versionStatements(projectKey, modelKey, count), problem);
}

} // namespace nereid::test
