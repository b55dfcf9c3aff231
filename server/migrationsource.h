#pragma once

#include <memory>
#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace nereid {

struct MigrationTable;

// The SQLite database a migration copies from, opened read-only on a connection of its own, with one read
// transaction held from open to close: every table is read from the same snapshot, and the copy and the checksums
// see the same rows even if something writes meanwhile.
class MigrationSource
{
public:
    MigrationSource() = default;
    ~MigrationSource();
    MigrationSource(const MigrationSource &) = delete;
    MigrationSource &operator=(const MigrationSource &) = delete;

    // Opens DIR/nereid.sqlite; throws MigrationError when it is missing or of another schema version.
    void open(const QString &dataDir);

    QByteArray epoch() const { return m_epoch; }

    using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;
    // The table's rows in key order; with `afterKey`, only those after the key bound to ?1, ?2, ...
    Statement select(const MigrationTable &table, bool afterKey);
    qint64 count(const MigrationTable &table);

    // Steps a statement; false after its last row; throws on an error.
    bool next(sqlite3_stmt *statement);

private:
    Statement prepare(const QByteArray &sql);
    [[noreturn]] void fail(const QString &what) const;

    sqlite3 *m_db = nullptr;
    QByteArray m_epoch;
};

} // namespace nereid
