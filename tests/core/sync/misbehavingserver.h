#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace nereid::test {

// A loopback HTTP server that misbehaves the ways a real one or a proxy in between can: it never answers,
// answers garbage, cuts its answer short, or answers with a chosen status. Every request gets the same
// treatment; the sync engine must survive each.
class MisbehavingServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode
    {
        Silent,    // accepts the connection, reads the request, never answers
        Garbage,   // 200 with a body that is not JSON
        Truncated, // 200 announcing more bytes than it sends, then closes
        Status,    // the status and body given to setAnswer()
    };

    explicit MisbehavingServer(Mode mode, QObject *parent = nullptr);
    void setAnswer(int status, const QByteArray &body, const QByteArray &contentType = "application/json");

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests() const { return m_requests; }
    // The last request's head (request line and headers), as it came.
    const QByteArray &lastRequest() const { return m_lastRequest; }
    // Connections open now, and those closed so far (by either side; a Silent server never closes one itself, so
    // there every close is the client's: a cancelled request shows here).
    int openConnections() const { return m_open; }
    int closedConnections() const { return m_closed; }

private:
    void onConnection();
    QByteArray answer() const;

    Mode m_mode;
    int m_status = 503;
    QByteArray m_body;
    QByteArray m_contentType = "application/json";
    int m_requests = 0;
    QByteArray m_lastRequest;
    int m_open = 0;
    int m_closed = 0;
};

} // namespace nereid::test
