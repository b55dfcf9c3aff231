#include "tokenstore.h"

#include <QDir>
#include <QFile>

namespace nereid {

TokenStore::TokenStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString TokenStore::placeDescription(const QString &profile) const
{
    return tr("No keychain service is available: the token is stored in a file only you can read (%1).")
        .arg(QDir::toNativeSeparators(filePath(profile)));
}

QString TokenStore::filePath(const QString &profile) const
{
    QString name = profile;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return QDir(m_folder).filePath(name + QStringLiteral(".token"));
}

bool TokenStore::save(const QString &profile, const QString &token, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A new file created with owner-only permissions, then renamed over the old token: no moment when the
    // token is in a file others can read, and a failed write leaves the old token whole.
    const QString path = filePath(profile);
    QFile file(path + QStringLiteral(".new"));
    file.remove();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(token.toUtf8()) < 0 || !file.flush()) {
        *error = tr("Cannot write the token to %1: %2").arg(file.fileName(), file.errorString());
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!file.rename(path)) {
        *error = tr("Cannot write the token to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> TokenStore::load(const QString &profile) const
{
    QFile file(filePath(profile));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TokenStore::remove(const QString &profile)
{
    return QFile::remove(filePath(profile));
}

} // namespace nereid
