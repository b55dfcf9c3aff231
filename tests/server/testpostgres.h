#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace nereid::test {

// A throwaway PostgreSQL 15 cluster in a temporary folder (initdb, pg_ctl) on a free loopback port, stopped and
// removed with this object. Run as `nobody` when the tests run as root (PostgreSQL refuses root). With
// NEREID_TEST_POSTGRES set (postgresql://USER@HOST:PORT, a cluster a ctest fixture started) that one is used instead.
// Until the shared cluster of tests/support lands (helper "pgtests"), the migrate tests start their own with this.
class TestPostgres
{
public:
    TestPostgres() = default;
    ~TestPostgres();

    // Initialises and starts the cluster; false (see problem()) if it could not. `durable` keeps fsync on.
    bool start(bool durable = false);
    void stop();
    static bool isInstalled();

    // Creates an empty database and returns its postgresql:// URL. Names get this process's id appended.
    QString createDatabase(const QString &name);
    QString url(const QString &name) const;
    QString problem() const { return m_problem; }

private:
    bool run(const QString &program, const QStringList &args);
    QString databaseName(const QString &name) const;
    bool adminSql(const QString &statement); // in the cluster's `postgres` database

    QStringList m_created;

    QTemporaryDir m_dir;
    QString m_host = QStringLiteral("127.0.0.1");
    QString m_user = QStringLiteral("nereid");
    quint16 m_port = 0;
    bool m_running = false;
    QString m_problem;
};

} // namespace nereid::test
