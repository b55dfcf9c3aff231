#pragma once

#include "runedit.h"

#include <QHash>
#include <QStringList>

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

    // `localEdits` are the run's edits still in the outbox: the cache shows them on top of the server's run
    // until the server has them.
    Change write(qint64 projectId, RunRecord run, const QList<RunEdit> &localEdits = {});
    // Rewrites the sys columns of a run the cache holds (an edit made in the app).
    void updateSys(const RunRecord &run);

private:
    qint64 writeRunRow(qint64 projectId, const RunRecord &run, qint64 existing);
    QStringList writeFields(qint64 run, const QList<FieldRecord> &fields, bool isNew);
    void insertNew(qint64 run, const QList<FieldRecord> &fields);
    QHash<QString, FieldRecord> storedFields(qint64 run);
    void writeField(qint64 run, const FieldRecord &field);
    void removeField(qint64 run, const FieldRecord &stored);

    CacheDatabase &m_db;
};

} // namespace nereid
