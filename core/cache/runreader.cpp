#include "runreader.h"

#include "cachedatabase.h"
#include "cacheerror.h"
#include "pathpool.h"
#include "runcolumns.h"
#include "sqlitestatement.h"

namespace nereid {

namespace {

FieldType typeOf(QByteArrayView name, FieldType fallback)
{
    // A project has a handful of type names: remember the last one seen rather than parse each.
    static thread_local QByteArray lastName;
    static thread_local std::optional<FieldType> lastType;
    if (name != lastName) {
        lastName = name.toByteArray();
        lastType = fieldTypeFromName(QString::fromLatin1(name));
    }
    return lastType.value_or(fallback);
}

QVariant nullableReal(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? QVariant() : QVariant(row.real(column));
}

// An atom's type and value from the columns (type, value) at `first`; the caller sets its path.
void readAtom(const SqliteStatement &row, int first, FieldRecord &field)
{
    field.type = typeOf(row.bytes(first), FieldType::String);
    field.value = row.value(first + 1);
}

// A series' summary from the columns (type, count, last_step, last_value, min_value, max_value, average, variance)
// at `first`; the caller sets its path.
void readSeries(const SqliteStatement &row, int first, FieldRecord &field)
{
    field.type = typeOf(row.bytes(first), FieldType::FloatSeries);
    field.count = row.integer(first + 1);
    field.lastStep = nullableReal(row, first + 2);
    field.last = row.value(first + 3);
    field.min = nullableReal(row, first + 4);
    field.max = nullableReal(row, first + 5);
    field.average = nullableReal(row, first + 6);
    field.variance = nullableReal(row, first + 7);
}

// The condition on "r" that keeps a scope's objects, binding its kind at `first` and its model at `first` + 1
// (every object of the kind when the scope names no model).
const char *const InScope = " AND r.kind = ?%1 AND (?%2 = '' OR r.model_id = ?%2)";

QByteArray inScope(int first)
{
    return QString::fromLatin1(InScope).arg(first).arg(first + 1).toUtf8();
}

void bindScope(SqliteStatement &statement, int first, const ObjectScope &scope)
{
    statement.bind(first, scope.kind);
    statement.bind(first + 1, scope.modelId.isNull() ? QString(QLatin1String("")) : scope.modelId);
}

} // namespace

QList<RunRecord> RunReader::runs(const QString &project, const ObjectScope &scope)
{
    return readRuns(project, 0, -1, nullptr, scope);
}

qsizetype RunReader::runCount(const QString &project, const ObjectScope &scope)
{
    const QByteArray sql =
        "SELECT count(*) FROM runs r JOIN projects p ON p.id = r.project_id WHERE p.name = ?1" + inScope(2);
    SqliteStatement count(m_db, sql.constData());
    count.bind(1, project);
    bindScope(count, 2, scope);
    return count.next() ? count.integer(0) : 0;
}

QList<RunRecord> RunReader::readRuns(const QString &project, qint64 afterNumber, int limit,
                                     QHash<qint64, qsizetype> *indexOfRow, const ObjectScope &scope)
{
    const QByteArray sql = (QStringLiteral("SELECT r.id, ") + RunColumns::list(QStringLiteral("r")) +
                            QStringLiteral(" FROM runs r JOIN projects p ON p.id = r.project_id"
                                           " WHERE p.name = ?1 AND r.number > ?2") +
                            QString::fromUtf8(inScope(4)) + QStringLiteral(" ORDER BY r.number LIMIT ?3"))
                               .toUtf8();
    SqliteStatement select(m_db, sql.constData());
    select.bind(1, project);
    select.bind(2, afterNumber);
    select.bind(3, qint64(limit));
    bindScope(select, 4, scope);
    QList<RunRecord> runs;
    while (select.next()) {
        if (indexOfRow)
            indexOfRow->insert(select.integer(0), runs.size());
        RunRecord &run = runs.emplace_back();
        run.project = project;
        RunColumns::read(select, run, 1);
    }
    return runs;
}

QList<RunRecord> RunReader::runsWithFields(const QString &project, qint64 afterNumber, int limit,
                                           const std::atomic_bool *stop, const ObjectScope &scope)
{
    QHash<qint64, qsizetype> indexOfRow;
    m_db.exec(QStringLiteral("SAVEPOINT read_runs")); // nests inside a write transaction too
    try {
        QList<RunRecord> runs = readRuns(project, afterNumber, limit, &indexOfRow, scope);
        if (!runs.isEmpty())
            readFields(project, runs.constFirst().number, runs.constLast().number, runs, indexOfRow, stop, scope);
        m_db.exec(QStringLiteral("RELEASE read_runs"));
        return runs;
    } catch (const CacheError &) {
        m_db.exec(QStringLiteral("ROLLBACK TO read_runs"));
        m_db.exec(QStringLiteral("RELEASE read_runs"));
        throw;
    }
}

void RunReader::readFields(const QString &project, qint64 firstNumber, qint64 lastNumber, QList<RunRecord> &runs,
                           const QHash<qint64, qsizetype> &indexOfRow, const std::atomic_bool *stop,
                           const ObjectScope &scope)
{
    const auto stopped = [stop] { return stop && stop->load(std::memory_order_relaxed); };
    // Atoms and series come by run through their (run, path) keys, so each run's fields arrive in path order.
    PathPool paths;
    const QByteArray atomsSql = "SELECT a.run, a.path, a.type, a.value FROM runs r JOIN projects p ON"
                                " p.id = r.project_id JOIN atoms a ON a.run = r.id WHERE p.name = ?1"
                                " AND r.number BETWEEN ?2 AND ?3" +
                                inScope(4);
    SqliteStatement atoms(m_db, atomsSql.constData());
    atoms.bind(1, project);
    atoms.bind(2, firstNumber);
    atoms.bind(3, lastNumber);
    bindScope(atoms, 4, scope);
    while (!stopped() && atoms.next()) {
        FieldRecord &field = runs[indexOfRow.value(atoms.integer(0))].fields.emplace_back();
        field.path = paths(atoms.bytes(1));
        readAtom(atoms, 2, field);
    }
    const QByteArray seriesSql = "SELECT s.run, s.path, s.type, s.count, s.last_step, s.last_value, s.min_value,"
                                 " s.max_value, s.average, s.variance FROM runs r JOIN projects p ON"
                                 " p.id = r.project_id JOIN series s ON s.run = r.id WHERE p.name = ?1"
                                 " AND r.number BETWEEN ?2 AND ?3" +
                                 inScope(4);
    SqliteStatement series(m_db, seriesSql.constData());
    series.bind(1, project);
    series.bind(2, firstNumber);
    series.bind(3, lastNumber);
    bindScope(series, 4, scope);
    while (!stopped() && series.next()) {
        FieldRecord &field = runs[indexOfRow.value(series.integer(0))].fields.emplace_back();
        field.path = paths(series.bytes(1));
        readSeries(series, 2, field);
    }
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
    // Straight on SQLite, as readFields(): a run of 9,000 fields (Run > Compare reads 100 of them) took 14 ms
    // through QSqlQuery's QVariants.
    QList<FieldRecord> fields;
    // Counted first: a FieldRecord is large, and growing the list 9,000 times over moved more bytes than were read.
    SqliteStatement count(m_db, "SELECT (SELECT count(*) FROM atoms WHERE run = ?1)"
                                " + (SELECT count(*) FROM series WHERE run = ?1)");
    count.bind(1, run);
    if (count.next())
        fields.reserve(count.integer(0));
    SqliteStatement atoms(m_db, "SELECT path, type, value FROM atoms WHERE run = ? ORDER BY path");
    atoms.bind(1, run);
    while (atoms.next()) {
        FieldRecord &field = fields.emplace_back();
        field.path = atoms.text(0);
        readAtom(atoms, 1, field);
    }
    SqliteStatement series(m_db, "SELECT path, type, count, last_step, last_value, min_value, max_value, average,"
                                 " variance FROM series WHERE run = ? ORDER BY path");
    series.bind(1, run);
    while (series.next()) {
        FieldRecord &field = fields.emplace_back();
        field.path = series.text(0);
        readSeries(series, 1, field);
    }
    return fields;
}

} // namespace nereid
