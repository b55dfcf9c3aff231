#include "fieldstore.h"

#include "database.h"
#include "postgresarray.h"
#include "seriesstore.h"

#include <QByteArrayList>

namespace nereid {

namespace {

// Statements through SqlStatement: a batch of appends finds and saves a field per operation.
const QByteArray fieldColumns = "SELECT fields.id, path, type, num, text, count, last_step, min_value, max_value,"
                                " value_sum, value_squares, value_count, bytes";
const QByteArray selectFields = fieldColumns + " FROM fields";

FieldRow readField(const SqlStatement &q)
{
    FieldRow field;
    field.id = q.integer(0);
    field.path = q.text(1);
    field.type = fieldTypeFromName(q.text(2)).value_or(FieldType::String);
    field.num = q.realOrNan(3);
    field.text = q.text(4);
    field.count = q.integer(5);
    field.lastStep = q.realOrNan(6);
    field.minValue = q.realOrNan(7);
    field.maxValue = q.realOrNan(8);
    field.valueSum = q.real(9);
    field.valueSquares = q.real(10);
    field.valueCount = q.integer(11);
    field.bytes = q.integer(12);
    return field;
}

// Paths inside the namespace `path` sort between "path/" and "path0" ('0' follows '/').
QString namespaceEnd(const QString &path)
{
    return path + QLatin1Char('0');
}

} // namespace

std::optional<FieldRow> FieldStore::find(qint64 runId, const QString &path)
{
    static const QByteArray sql = selectFields + " WHERE run_id = ? AND path = ?";
    SqlStatement &select = m_db.statement(sql).bindInt(1, runId).bindText(2, path);
    std::optional<FieldRow> field;
    if (select.next())
        field = readField(select);
    select.reset();
    return field;
}

QHash<QString, FieldRow> FieldStore::findMany(qint64 runId, const QStringList &paths)
{
    QHash<QString, FieldRow> found;
    if (m_db.backend() != Database::Backend::Postgres) {
        for (const QString &path : paths) {
            if (auto field = find(runId, path))
                found.emplace(path, std::move(*field));
        }
        return found;
    }
    static const QByteArray sql = selectFields + " WHERE run_id = ? AND path = ANY(CAST(? AS TEXT[]))";
    SqlStatement &select = m_db.statement(sql).bindInt(1, runId).bindBlob(2, PostgresArray::ofTexts(paths));
    while (select.next()) {
        FieldRow field = readField(select);
        found.emplace(field.path, std::move(field)); // emplace() copies the key before the field moves
    }
    return found;
}

FieldRow FieldStore::create(qint64 runId, const QString &path, FieldType type)
{
    const qint64 bytes = path.toUtf8().size();
    SqlStatement &insert =
        m_db.statement("INSERT INTO fields(run_id, path, type, bytes) VALUES(?, ?, ?, ?) RETURNING id")
            .bindInt(1, runId)
            .bindText(2, path)
            .bindText(3, fieldTypeName(type))
            .bindInt(4, bytes);
    FieldRow field;
    if (insert.next())
        field.id = insert.integer(0);
    insert.reset();
    field.path = path;
    field.type = type;
    field.bytes = bytes;
    return field;
}

void FieldStore::save(const FieldRow &f)
{
    m_db.statement("UPDATE fields SET num = ?, text = ?, count = ?, last_step = ?, min_value = ?, max_value = ?,"
                   " value_sum = ?, value_squares = ?, value_count = ?, bytes = ? WHERE id = ?")
        .bindReal(1, f.num)
        .bindText(2, f.text)
        .bindInt(3, f.count)
        .bindReal(4, f.lastStep)
        .bindReal(5, f.minValue)
        .bindReal(6, f.maxValue)
        .bindReal(7, f.valueSum)
        .bindReal(8, f.valueSquares)
        .bindInt(9, f.valueCount)
        .bindInt(10, f.bytes)
        .bindInt(11, f.id)
        .exec();
}

void FieldStore::saveAll(const std::vector<FieldRow> &fields)
{
    if (m_db.backend() != Database::Backend::Postgres || fields.size() < 2) {
        for (const FieldRow &field : fields)
            save(field);
        return;
    }
    std::vector<qint64> ids, counts, valueCounts, bytes;
    std::vector<double> nums, lastSteps, minValues, maxValues, valueSums, valueSquares;
    QStringList texts;
    for (const FieldRow &f : fields) {
        ids.push_back(f.id);
        nums.push_back(f.num);
        texts.append(f.text);
        counts.push_back(f.count);
        lastSteps.push_back(f.lastStep);
        minValues.push_back(f.minValue);
        maxValues.push_back(f.maxValue);
        valueSums.push_back(f.valueSum);
        valueSquares.push_back(f.valueSquares);
        valueCounts.push_back(f.valueCount);
        bytes.push_back(f.bytes);
    }
    m_db.statement("UPDATE fields SET num = u.num, text = u.text, count = u.count, last_step = u.last_step,"
                   " min_value = u.min_value, max_value = u.max_value, value_sum = u.value_sum,"
                   " value_squares = u.value_squares, value_count = u.value_count, bytes = u.bytes"
                   " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS TEXT[]),"
                   " CAST(? AS BIGINT[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
                   " CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),"
                   " CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS u(id, num, text, count, last_step, min_value,"
                   " max_value, value_sum, value_squares, value_count, bytes) WHERE fields.id = u.id")
        .bindBlob(1, PostgresArray::ofBigints(ids))
        .bindBlob(2, PostgresArray::ofDoubles(nums))
        .bindBlob(3, PostgresArray::ofTexts(texts))
        .bindBlob(4, PostgresArray::ofBigints(counts))
        .bindBlob(5, PostgresArray::ofDoubles(lastSteps))
        .bindBlob(6, PostgresArray::ofDoubles(minValues))
        .bindBlob(7, PostgresArray::ofDoubles(maxValues))
        .bindBlob(8, PostgresArray::ofDoubles(valueSums))
        .bindBlob(9, PostgresArray::ofDoubles(valueSquares))
        .bindBlob(10, PostgresArray::ofBigints(valueCounts))
        .bindBlob(11, PostgresArray::ofBigints(bytes))
        .exec();
}

QList<FieldRow> FieldStore::fieldsOf(qint64 runId)
{
    static const QByteArray sql = selectFields + " WHERE run_id = ? ORDER BY path";
    SqlStatement &select = m_db.statement(sql).bindInt(1, runId);
    QList<FieldRow> fields;
    while (select.next())
        fields.append(readField(select));
    return fields;
}

QHash<qint64, QList<FieldRow>> FieldStore::fieldsOfRuns(const QList<qint64> &runIds)
{
    // One statement for every chunk: the last one's free places are bound to -1, an id no run has.
    constexpr qsizetype RunsPerStatement = 500;
    static const QByteArray sql = fieldColumns + ", fields.run_id FROM fields WHERE run_id IN (" +
                                  QByteArrayList(RunsPerStatement, "?").join(',') + ") ORDER BY run_id, path";
    QHash<qint64, QList<FieldRow>> byRun;
    byRun.reserve(runIds.size());
    for (qsizetype first = 0; first < runIds.size(); first += RunsPerStatement) {
        SqlStatement &select = m_db.rowByRowStatement(sql);
        for (qsizetype i = 0; i < RunsPerStatement; ++i)
            select.bindInt(int(i) + 1, first + i < runIds.size() ? runIds[first + i] : -1);
        while (select.next())
            byRun[select.integer(13)].append(readField(select));
    }
    return byRun;
}

QHash<qint64, QList<FieldRow>> FieldStore::fieldsOfChangedRuns(qint64 projectId, qint64 after, qint64 upTo,
                                                               const QString &kind)
{
    // The runs come from the runs_by_revision index, their fields in (run_id, path) order from the fields'
    // unique index: no sort, one pass.
    static const QByteArray sql = fieldColumns +
                                  ", fields.run_id FROM fields WHERE fields.run_id IN"
                                  " (SELECT id FROM runs WHERE project_id = ? AND"
                                  " revision > ? AND revision <= ? AND kind = ?) ORDER BY fields.run_id, path";
    SqlStatement &select =
        m_db.statement(sql).bindInt(1, projectId).bindInt(2, after).bindInt(3, upTo).bindText(4, kind);
    QHash<qint64, QList<FieldRow>> byRun;
    qint64 currentRun = -1;
    QList<FieldRow> *current = nullptr;
    while (select.next()) {
        const qint64 runId = select.integer(13);
        if (runId != currentRun) {
            currentRun = runId;
            current = &byRun[runId];
        }
        current->append(readField(select));
    }
    return byRun;
}

void FieldStore::forFieldsOfProject(qint64 projectId, const QStringList &paths,
                                    const std::function<void(qint64 runId, const FieldRow &field)> &visit)
{
    constexpr qsizetype PathsPerStatement = 100; // well below any backend's limit of bound values
    for (qsizetype first = 0; first < paths.size(); first += PathsPerStatement) {
        const QStringList chunk = paths.mid(first, PathsPerStatement);
        QByteArrayList marks(chunk.size(), "?");
        SqlStatement &select = m_db.rowByRowStatement(fieldColumns +
                                                      ", fields.run_id FROM fields JOIN runs ON runs.id = fields.run_id"
                                                      " WHERE runs.project_id = ? AND fields.path IN (" +
                                                      marks.join(',') + ')');
        select.bindInt(1, projectId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            select.bindText(int(i) + 2, chunk[i]);
        while (select.next())
            visit(select.integer(13), readField(select));
    }
}

QList<FieldRow> FieldStore::removeWithin(qint64 runId, const QString &path)
{
    static const QByteArray sql = selectFields + " WHERE run_id = ? AND (path = ? OR (path > ? AND path < ?))";
    SqlStatement &select = m_db.statement(sql)
                               .bindInt(1, runId)
                               .bindText(2, path)
                               .bindText(3, QString(path + QLatin1Char('/')))
                               .bindText(4, namespaceEnd(path));
    QList<FieldRow> removed;
    while (select.next())
        removed.append(readField(select));
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM fields WHERE id = ?"));
    for (const FieldRow &field : removed) {
        if (isSeries(field.type))
            m_series.removeField(field.id);
        remove.addBindValue(field.id);
        m_db.exec(remove);
    }
    return removed;
}

std::optional<QString> FieldStore::clashingPath(qint64 runId, const QString &path)
{
    QSqlQuery &exact = m_db.prepared(QStringLiteral("SELECT path FROM fields WHERE run_id = ? AND path = ?"));
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0;
         slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
        exact.addBindValue(runId);
        exact.addBindValue(path.left(slash));
        m_db.exec(exact);
        const bool taken = exact.next();
        exact.finish();
        if (taken)
            return path.left(slash);
    }
    QSqlQuery &inside =
        m_db.prepared(QStringLiteral("SELECT path FROM fields WHERE run_id = ? AND path > ? AND path < ? LIMIT 1"));
    inside.addBindValue(runId);
    inside.addBindValue(QString(path + QLatin1Char('/')));
    inside.addBindValue(namespaceEnd(path));
    m_db.exec(inside);
    std::optional<QString> clash;
    if (inside.next())
        clash = inside.value(0).toString();
    inside.finish();
    return clash;
}

bool FieldStore::projectHasBlob(qint64 projectId, const QString &hash)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM project_blobs WHERE project_id = ? AND hash = ?"));
    query.addBindValue(projectId);
    query.addBindValue(hash);
    m_db.exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

} // namespace nereid
