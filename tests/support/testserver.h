#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace nereid::test {

// The real nereid-server binary, started on 127.0.0.1 with a free port and a fresh data folder that
// lives as long as this object. Tests talk to it over HTTP like any client would.
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QStringList extraArgs = {}, QObject *parent = nullptr);
    ~TestServer() override;

    // Starts the server and waits for its "listening on" line; false (see errors()) if it never came.
    bool start();
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
    QUrl apiUrl() const;
    QString dataDir() const { return m_dataDir.path(); }
    QString token() const;

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
    QByteArray runCli(const QStringList &args, bool *ok);

    QStringList m_extraArgs;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
    QString m_problem;
};

} // namespace nereid::test
