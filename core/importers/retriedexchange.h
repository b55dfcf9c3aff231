#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

class QNetworkAccessManager;

namespace nereid {

// One HTTP request sent and waited for, and sent again after 0.25, 1 and 4 s while the server cannot take it just
// then: a restarting server or a busy proxy does not end an import. The Nereid server and an MLflow tracking
// server are both called through it, so the back-off is written once.
class RetriedExchange
{
public:
    static constexpr int Attempts = 4;

    enum class Retry
    {
        // No connection, 429, 502, 503, 504. A 500 of nereid-server is a bug: sending the request again repeats it.
        Unavailable,
        // Those and every other 5xx: MLflow answers 500 for what passes (SQLite's "database is locked", a lost
        // connection to its database), so there a 500 is worth another try.
        AnyServerError,
    };

    struct Answer
    {
        int status = 0; // 0: no answer (no connection, the connection closed, a timeout)
        QByteArray body;
        QString networkError; // the reason when status is 0
        bool ok() const { return status >= 200 && status < 300; }
    };

    // Whether `status` (0: no answer) is worth another try under `retry`.
    static bool transient(int status, Retry retry);
    // Waits 0.25, 1, then 4 s: the pause before attempt `attempt` + 1.
    static void pauseAfter(int attempt);

    static Answer send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
                       const QByteArray &body, Retry retry);
};

} // namespace nereid
