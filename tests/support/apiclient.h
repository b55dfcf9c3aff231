#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

namespace nereid::test {

// One HTTP answer, kept whole so a failing test can print it.
struct ApiReply
{
    int status = 0;
    QJsonDocument json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType; // as the server sent it

    QJsonObject object() const { return json.object(); }
    QJsonValue operator[](const QString &member) const { return json.object().value(member); }
    QString errorCode() const { return json.object().value(QStringLiteral("error")).toString(); }
    QString message() const { return json.object().value(QStringLiteral("message")).toString(); }
    // "409 {...}" or the network error: for failure messages.
    QByteArray describe() const;
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// A small synchronous HTTP client for tests: each call spins an event loop until the answer or the
// timeout. Paths are relative to the API base ("/runs/CLS-1").
class ApiClient
{
public:
    explicit ApiClient(QUrl apiBase = {}, QString token = {});

    void setBaseUrl(const QUrl &apiBase) { m_base = apiBase; }
    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Trusts `certificate` for https, as a client given that CA file would (tests of a server with TLS).
    void trustCertificate(const QSslCertificate &certificate);

    ApiReply get(const QString &path);
    ApiReply post(const QString &path, const QJsonObject &body = {});
    ApiReply patch(const QString &path, const QJsonObject &body);
    // Any method, any bytes, extra headers (sent as given; Content-Type defaults to JSON).
    ApiReply sendRaw(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const RawHeaders &headers = {});

    QUrl url(const QString &path) const { return QUrl(m_base.toString() + path); }

private:
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body, const RawHeaders &headers);

    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 30000;
    QSslConfiguration m_tls; // null: the system's
};

} // namespace nereid::test

// Fails the test unless a reply has the expected status; the message shows the whole answer. The reply
// expression is evaluated once (QVERIFY2 evaluates its message even on success).
#define NEREID_EXPECT_STATUS(reply, expected)                                                                        \
    do {                                                                                                             \
        const nereid::test::ApiReply &nereidReply_ = (reply);                                                        \
        const int nereidExpected_ = (expected);                                                                      \
        if (nereidReply_.status != nereidExpected_)                                                                  \
            QFAIL(QByteArray("expected HTTP " + QByteArray::number(nereidExpected_) + ", got " +                    \
                             nereidReply_.describe())                                                                \
                      .constData());                                                                                 \
    } while (false)
