#pragma once

#include <functional>
#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace nereid::test {

// A relay between an HTTP client and a real server that holds back the request a rule picks, with all that
// follows: a test that kills the client then knows exactly what the server got (every request before it, and
// none or half of that one), instead of guessing from a sleep or a poll that raced the client.
class HoldingProxy : public QObject
{
    Q_OBJECT

public:
    enum Action
    {
        Forward,
        Hold,        // nothing of it reaches the server
        HoldHalfSent // its head and half its body reach the server, the rest never does
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };
    using Rule = std::function<Action(const Request &)>;

    HoldingProxy(quint16 serverPort, Rule rule, QObject *parent = nullptr);

    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    QUrl url() const;
    bool isHolding() const { return m_holding; }
    // "METHOD path (body bytes)" of each request forwarded whole: what a failure message shows.
    QByteArrayList forwarded() const { return m_forwarded; }

private:
    void accept();
    void relay(QTcpSocket *server, QByteArray *pending);

    QTcpServer m_listener;
    quint16 m_serverPort;
    Rule m_rule;
    bool m_holding = false;
    QByteArrayList m_forwarded;
};

} // namespace nereid::test
