#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QUrl>

namespace nereid {

// The private nereid-server that `nereid` starts when no server is given: on a free loopback port, with its
// SQLite data and the local user's token in a folder of the user's data. It stops with the app (SIGTERM, so
// SQLite folds its WAL back).
class LocalServer
{
    Q_DECLARE_TR_FUNCTIONS(LocalServer)

public:
    LocalServer();
    ~LocalServer();
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    // Starts the server and waits for the address it announces; false with errorString() when it fails.
    bool start(const QString &dataDir, int timeoutMs = 15000);
    QUrl url() const { return m_url; }
    // The token the server wrote for the local user; empty (and errorString()) if it cannot be read.
    QString token();
    QString errorString() const { return m_error; }

    // nereid-server next to this program, in ../server/ (the build tree), else on the PATH.
    static QString findProgram();

private:
    // Copies what the server wrote to stderr to the app's stderr and keeps its last line for errorString().
    void forwardErrors();

    QProcess m_process;
    QString m_dataDir;
    QUrl m_url;
    QString m_error;
    QByteArray m_lastError;
};

} // namespace nereid
