#pragma once

#include <QString>
#include <QTemporaryDir>

namespace nereid::test {

// A throwaway PostgreSQL 15 cluster in a temporary folder (initdb, pg_ctl) on a free loopback port, stopped and
// removed with this object. Run as `nobody` when the tests run as root (PostgreSQL refuses root). Until the shared
// cluster of tests/support lands (helper "pgtests"), the migrate tests start their own with this.
class TestPostgres
{
public:
    TestPostgres() = default;
    ~TestPostgres();

    // Initialises and starts the cluster; false (see problem()) if it could not. `durable` keeps fsync on.
    bool start(bool durable = false);
    void stop();
    static bool isInstalled();

    // Creates an empty database and returns its postgresql:// URL.
    QString createDatabase(const QString &name);
    QString url(const QString &database) const;
    QString problem() const { return m_problem; }

private:
    bool run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_problem;
};

} // namespace nereid::test
