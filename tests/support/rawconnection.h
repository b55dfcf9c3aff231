#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace nereid::test {

// One HTTP answer as it came off the wire.
struct RawResponse
{
    int status = 0;                               // 0: no complete answer arrived
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray errorCode() const; // the JSON body's "error"
};

// A plain TCP connection to the server that sends exactly the bytes a test gives it, for what an HTTP library
// would not send: broken framing, half-sent requests, a half-close, segments split on purpose. Blocking, with
// timeouts; POSIX sockets because QTcpSocket cannot shut down one direction.
class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool connectTo(quint16 port, int timeoutMs = 5000);
    // Sends every byte, or fails (the server may close early: that is a failure here, not a crash).
    bool send(const QByteArray &bytes);
    // shutdown(SHUT_WR): the client says it will send no more, but still reads.
    void shutdownWrite();
    // Reads one answer (status line, headers, a Content-Length body); status 0 when none came in time. The
    // answer to a HEAD request has a Content-Length but no body: `headOnly` reads none.
    RawResponse readResponse(int timeoutMs = 5000, bool headOnly = false);
    // True when the server closed the connection (a read returns end of file or a reset) within the time.
    bool waitForClose(int timeoutMs);
    // The errno of the last failed send or read (ECONNRESET, EPIPE...), 0 when none failed.
    int lastError() const { return m_lastError; }
    void close();
    int descriptor() const { return m_fd; }

private:
    bool fill(int timeoutMs);

    int m_fd = -1;
    int m_lastError = 0;
    QByteArray m_pending;
};

} // namespace nereid::test
