#pragma once

#include "domain/runedit.h"

#include <optional>
#include <QHash>
#include <QStringList>

struct sqlite3_stmt;

namespace nereid {

class CacheDatabase;
struct FieldRecord;
struct RunRecord;

// Writes a run read from the server into the runs, atoms and series tables, replacing what the cache held
// of it: fields the run no longer has are removed (with their cached points). The caller holds the
// transaction. Tells what changed, so the cache can name the changed runs and fields in its signals.
class RunWriter
{
public:
    enum class Outcome
    {
        Added,
        Changed,
        Unchanged,
    };
    struct Change
    {
        Outcome outcome = Outcome::Unchanged;
        QStringList fields; // for Changed: the paths added, changed or removed
    };

    explicit RunWriter(CacheDatabase &db)
        : m_db(db)
    {
    }
    ~RunWriter();
    RunWriter(const RunWriter &) = delete;
    RunWriter &operator=(const RunWriter &) = delete;

    // `localEdits` are the run's edits still in the outbox: the cache shows them on top of the server's run
    // until the server has them.
    Change write(qint64 projectId, RunRecord run, const QList<RunEdit> &localEdits = {});
    // Rewrites the sys columns of a run the cache holds (an edit made in the app).
    void updateSys(const RunRecord &run);
    // Marks the project's runs cached as active whose last contact (ping_time, ms since the epoch) is at or
    // before `pingCutoffMs` as inactive; answers their run ids. The feed has no change for a run that simply
    // stopped pinging, so the cache ages them itself.
    QStringList expireActive(qint64 projectId, qint64 pingCutoffMs);
    // The oldest ping_time of the project's runs cached as active; nullopt when none is.
    std::optional<qint64> oldestActivePing(qint64 projectId);

private:
    qint64 nextModelNumber(qint64 projectId);
    qint64 writeRunRow(qint64 projectId, const RunRecord &run, qint64 existing);
    QStringList writeFields(qint64 run, const QList<FieldRecord> &fields, bool isNew);
    void insertNew(qint64 run, const QList<FieldRecord> &fields);
    QHash<QString, FieldRecord> storedFields(qint64 run);
    void writeField(qint64 run, const FieldRecord &field);
    void removeField(qint64 run, const FieldRecord &stored);

    CacheDatabase &m_db;
    // The atom insert of new runs, straight on SQLite: an initial sync stores hundreds of thousands of atoms,
    // and QtSql's binding (a QVariant and a placeholder lookup per value) cost more than SQLite's own work.
    // Prepared on first use, finalized with the writer (one page of the feed).
    sqlite3_stmt *m_insertAtom = nullptr;
};

} // namespace nereid
