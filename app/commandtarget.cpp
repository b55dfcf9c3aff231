#include "commandtarget.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace nereid {

bool CommandTarget::open(const QString &server, const QString &tokenFile, QString *error)
{
    if (!server.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("the token file %1 cannot be read: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        m_url = QUrl(server);
        m_token = QString::fromUtf8(file.readAll()).trimmed();
        return true;
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!m_local.start(QDir(data).filePath(QStringLiteral("server"))) || (m_token = m_local.token()).isEmpty()) {
        *error = tr("the private server cannot start: %1").arg(m_local.errorString());
        return false;
    }
    m_url = m_local.url();
    return true;
}

} // namespace nereid
