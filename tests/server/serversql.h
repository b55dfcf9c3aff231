#pragma once

#include <QString>

namespace nereid::test {

class TestServer;

// SQL on the database a TestServer stores its runs in, whichever backend it is (SQLite in its data folder, or its
// own PostgreSQL database), for the tests that must reach under the API: a trigger that makes writes fail, a
// schema version set back. Each call opens a connection of its own and closes it, so nothing stays locked.
class ServerSql
{
public:
    explicit ServerSql(TestServer &server)
        : m_server(server)
    {
    }

    // Runs one statement (PostgreSQL: any statements); false, and problem() says why, when it failed.
    bool run(const QString &statement);
    // The first column of the first row of a query as text; empty, with problem() set, when it failed.
    QString value(const QString &query);
    QString problem() const { return m_problem; }

private:
    QString sqlite(const QString &statement, bool *ok);

    TestServer &m_server;
    QString m_problem;
};

} // namespace nereid::test
