#include "runwriter.h"

#include "cachedatabase.h"
#include "domain/runrecord.h"
#include "pointstore.h"
#include "runcolumns.h"
#include "runreader.h"

#include <sqlite3.h>

namespace nereid {

namespace {

// The type column's text, made once per type rather than once per atom.
const QByteArray &sqlTypeName(FieldType type)
{
    static const auto names = [] {
        QHash<int, QByteArray> byType;
        for (const FieldType each :
             {FieldType::Float, FieldType::Int, FieldType::Bool, FieldType::String, FieldType::Datetime,
              FieldType::StringSet, FieldType::FloatSeries, FieldType::StringSeries, FieldType::File,
              FieldType::FileSet, FieldType::FileSeries, FieldType::Artifact})
            byType.insert(int(each), fieldTypeName(each).toUtf8());
        return byType;
    }();
    static const QByteArray none;
    const auto found = names.constFind(int(type));
    return found == names.constEnd() ? none : found.value();
}

} // namespace

RunWriter::~RunWriter()
{
    sqlite3_finalize(m_insertAtom);
}

RunWriter::Change RunWriter::write(qint64 projectId, RunRecord run, const QList<RunEdit> &localEdits)
{
    for (const RunEdit &edit : localEdits)
        edit.applyTo(run);
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id, ") + RunColumns::list() +
                                      QStringLiteral(" FROM runs WHERE run_id = ?"));
    select.bindValue(0, run.runId);
    m_db.exec(select);
    std::optional<RunRecord> stored;
    qint64 rowId = 0;
    if (select.next()) {
        rowId = select.value(0).toLongLong();
        stored.emplace();
        RunColumns::read(select, *stored, 1);
    }
    select.finish();
    // A page read again after a resume, or an older copy of the run, changes nothing.
    if (stored && stored->revision >= run.revision)
        return {};
    // A model has no number of its own; tables read in number order, so the cache numbers models as they arrive.
    if (run.kind == QLatin1String("model"))
        run.number = stored ? stored->number : nextModelNumber(projectId);
    else if (run.kind == QLatin1String("project"))
        run.number = 1; // a project has one metadata object; tables list numbers above 0

    rowId = writeRunRow(projectId, run, rowId);
    if (!stored) {
        writeFields(rowId, run.fields, true);
        return {Outcome::Added, {}};
    }
    QStringList changed = stored->sysDifferences(run);
    changed += writeFields(rowId, run.fields, false);
    return {Outcome::Changed, changed};
}

qint64 RunWriter::nextModelNumber(qint64 projectId)
{
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM runs WHERE project_id = ? AND kind = 'model'"));
    select.bindValue(0, projectId);
    m_db.exec(select);
    const qint64 next = select.next() ? select.value(0).toLongLong() : 1;
    select.finish();
    return next;
}

void RunWriter::updateSys(const RunRecord &run)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE runs SET ") + RunColumns::assignments() +
                                      QStringLiteral(" WHERE run_id = ?"));
    RunColumns::bind(update, run);
    update.bindValue(RunColumns::Count, run.runId);
    m_db.exec(update);
}

QStringList RunWriter::expireActive(qint64 projectId, qint64 pingCutoffMs)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE runs SET state = 'inactive' WHERE project_id = ? AND"
                                                     " state = 'active' AND ping_time <= ? RETURNING run_id"));
    update.bindValue(0, projectId);
    update.bindValue(1, pingCutoffMs);
    m_db.exec(update);
    QStringList runIds;
    while (update.next())
        runIds.append(update.value(0).toString());
    update.finish();
    return runIds;
}

std::optional<qint64> RunWriter::oldestActivePing(qint64 projectId)
{
    QSqlQuery &select =
        m_db.prepared(QStringLiteral("SELECT MIN(ping_time) FROM runs WHERE project_id = ? AND state = 'active'"));
    select.bindValue(0, projectId);
    m_db.exec(select);
    std::optional<qint64> oldest;
    if (select.next() && !select.value(0).isNull())
        oldest = select.value(0).toLongLong();
    select.finish();
    return oldest;
}

qint64 RunWriter::writeRunRow(qint64 projectId, const RunRecord &run, qint64 existing)
{
    if (existing != 0) {
        QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE runs SET ") + RunColumns::assignments() +
                                          QStringLiteral(", project_id = ? WHERE id = ?"));
        RunColumns::bind(update, run);
        update.bindValue(RunColumns::Count, projectId);
        update.bindValue(RunColumns::Count + 1, existing);
        m_db.exec(update);
        return existing;
    }
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO runs(") + RunColumns::list() +
                      QStringLiteral(", project_id) VALUES(") + RunColumns::placeholders() + QStringLiteral(", ?)"));
    RunColumns::bind(insert, run);
    insert.bindValue(RunColumns::Count, projectId);
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

