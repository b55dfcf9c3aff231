#include "rawconnection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/socket.h>
#include <unistd.h>

namespace nereid::test {

QByteArray RawResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QByteArray RawResponse::errorCode() const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString().toUtf8();
}

RawConnection::~RawConnection()
{
    close();
}

bool RawConnection::connectTo(quint16 port, int timeoutMs)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // each send() its own segment
    timeval timeout{timeoutMs / 1000, suseconds_t(timeoutMs % 1000) * 1000};
    setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        m_lastError = errno;
        return false;
    }
    return true;
}

bool RawConnection::send(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            m_lastError = errno;
            return false;
        }
        sent += n;
    }
    return true;
}

void RawConnection::shutdownWrite()
{
    ::shutdown(m_fd, SHUT_WR);
}

bool RawConnection::fill(int timeoutMs)
{
    pollfd entry{m_fd, POLLIN, 0};
    if (::poll(&entry, 1, timeoutMs) <= 0)
        return false;
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n < 0)
        m_lastError = errno;
    if (n <= 0)
        return false;
    m_pending.append(buffer, n);
    return true;
}

RawResponse RawConnection::readResponse(int timeoutMs, bool headOnly)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype end = -1;
    while ((end = m_pending.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            return {};
    }
    RawResponse response;
    const QList<QByteArray> lines = m_pending.left(end).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        response.headers.append({name, value});
        if (name == "content-length" && !headOnly)
            length = value.toLongLong();
    }
    m_pending.remove(0, end + 4);
    while (m_pending.size() < length) {
        if (deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            return {};
    }
    response.body = m_pending.left(length);
    m_pending.remove(0, length);
    return response;
}

bool RawConnection::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pollfd entry{m_fd, POLLIN, 0};
        if (::poll(&entry, 1, int(deadline.remainingTime())) <= 0)
            return false;
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return true;
    }
    return false;
}

void RawConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace nereid::test
