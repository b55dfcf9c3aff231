#include "migratefixture.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace nereid::test {

namespace {

// One block of seriesblock.h: 320 steps, then the values, then the timestamps, as little-endian doubles.
QByteArray packedBlock(int run)
{
    QByteArray packed;
    auto put = [&packed](double value) {
        const double little = qToLittleEndian(value);
        packed.append(reinterpret_cast<const char *>(&little), sizeof little);
    };
    for (int i = 0; i < 320; ++i)
        put(i);
    for (int i = 0; i < 320; ++i)
        put(1.0 / (1 + i + run));
    for (int i = 0; i < 320; ++i)
        put(1.7e12 + i * 1000.0);
    return packed;
}

QString fill(QSqlDatabase &db, const QString &projectKey, int runs, int seriesRuns)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM projects WHERE project_key = ?"));
    query.addBindValue(projectKey);
    if (!query.exec() || !query.next())
        return QStringLiteral("no project %1").arg(projectKey);
    const qint64 project = query.value(0).toLongLong();
    QSqlQuery run(db), field(db), data(db), block(db);
    run.prepare(QStringLiteral(
        "INSERT INTO runs(project_id, number, custom_run_id, name, owner, tags, creation_time, modification_time,"
        " ping_time, stopped, field_count, revision, name_rev, description_rev, failed_rev)"
        " VALUES(?, ?, ?, ?, 'fixture', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"));
    field.prepare(QStringLiteral("INSERT INTO fields(run_id, path, type, num, count, last_step, min_value, max_value,"
                                 " value_sum, value_count) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    data.prepare(QStringLiteral("INSERT INTO series_data(points) VALUES(?)"));
    block.prepare(QStringLiteral("INSERT INTO series_blocks(field_id, first_step, last_step, count, first_value,"
                                 " last_value, first_ts, last_ts, min_step, min_value, max_step, max_value, data_id)"
                                 " VALUES(?, 0, 319, 320, ?, ?, 1.7e12, ?, 319, ?, 0, ?, ?)"));
    for (int number = 1; number <= runs; ++number) {
        const qint64 time = 1'700'000'000'000 + number;
        const bool series = number <= seriesRuns;
        run.addBindValue(project), run.addBindValue(number), run.addBindValue(QStringLiteral("fixture-%1").arg(number));
        run.addBindValue(QStringLiteral("run %1").arg(number));
        run.addBindValue(number % 7 == 0 ? QStringLiteral("[\"seventh\"]") : QStringLiteral("[]"));
        run.addBindValue(time), run.addBindValue(time), run.addBindValue(time), run.addBindValue(series ? 2 : 1);
        for (int i = 0; i < 4; ++i)
            run.addBindValue(number);
        if (!run.exec())
            return run.lastError().text();
        const qint64 runId = run.lastInsertId().toLongLong();
        field.addBindValue(runId), field.addBindValue(QStringLiteral("params/lr")),
            field.addBindValue(QStringLiteral("float"));
        field.addBindValue(1.0 / number);
        for (int i = 0; i < 6; ++i)
            field.addBindValue(i == 0 || i >= 4 ? QVariant(0) : QVariant()); // count, value_sum, value_count
        if (!field.exec())
            return field.lastError().text();
        if (!series)
            continue;
        data.addBindValue(packedBlock(number));
        field.addBindValue(runId), field.addBindValue(QStringLiteral("train/loss"));
        field.addBindValue(QStringLiteral("floatSeries")), field.addBindValue(QVariant());
        field.addBindValue(320), field.addBindValue(319.0), field.addBindValue(1.0 / (320 + number));
        field.addBindValue(1.0 / (1 + number)), field.addBindValue(1.0), field.addBindValue(320);
        if (!data.exec() || !field.exec())
            return data.lastError().text() + field.lastError().text();
        block.addBindValue(field.lastInsertId()), block.addBindValue(1.0 / (1 + number));
        block.addBindValue(1.0 / (320 + number)), block.addBindValue(1.7e12 + 319000.0);
        block.addBindValue(1.0 / (320 + number)), block.addBindValue(1.0 / (1 + number));
        block.addBindValue(data.lastInsertId());
        if (!block.exec())
            return block.lastError().text();
    }
    query.prepare(QStringLiteral("UPDATE projects SET revision = ?, run_count = ? WHERE id = ?"));
    query.addBindValue(runs), query.addBindValue(runs), query.addBindValue(project);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace

QString writeRunsFixture(const QString &dataDir, const QString &projectKey, int runs, int seriesRuns)
{
    const QString connection = QStringLiteral("migrate-fixture");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("nereid.sqlite")));
        const bool begun = db.open() && db.transaction();
        if (begun)
            error = fill(db, projectKey, runs, seriesRuns);
        if (!begun || (error.isEmpty() && !db.commit()))
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace nereid::test
