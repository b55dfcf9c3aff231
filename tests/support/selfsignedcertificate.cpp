#include "selfsignedcertificate.h"

#include <QFile>
#include <QProcess>

namespace nereid::test {

SelfSignedCertificate::SelfSignedCertificate()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyPath(),
                   QStringLiteral("-out"), certificatePath()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed (%1): %2")
                      .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return;
    }
    QFile file(certificatePath());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return;
    }
    m_certificate = QSslCertificate(file.readAll(), QSsl::Pem);
    if (m_certificate.isNull())
        m_error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath());
}

QStringList SelfSignedCertificate::serverArgs() const
{
    return {QStringLiteral("--tls-cert"), certificatePath(), QStringLiteral("--tls-key"), keyPath()};
}

} // namespace nereid::test
