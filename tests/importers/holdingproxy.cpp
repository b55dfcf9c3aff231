#include "holdingproxy.h"

#include <memory>
#include <QTcpSocket>

namespace nereid::test {

HoldingProxy::HoldingProxy(quint16 serverPort, Rule rule, QObject *parent)
    : QObject(parent)
    , m_serverPort(serverPort)
    , m_rule(std::move(rule))
{
    connect(&m_listener, &QTcpServer::newConnection, this, &HoldingProxy::accept);
}

QUrl HoldingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void HoldingProxy::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        auto *server = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        server->connectToHost(QHostAddress::LocalHost, m_serverPort); // writes wait in its buffer until connected
        connect(client, &QTcpSocket::readyRead, this, [=, this] {
            *pending += client->readAll();
            relay(server, pending.get());
        });
        connect(server, &QTcpSocket::readyRead, client, [=] { client->write(server->readAll()); });
        // A killed client: the server sees its connection drop, in the middle of a request if one was half sent.
        connect(client, &QTcpSocket::disconnected, client, [=] {
            server->abort();
            client->deleteLater();
        });
        connect(server, &QTcpSocket::disconnected, client, [=] { client->disconnectFromHost(); });
    }
}

// Cuts the client's bytes into requests (a head, then Content-Length bytes of body) and lets the rule decide.
void HoldingProxy::relay(QTcpSocket *server, QByteArray *pending)
{
    while (!m_holding) {
        const qsizetype headEnd = pending->indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = pending->left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        const qsizetype size = headEnd + 4 + length;
        if (pending->size() < size)
            return;
        const QByteArrayList first = head.left(head.indexOf('\r')).split(' ');
        const Request request{first.value(0), first.value(1), pending->mid(headEnd + 4, length)};
        const Action action = m_rule(request);
        if (action == Forward) {
            server->write(pending->left(size));
            m_forwarded.append(request.method + ' ' + request.path + " (" + QByteArray::number(length) + " bytes)");
            pending->remove(0, size);
        } else {
            m_holding = true;
            if (action == HoldHalfSent)
                server->write(pending->left(headEnd + 4 + length / 2));
        }
    }
}

} // namespace nereid::test
