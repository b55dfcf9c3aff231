#pragma once

#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace nereid::test {

// A self-signed certificate for 127.0.0.1 and its key, made with `openssl req` in a temporary folder that lives as
// long as this object: what an administrator does for a team server before buying a certificate. Each one is new,
// so two of them are two different certificates for the same address.
class SelfSignedCertificate
{
public:
    SelfSignedCertificate();

    // False (see error()) when openssl failed or the files cannot be read.
    bool isValid() const { return !m_certificate.isNull(); }
    QString error() const { return m_error; }

    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QSslCertificate certificate() const { return m_certificate; }
    // --tls-cert and --tls-key for nereid-server.
    QStringList serverArgs() const;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QString m_error;
};

} // namespace nereid::test
