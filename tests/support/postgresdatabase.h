#pragma once

#include <QString>

namespace nereid::test {

// A database of its own on a PostgreSQL cluster, created by the constructor and dropped by the destructor,
// so that tests running side by side on one cluster never see each other's runs. Statements go through
// psql, the client an operator would use, rather than a connection of the test's own.
class PostgresDatabase
{
public:
    explicit PostgresDatabase(const QString &clusterUrl);
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    // The cluster the tests of the postgresql label run against: NEREID_TEST_POSTGRES (a URL without a
    // database, postgresql://USER@HOST:PORT), else the url file NEREID_TEST_POSTGRES_URL_FILE names (which
    // the ctest fixture writes); empty when the tests run on SQLite.
    static QString testClusterUrl();

    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QString name() const { return m_name; }
    // What nereid-server's --database takes.
    QString url() const;

    // Runs SQL in this database; its rows as psql's unaligned output (fields split by '|'). `ok` is false,
    // and problem() says why, when psql failed.
    QByteArray sql(const QString &statements, bool *ok = nullptr);

    // Everything in this database as pg_dump writes it (schema and rows, as SQL text).
    QByteArray dump(bool *ok = nullptr);

    // A program of the newest PostgreSQL installed (psql, pg_dump).
    static QString programPath(const QString &name);

private:
    QByteArray psql(const QString &database, const QString &statements, bool *ok);
    QByteArray run(const QString &program, const QStringList &args, bool *ok);

    QString m_clusterUrl;
    QString m_name;
    QString m_problem;
};

} // namespace nereid::test
