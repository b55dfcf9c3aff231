#include "runwriter.h"

#include "cachedatabase.h"
#include "pointstore.h"
#include "runcolumns.h"
#include "runreader.h"
#include "runrecord.h"

namespace nereid {

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

    rowId = writeRunRow(projectId, run, rowId);
    if (!stored) {
        writeFields(rowId, run.fields, true);
        return {Outcome::Added, {}};
    }
    QStringList changed = stored->sysDifferences(run);
    changed += writeFields(rowId, run.fields, false);
    return {Outcome::Changed, changed};
}

void RunWriter::updateSys(const RunRecord &run)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE runs SET ") + RunColumns::assignments() +
                                      QStringLiteral(" WHERE run_id = ?"));
    RunColumns::bind(update, run);
    update.bindValue(22, run.runId);
    m_db.exec(update);
}

qint64 RunWriter::writeRunRow(qint64 projectId, const RunRecord &run, qint64 existing)
{
    if (existing != 0) {
        QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE runs SET ") + RunColumns::assignments() +
                                          QStringLiteral(", project_id = ? WHERE id = ?"));
        RunColumns::bind(update, run);
        update.bindValue(22, projectId);
        update.bindValue(23, existing);
        m_db.exec(update);
        return existing;
    }
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO runs(") + RunColumns::list() +
                      QStringLiteral(", project_id) VALUES(") + RunColumns::placeholders() + QStringLiteral(", ?)"));
    RunColumns::bind(insert, run);
    insert.bindValue(22, projectId);
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
        const auto old = stored.constFind(field.path);
        if (old != stored.constEnd()) {
            const FieldRecord before = old.value();
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
    // The atoms of a new run go in with one statement per 100 of them: an initial sync stores hundreds of
    // thousands, and a statement costs more than a row.
    constexpr qsizetype Chunk = 100;
    QList<const FieldRecord *> atoms;
    for (const FieldRecord &field : fields) {
        if (isSeries(field.type))
            writeField(run, field);
        else
            atoms.append(&field);
    }
    for (qsizetype first = 0; first < atoms.size(); first += Chunk) {
        const qsizetype count = std::min(Chunk, atoms.size() - first);
        QStringList rows(count, QStringLiteral("(?, ?, ?, ?)"));
        QSqlQuery &insert =
            m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO atoms(run, path, type, value) VALUES ") +
                          rows.join(QStringLiteral(", ")));
        for (qsizetype i = 0; i < count; ++i) {
            const FieldRecord &atom = *atoms[first + i];
            insert.bindValue(int(4 * i), run);
            insert.bindValue(int(4 * i + 1), atom.path);
            insert.bindValue(int(4 * i + 2), fieldTypeName(atom.type));
            insert.bindValue(int(4 * i + 3), atom.value);
        }
        m_db.exec(insert);
    }
}

QHash<QString, FieldRecord> RunWriter::storedFields(qint64 run)
{
    QHash<QString, FieldRecord> fields;
    for (FieldRecord &field : RunReader(m_db).fields(run))
        fields.insert(field.path, std::move(field));
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
