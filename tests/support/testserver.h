#pragma once

#include <memory>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace nereid::test {

class PostgresDatabase;

// The real nereid-server binary, started on 127.0.0.1 with a free port and a fresh data folder that
// lives as long as this object. Tests talk to it over HTTP like any client would.
// Under the postgresql label (see PostgresDatabase::testClusterUrl()) it stores its runs in a fresh PostgreSQL
// database of its own, dropped with it, and the data folder keeps only the files and the token file.
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QStringList extraArgs = {}, QObject *parent = nullptr);
    ~TestServer() override;

    // Starts the server and waits for its "listening on" line; false (see errors()) if it never came.
    bool start();
    // Before start(): store the runs in a new database on this PostgreSQL cluster, or in the data folder.
    bool usePostgres(const QString &clusterUrl);
    void useSqlite();
    // Before start(): a second instance serving the other's database and data folder (issue 19: several
    // servers on one PostgreSQL database share their files too). `other` must outlive this server.
    void shareDatabaseOf(const TestServer &other);
    // The --database URL the server runs with; empty for SQLite in the data folder.
    QString databaseUrl() const { return m_databaseUrl; }
    bool isPostgres() const { return !m_databaseUrl.isEmpty(); }
    // The server's own PostgreSQL database, for a test that must reach under the API; null on SQLite and for a
    // second instance.
    PostgresDatabase *postgres() const { return m_database.get(); }
    // True when the tests of this process run against PostgreSQL (the postgresql label).
    static bool onPostgres();
    bool restart();
    void stop();
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    qint64 processId() const { return m_process.processId(); }
    // Starts the server with at most this many open file descriptors (soft and hard limit).
    void setDescriptorLimit(int limit);
    // The server's resident memory in KiB and its CPU time (user + system) in clock ticks, from /proc.
    qint64 residentKiB() const;
    qint64 cpuTicks() const;
    // Sends SIGSTOP and returns once every thread of the server has stopped, so that no request sent afterwards is
    // answered: kill() returns before the threads stop (a few milliseconds on a loaded machine), and a thread that
    // had not stopped yet could still answer. False when they did not stop within the time.
    bool pause(int timeoutMs = 5000);
    // Moves the server's clock `ms` forward (it runs with --test-clock: docs/testing.md), so a test of what time
    // changes (a run going quiet, running time) needs no wait. A restart sets it back to the system's clock.
    // False (see errors()) if the server refused.
    bool advanceClock(qint64 ms);
    QUrl apiUrl() const;
    QString dataDir() const { return m_sharedDataDir.isEmpty() ? m_dataDir.path() : m_sharedDataDir; }
    QString token() const;
    // The file the server keeps token() in, for a client that takes --token-file.
    QString tokenFile() const;
    // --server URL --token-file FILE: how `nereid import` and `nereid export` reach this server.
    QStringList clientArguments() const;

    // Runs `nereid-server token create --user NAME [--read-only]`; the printed token, or empty on failure.
    QString createToken(const QString &user, bool readOnly = false);
    bool revokeToken(const QString &token);
    // Runs `nereid-server member add WORKSPACE USER ROLE` (after `user add USER` if needed); false on failure.
    bool addMember(const QString &workspace, const QString &user, const QString &role);

    // A command of nereid-server on this server's data folder, as a user would run it.
    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliResult cli(const QStringList &args);

    // Everything the server wrote to stderr so far, plus the last start or CLI problem.
    QString errors();

    static QString serverPath();

private:
    void failOnSanitizerReport();
    QByteArray runCli(const QStringList &args, bool *ok);
    // --data, and --database when the runs live elsewhere: what every command of this server takes.
    QStringList storageArgs() const;

    QStringList m_extraArgs;
    QTemporaryDir m_dataDir;
    QString m_sharedDataDir;
    std::unique_ptr<PostgresDatabase> m_database;
    QString m_databaseUrl;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
    QString m_problem;
};

} // namespace nereid::test
