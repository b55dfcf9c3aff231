#pragma once

#include <chrono>
#include <QCoreApplication>
#include <QString>

namespace QKeychain {
class Job;
}

namespace nereid {

// The system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store) through QtKeychain,
// asked synchronously: QtKeychain's jobs are asynchronous, so each call waits for its job in a local event loop,
// at most `timeout`, so that a hung keychain never blocks the app for good.
class SystemKeychain
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychain)

public:
    struct Answer
    {
        enum Status
        {
            Ok,
            NotFound,
            Failed
        };
        Status status = Failed;
        QString text;  // the secret read
        QString error; // in words, when Failed
    };

    // The timeout leaves time for an unlock prompt: a locked keychain asks for its password first.
    explicit SystemKeychain(QString service, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    Answer read(const QString &key) const;
    Answer write(const QString &key, const QString &secret) const;
    Answer remove(const QString &key) const;

private:
    Answer run(QKeychain::Job *job) const;

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace nereid
