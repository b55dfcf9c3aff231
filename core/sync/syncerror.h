#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace nereid {

// Why a request to the server did not give a usable answer, in words a user understands, and whether
// trying again later can help.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    enum class Kind
    {
        None,
        Unreachable,  // down, connection refused, unknown host, connection dropped
        Timeout,      // no answer in time
        ServerError,  // 5xx
        BadAnswer,    // not the JSON the API promises (garbage, truncated)
        Unauthorized, // 401: token unknown or revoked
        Refused,      // another 4xx: the request itself was wrong
        Storage,      // the cache could not store the answer
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    // Unreachable, timeout, 5xx and bad answers may pass; a refused token or request will not.
    bool isRetryable() const;

    static SyncError network(QNetworkReply::NetworkError error, const QString &detail, const QUrl &url);
    static SyncError http(int status, const QString &serverMessage);
    static SyncError badAnswer(const QString &detail);
    static SyncError storage(const QString &detail);
};

} // namespace nereid
