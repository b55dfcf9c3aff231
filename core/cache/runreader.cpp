#include "runreader.h"

#include "cachedatabase.h"
#include "runcolumns.h"

namespace nereid {

QList<RunRecord> RunReader::runs(const QString &project)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT p.name, ") + RunColumns::list(QStringLiteral("r")) +
                                      QStringLiteral(" FROM runs r JOIN projects p ON p.id = r.project_id"
                                                     " WHERE p.name = ? ORDER BY r.number"));
    select.bindValue(0, project);
    m_db.exec(select);
    QList<RunRecord> runs;
    while (select.next()) {
        RunRecord &run = runs.emplace_back();
        run.project = select.value(0).toString();
        RunColumns::read(select, run, 1);
    }
    return runs;
}

std::optional<RunRecord> RunReader::run(const QString &runId, bool withFields)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT r.id, p.name, ") + RunColumns::list(QStringLiteral("r")) +
                                      QStringLiteral(" FROM runs r JOIN projects p ON p.id = r.project_id"
                                                     " WHERE r.run_id = ?"));
    select.bindValue(0, runId);
    m_db.exec(select);
    if (!select.next())
        return std::nullopt;
    const qint64 rowId = select.value(0).toLongLong();
    RunRecord run;
    run.project = select.value(1).toString();
    RunColumns::read(select, run, 2);
    select.finish();
    if (withFields)
        run.fields = fields(rowId);
    return run;
}

std::optional<qint64> RunReader::seriesId(const QString &runId, const QString &path)
{
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT s.id FROM series s JOIN runs r ON r.id = s.run WHERE r.run_id = ? AND s.path = ?"));
    select.bindValue(0, runId);
    select.bindValue(1, path);
    m_db.exec(select);
    const std::optional<qint64> id = select.next() ? std::optional<qint64>(select.value(0).toLongLong()) : std::nullopt;
    select.finish();
    return id;
}

QList<FieldRecord> RunReader::fields(qint64 run)
{
    QList<FieldRecord> fields;
    QSqlQuery &atoms = m_db.prepared(QStringLiteral("SELECT path, type, value FROM atoms WHERE run = ? ORDER BY path"));
    atoms.bindValue(0, run);
    m_db.exec(atoms);
    while (atoms.next()) {
        FieldRecord &field = fields.emplace_back();
        field.path = atoms.value(0).toString();
        field.type = fieldTypeFromName(atoms.value(1).toString()).value_or(FieldType::String);
        field.value = atoms.value(2);
    }
    QSqlQuery &series = m_db.prepared(QStringLiteral("SELECT path, type, count, last_step, last_value, min_value,"
                                                     " max_value, average, variance FROM series WHERE run = ?"
                                                     " ORDER BY path"));
    series.bindValue(0, run);
    m_db.exec(series);
    while (series.next()) {
        FieldRecord &field = fields.emplace_back();
        field.path = series.value(0).toString();
        field.type = fieldTypeFromName(series.value(1).toString()).value_or(FieldType::FloatSeries);
        field.count = series.value(2).toLongLong();
        field.lastStep = series.value(3);
        field.last = series.value(4);
        field.min = series.value(5);
        field.max = series.value(6);
        field.average = series.value(7);
        field.variance = series.value(8);
    }
    return fields;
}

} // namespace nereid
