#include "fieldstore.h"

#include "database.h"
#include "seriesstore.h"

#include <QVariant>

namespace nereid {

namespace {

const QString fieldColumns =
    QStringLiteral("SELECT fields.id, path, type, num, text, count, last_step, min_value, max_value, value_sum,"
                   " value_squares, value_count, bytes");
const QString selectFields = fieldColumns + QStringLiteral(" FROM fields");

QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

double numberOr(const QVariant &value)
{
    return value.isNull() ? NAN : value.toDouble();
}

FieldRow readField(const QSqlQuery &q)
{
    FieldRow field;
    field.id = q.value(0).toLongLong();
    field.path = q.value(1).toString();
    field.type = fieldTypeFromName(q.value(2).toString()).value_or(FieldType::String);
    field.num = numberOr(q.value(3));
    field.text = q.value(4).toString();
    field.count = q.value(5).toLongLong();
    field.lastStep = numberOr(q.value(6));
    field.minValue = numberOr(q.value(7));
    field.maxValue = numberOr(q.value(8));
    field.valueSum = q.value(9).toDouble();
    field.valueSquares = q.value(10).toDouble();
    field.valueCount = q.value(11).toLongLong();
    field.bytes = q.value(12).toLongLong();
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
    static const QString sql = selectFields + QStringLiteral(" WHERE run_id = ? AND path = ?");
    QSqlQuery &select = m_db.prepared(sql);
    select.addBindValue(runId);
    select.addBindValue(path);
    m_db.exec(select);
    std::optional<FieldRow> field;
    if (select.next())
        field = readField(select);
    select.finish();
    return field;
}

FieldRow FieldStore::create(qint64 runId, const QString &path, FieldType type)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO fields(run_id, path, type, bytes) VALUES(?, ?, ?, ?) RETURNING id"));
    const qint64 bytes = path.toUtf8().size();
    insert.addBindValue(runId);
    insert.addBindValue(path);
    insert.addBindValue(fieldTypeName(type));
    insert.addBindValue(bytes);
    m_db.exec(insert);
    insert.next();
    FieldRow field;
    field.id = insert.value(0).toLongLong();
    insert.finish();
    field.path = path;
    field.type = type;
    field.bytes = bytes;
    return field;
}

void FieldStore::save(const FieldRow &f)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE fields SET num = ?, text = ?, count = ?, last_step = ?, min_value = ?, max_value = ?, value_sum = ?,"
        " value_squares = ?, value_count = ?, bytes = ? WHERE id = ?"));
    for (const QVariant &value : {number(f.num), f.text.isNull() ? QVariant() : QVariant(f.text), QVariant(f.count),
                                  number(f.lastStep), number(f.minValue), number(f.maxValue), QVariant(f.valueSum),
                                  QVariant(f.valueSquares), QVariant(f.valueCount), QVariant(f.bytes), QVariant(f.id)})
        update.addBindValue(value);
    m_db.exec(update);
}

QList<FieldRow> FieldStore::fieldsOf(qint64 runId)
{
    static const QString sql = selectFields + QStringLiteral(" WHERE run_id = ? ORDER BY path");
    QSqlQuery &select = m_db.prepared(sql);
    select.addBindValue(runId);
    m_db.exec(select);
    QList<FieldRow> fields;
    while (select.next())
        fields.append(readField(select));
    return fields;
}

QHash<qint64, QList<FieldRow>> FieldStore::fieldsOfChangedRuns(qint64 projectId, qint64 after, qint64 upTo)
{
    // The runs come from the runs_by_revision index, their fields in (run_id, path) order from the fields'
    // unique index: no sort, one pass.
    QSqlQuery &select = m_db.prepared(fieldColumns + QStringLiteral(", fields.run_id FROM fields WHERE fields.run_id IN"
                                                                    " (SELECT id FROM runs WHERE project_id = ? AND"
                                                                    " revision > ? AND revision <= ?)"
                                                                    " ORDER BY fields.run_id, path"));
    select.addBindValue(projectId);
    select.addBindValue(after);
    select.addBindValue(upTo);
    m_db.exec(select);
    QHash<qint64, QList<FieldRow>> byRun;
    qint64 currentRun = -1;
    QList<FieldRow> *current = nullptr;
    while (select.next()) {
        const qint64 runId = select.value(13).toLongLong();
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
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery &select = m_db.prepared(fieldColumns +
                                          QStringLiteral(", fields.run_id FROM fields JOIN runs ON "
                                                         "runs.id = fields.run_id WHERE "
                                                         "runs.project_id = ? AND "
                                                         "fields.path IN (") +
                                          marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        select.addBindValue(projectId);
        for (const QString &path : chunk)
            select.addBindValue(path);
        m_db.exec(select);
        while (select.next())
            visit(select.value(13).toLongLong(), readField(select));
    }
}

QList<FieldRow> FieldStore::removeWithin(qint64 runId, const QString &path)
{
    QSqlQuery &select =
        m_db.prepared(selectFields + QStringLiteral(" WHERE run_id = ? AND (path = ? OR (path > ? AND path < ?))"));
    select.addBindValue(runId);
    select.addBindValue(path);
    select.addBindValue(QString(path + QLatin1Char('/')));
    select.addBindValue(namespaceEnd(path));
    m_db.exec(select);
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

} // namespace nereid