QStringList RunWriter::writeFields(qint64 run, const QList<FieldRecord> &fields, bool isNew)
{
    if (isNew) {
        insertNew(run, fields);
        return {};
    }
    QHash<QString, FieldRecord> stored = storedFields(run);
    QStringList changed;
    for (const FieldRecord &field : fields) {
        const auto old = stored.find(field.path);
        if (old != stored.end()) {
            const FieldRecord before = std::move(old.value()); // taken out before erase() frees it
            stored.erase(old);
            if (before == field)
                continue;
            // A series that changed type or lost points was deleted and written again: its cached points
            // belong to the old one.
            if (before.type != field.type || (isSeries(field.type) && field.count < before.count))
                removeField(run, before);
        }
        writeField(run, field);
        changed.append(field.path);
    }
    for (const FieldRecord &gone : std::as_const(stored)) {
        removeField(run, gone);
        changed.append(gone.path);
    }
    return changed;
}

void RunWriter::insertNew(qint64 run, const QList<FieldRecord> &fields)
{
    if (!m_insertAtom)
        m_insertAtom = m_db.rawStatement("INSERT OR REPLACE INTO atoms(run, path, type, value) VALUES(?, ?, ?, ?)");
    for (const FieldRecord &field : fields) {
        if (isSeries(field.type)) {
            writeField(run, field);
            continue;
        }
        // The strings live until the step; SQLITE_STATIC spares SQLite a copy.
        sqlite3_bind_int64(m_insertAtom, 1, run);
        sqlite3_bind_text16(m_insertAtom, 2, field.path.utf16(), int(field.path.size() * 2), SQLITE_STATIC);
        const QByteArray &type = sqlTypeName(field.type);
        sqlite3_bind_text(m_insertAtom, 3, type.constData(), int(type.size()), SQLITE_STATIC);
        const QVariant &value = field.value;
        QString text;
        switch (value.typeId()) {
        case QMetaType::Double:
            sqlite3_bind_double(m_insertAtom, 4, value.toDouble());
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_insertAtom, 4, value.toLongLong());
            break;
        case QMetaType::QString:
            text = value.toString();
            sqlite3_bind_text16(m_insertAtom, 4, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
            break;
        default:
            sqlite3_bind_null(m_insertAtom, 4);
            break;
        }
        m_db.step(m_insertAtom);
    }
}

QHash<QString, FieldRecord> RunWriter::storedFields(qint64 run)
{
    QHash<QString, FieldRecord> fields;
    for (FieldRecord &field : RunReader(m_db).fields(run))
        fields.emplace(field.path, std::move(field)); // emplace() copies the key before the field moves
    return fields;
}

void RunWriter::writeField(qint64 run, const FieldRecord &field)
{
    if (!isSeries(field.type)) {
        QSqlQuery &atom = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO atoms(run, path, type, value)"
                                                       " VALUES(?, ?, ?, ?)"));
        atom.bindValue(0, run);
        atom.bindValue(1, field.path);
        atom.bindValue(2, fieldTypeName(field.type));
        atom.bindValue(3, field.value);
        m_db.exec(atom);
        return;
    }
    QSqlQuery &series = m_db.prepared(QStringLiteral(
        "INSERT INTO series(run, path, type, count, last_step, last_value, min_value, max_value, average, variance)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run, path) DO UPDATE SET type = excluded.type,"
        " count = excluded.count, last_step = excluded.last_step, last_value = excluded.last_value,"
        " min_value = excluded.min_value, max_value = excluded.max_value, average = excluded.average,"
        " variance = excluded.variance"));
    const QVariant values[] = {run,           field.path,     fieldTypeName(field.type),
                               field.count,   field.lastStep, field.last,
                               field.min,     field.max,      field.average,
                               field.variance};
    for (int i = 0; i < int(std::size(values)); ++i)
        series.bindValue(i, values[i]);
    m_db.exec(series);
}

void RunWriter::removeField(qint64 run, const FieldRecord &stored)
{
    if (!isSeries(stored.type)) {
        QSqlQuery &atom = m_db.prepared(QStringLiteral("DELETE FROM atoms WHERE run = ? AND path = ?"));
        atom.bindValue(0, run);
        atom.bindValue(1, stored.path);
        m_db.exec(atom);
        return;
    }
    QSqlQuery &find = m_db.prepared(QStringLiteral("SELECT id FROM series WHERE run = ? AND path = ?"));
    find.bindValue(0, run);
    find.bindValue(1, stored.path);
    m_db.exec(find);
    const qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    PointStore(m_db).remove(id);
    QSqlQuery &series = m_db.prepared(QStringLiteral("DELETE FROM series WHERE id = ?"));
    series.bindValue(0, id);
    m_db.exec(series);
}

} // namespace nereid
