#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace nereid {

class Database;

// One saved view of a project as the server keeps it: a tombstone once deleted, so that a client that syncs
// with ?since= learns of the deletion (see docs/api.md, Saved views).
struct ViewRow
{
    QString name;
    QByteArray state; // compact JSON text of an object
    bool isDefault = false;
    qint64 revision = 0;
    bool deleted = false;
    qint64 modified = 0; // ms since the epoch
    QString modifiedBy;

    QJsonObject toJson() const;
};

// The views table. Revisions count per project, from the highest any view (tombstones too) ever had, so they
// never go back; every write is meant to run inside the request's transaction.
class ViewStore
{
    Q_DECLARE_TR_FUNCTIONS(ViewStore)

public:
    explicit ViewStore(Database &db)
        : m_db(db)
    {
    }

    std::optional<ViewRow> find(qint64 projectId, const QString &name);
    // Views changed after `since`, oldest change first; tombstones only when asked for.
    QList<ViewRow> changedSince(qint64 projectId, qint64 since, bool withTombstones);
    qint64 latestRevision(qint64 projectId);
    void save(qint64 projectId, const ViewRow &view);
    // Takes the default flag from whichever other view has it. Its revision stays: there is one default per
    // project, so a client that reads the new default clears the flag of the others itself, and an edit of the
    // old default based on what its editor saw is still no conflict.
    void clearDefault(qint64 projectId, const QString &except);

private:
    Database &m_db;
};

} // namespace nereid
