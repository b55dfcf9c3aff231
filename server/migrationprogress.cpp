#include "migrationprogress.h"

#include "libpqconnection.h"
#include "migrationerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

QByteArray keyJson(const QList<QByteArray> &key)
{
    QJsonArray array;
    for (const QByteArray &value : key)
        array.append(QString::fromUtf8(value));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QByteArray> keyFromJson(const QByteArray &json)
{
    QList<QByteArray> key;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        key.append(value.toString().toUtf8());
    return key;
}

} // namespace

bool MigrationProgress::begin(const QByteArray &sourceEpoch, const QList<QByteArray> &tableNames)
{
    if (!m_target.query("SELECT to_regclass('nereid_migration')").value(0).value(0).isNull()) {
        const LibpqConnection::Rows rows =
            m_target.query("SELECT table_name, source_epoch, last_key, done FROM nereid_migration");
        for (const QList<QByteArray> &row : rows) {
            if (row.value(1) != sourceEpoch)
                throw MigrationError{QStringLiteral("the target holds part of a migration from another database "
                                                    "(epoch %1, not %2): migrate into an empty database")
                                         .arg(QString::fromUtf8(row.value(1)), QString::fromUtf8(sourceEpoch))};
            m_tables.insert(row.value(0), Table{keyFromJson(row.value(2)), row.value(3) == "t"});
        }
        return true;
    }
    const QList<QByteArray> held = m_target
                                       .query("SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM users),"
                                              " (SELECT count(*) FROM projects)")
                                       .value(0);
    if (held.value(0) != "0" || held.value(1) != "0" || held.value(2) != "0")
        throw MigrationError{QStringLiteral("the target already holds %1 runs, %2 users and %3 projects that no "
                                            "migration wrote: migrate into an empty database")
                                 .arg(QString::fromUtf8(held.value(0)), QString::fromUtf8(held.value(1)),
                                      QString::fromUtf8(held.value(2)))};
    m_target.exec("BEGIN");
    m_target.exec("CREATE TABLE nereid_migration(table_name TEXT PRIMARY KEY, source_epoch TEXT NOT NULL,"
                  " last_key TEXT, done BOOLEAN NOT NULL DEFAULT false)");
    for (const QByteArray &name : tableNames) {
        m_target.query("INSERT INTO nereid_migration(table_name, source_epoch) VALUES($1, $2)", {name, sourceEpoch});
        m_tables.insert(name, Table{});
    }
    m_target.exec("COMMIT");
    return false;
}

void MigrationProgress::save(const QByteArray &name, const Table &progress)
{
    m_target.query("UPDATE nereid_migration SET last_key = $1, done = $2 WHERE table_name = $3",
                   {progress.lastKey.isEmpty() ? QByteArray() : keyJson(progress.lastKey),
                    progress.done ? QByteArray("true") : QByteArray("false"), name});
    m_tables.insert(name, progress);
}

void MigrationProgress::drop()
{
    m_target.exec("DROP TABLE nereid_migration");
    m_tables.clear();
}

} // namespace nereid
