#include "profiletokenstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokens, "nereid.tokens")

namespace nereid {

ProfileTokenStore::ProfileTokenStore(QString folder)
    : m_folder(std::move(folder))
    , m_keychain(QStringLiteral("Nereid"))
{
}

bool ProfileTokenStore::keychainAvailable() const
{
    if (!m_keychainUsable) {
        const SystemKeychain::Answer answer = m_keychain.read(QStringLiteral("Nereid keychain check"));
        if (answer.status == SystemKeychain::Answer::Failed)
            keychainFailed(answer);
        else
            m_keychainUsable = true;
    }
    return *m_keychainUsable;
}

void ProfileTokenStore::keychainFailed(const SystemKeychain::Answer &answer) const
{
    qCInfo(lcTokens) << "The system keychain is not used:" << answer.error;
    m_keychainUsable = false;
    m_keychainError = answer.error;
}

QString ProfileTokenStore::placeDescription(const QString &profile) const
{
    if (keychainAvailable())
        return tr("The token will be stored in the system keychain.");
    // The keychain's own error ("dbus-launch terminated abnormally…") means nothing to most users: it is in the log
    // (keychainFailed), and the dialog says in words what happens instead.
    return tr("No system keychain is available, so the token will be kept in a file only you can read: %1")
        .arg(QDir::toNativeSeparators(filePath(profile)));
}

QString ProfileTokenStore::describe(TokenPlace place, const QString &profile) const
{
    if (place == TokenPlace::Keychain)
        return tr("The token is stored in the system keychain.");
    return tr("The token is stored in a file only you can read (%1).").arg(QDir::toNativeSeparators(filePath(profile)));
}

QString ProfileTokenStore::filePath(const QString &profile) const
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

std::optional<TokenPlace> ProfileTokenStore::save(const QString &profile, const QString &token, QString *error)
{
    if (keychainAvailable()) {
        const SystemKeychain::Answer answer = m_keychain.write(profile, token);
        if (answer.status == SystemKeychain::Answer::Ok) {
            QFile::remove(filePath(profile)); // a token from before the keychain must not outlive the new one
            return TokenPlace::Keychain;
        }
        keychainFailed(answer);
    }
    if (!saveFile(profile, token, error))
        return std::nullopt;
    return TokenPlace::File;
}

bool ProfileTokenStore::saveFile(const QString &profile, const QString &token, QString *error)
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

std::optional<QString> ProfileTokenStore::load(const QString &profile, TokenPlace *place) const
{
    // A token file is never older than the keychain's token: a keychain write deletes the file, and the file is
    // written only when the keychain refused. So the file, when there is one, holds the token last saved.
    QFile file(filePath(profile));
    if (file.open(QIODevice::ReadOnly)) {
        if (place)
            *place = TokenPlace::File;
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    if (!m_keychainUsable.value_or(true))
        return std::nullopt;
    const SystemKeychain::Answer answer = m_keychain.read(profile);
    if (answer.status == SystemKeychain::Answer::Failed) {
        keychainFailed(answer);
        return std::nullopt;
    }
    m_keychainUsable = true;
    if (answer.status != SystemKeychain::Answer::Ok || answer.text.isEmpty())
        return std::nullopt;
    if (place)
        *place = TokenPlace::Keychain;
    return answer.text;
}

bool ProfileTokenStore::remove(const QString &profile, QString *error)
{
    QString problem;
    if (keychainAvailable()) {
        const SystemKeychain::Answer answer = m_keychain.remove(profile);
        if (answer.status == SystemKeychain::Answer::Failed)
            problem = tr("The system keychain keeps the token of %1: %2").arg(profile, answer.error);
    }
    QFile file(filePath(profile));
    if (file.exists() && !file.remove())
        problem = tr("Cannot remove the token file %1: %2").arg(file.fileName(), file.errorString());
    if (error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace nereid
