#pragma once

#include "domain/syncerrorkind.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>

namespace nereid {

// Why a request to the server did not give a usable answer, in words a user understands, and whether
// trying again later can help.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    using Kind = SyncErrorKind;

    Kind kind = Kind::None;
    QString message;
    // The server's certificate, for the two certificate kinds: the app shows it and may pin its fingerprint.
    // Optional, as a default QSslCertificate loads the TLS backend and every request's error is a SyncError.
    std::optional<QSslCertificate> certificate = std::nullopt;

    bool isError() const { return kind != Kind::None; }
    // Unreachable, timeout, 5xx and bad answers may pass; a refused token or request will not.
    bool isRetryable() const;

    static SyncError network(QNetworkReply::NetworkError error, const QString &detail, const QUrl &url);
    static SyncError http(int status, const QString &serverMessage);
    // The same from the server's JSON error, which for a 403 names the project, the role needed and the user's.
    static SyncError http(int status, const QJsonObject &answer);
    static SyncError badAnswer(const QString &detail);
    static SyncError storage(const QString &detail);
    // The TLS handshake with `url` failed on `certificate`; `pinned` says the profile trusts another one.
    static SyncError untrustedCertificate(const QSslCertificate &certificate, bool pinned, const QUrl &url);
    // A SHA-256 fingerprint as people compare it: "3A:F0:…", 32 pairs of upper-case hex digits.
    static QString fingerprintText(const QByteArray &sha256);
};

} // namespace nereid
