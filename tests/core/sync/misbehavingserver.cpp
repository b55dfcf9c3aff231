#include "misbehavingserver.h"

#include <QTcpSocket>

namespace nereid::test {

MisbehavingServer::MisbehavingServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &MisbehavingServer::onConnection);
}

void MisbehavingServer::setAnswer(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_status = status;
    m_body = body;
    m_contentType = contentType;
}

void MisbehavingServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            ++m_closed;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // A GET has no body: the request is complete at the blank line.
            const QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
            socket->setProperty("seen", seen);
            if (!seen.contains("\r\n\r\n"))
                return;
            ++m_requests;
            m_lastRequest = seen.left(seen.indexOf("\r\n\r\n"));
            if (m_mode == Mode::Silent)
                return;
            socket->write(answer());
            socket->disconnectFromHost();
        });
    }
}

QByteArray MisbehavingServer::answer() const
{
    QByteArray status = "200 OK";
    QByteArray body = m_body;
    qsizetype announced = body.size();
    switch (m_mode) {
    case Mode::Garbage:
        body = "<html><body>Welcome to the captive portal</body></html>";
        announced = body.size();
        break;
    case Mode::Truncated:
        body = R"({"project": "team/p", "revision": 3, "cursor": 3, "more": false, "runs": [{"id": "CLS-1")";
        announced = body.size() + 500;
        break;
    case Mode::Status:
        status = QByteArray::number(m_status) + " Status";
        break;
    case Mode::Silent:
        break;
    }
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + m_contentType +
           "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(announced) + "\r\n\r\n" + body;
}

} // namespace nereid::test
