#include "profilestore.h"

#include <QSettings>

namespace nereid {

namespace {
const QString listKey = QStringLiteral("profiles/list");
const QString lastKey = QStringLiteral("profiles/last");
const QString certificateKey = QStringLiteral("certificateSha256");

bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, const QString &tokenFolder)
    : m_settings(settings)
    , m_tokens(tokenFolder)
{
}

QList<ProfileStore::Profile> ProfileStore::savedProfiles() const
{
    QList<Profile> result;
    const int count = m_settings->beginReadArray(listKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        result.append({m_settings->value(QStringLiteral("name")).toString(),
                       m_settings->value(QStringLiteral("url")).toUrl(), QString(),
                       QByteArray::fromHex(m_settings->value(certificateKey).toByteArray())});
    }
    m_settings->endArray();
    return result;
}

void ProfileStore::writeProfiles(const QList<Profile> &profiles)
{
    m_settings->remove(listKey); // an array that shrinks would keep its old tail otherwise
    m_settings->beginWriteArray(listKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profiles[i].name);
        m_settings->setValue(QStringLiteral("url"), profiles[i].url);
        if (!profiles[i].certificate.isEmpty())
            m_settings->setValue(certificateKey, QString::fromLatin1(profiles[i].certificate.toHex()));
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<ProfileStore::Profile> ProfileStore::profiles() const
{
    return QList<Profile>{{localName(), QUrl(), QString()}} + savedProfiles();
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &profile : profiles())
        result.append(profile.name);
    return result;
}

std::optional<ProfileStore::Profile> ProfileStore::find(const QString &name, QString *error) const
{
    for (Profile profile : profiles()) {
        if (profile.name != name)
            continue;
        if (isLocal(name))
            return profile;
        const std::optional<QString> token = m_tokens.load(name);
        if (!token || token->isEmpty()) {
            *error = tr("The API token of %1 is missing from the system keychain and from %2.")
                         .arg(name, m_tokens.filePath(name));
            return std::nullopt;
        }
        profile.token = *token;
        return profile;
    }
    *error = tr("There is no profile named %1.").arg(name);
    return std::nullopt;
}

bool ProfileStore::save(const Profile &profile, QString *error, TokenPlace *place)
{
    if (isLocal(profile.name)) {
        *error = tr("The name %1 is taken by the built-in server.").arg(profile.name);
        return false;
    }
    // Token and cache files are named after the profile with unsafe characters replaced: "Lab/GPU" and "Lab_GPU"
    // would share them.
    for (const Profile &other : savedProfiles()) {
        if (other.name != profile.name && m_tokens.filePath(other.name) == m_tokens.filePath(profile.name)) {
            *error = tr("The name %1 is too close to the profile %2.").arg(profile.name, other.name);
            return false;
        }
    }
    QList<Profile> saved = savedProfiles();
    auto same = [&](const Profile &p) { return p.name == profile.name; };
    const auto existing = std::find_if(saved.begin(), saved.end(), same);
    if (profile.token.isEmpty()) {
        if (existing == saved.end()) {
            *error = tr("Enter the API token of %1.").arg(profile.name);
            return false;
        }
        if (place)
            m_tokens.load(profile.name, place);
    } else {
        const std::optional<TokenPlace> stored = m_tokens.save(profile.name, profile.token, error);
        if (!stored)
            return false;
        if (place)
            *place = *stored;
    }
    if (existing != saved.end()) {
        if (!profile.certificate.isEmpty() || !sameServer(existing->url, profile.url))
            existing->certificate = profile.certificate; // a pin is for one server only
        existing->url = profile.url;
    } else {
        saved.append({profile.name, profile.url, QString(), profile.certificate});
    }
    writeProfiles(saved);
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (isLocal(name)) {
        *error = tr("The built-in server %1 cannot be removed.").arg(name);
        return false;
    }
    QList<Profile> saved = savedProfiles();
    if (saved.removeIf([&](const Profile &p) { return p.name == name; }) == 0) {
        *error = tr("There is no profile named %1.").arg(name);
        return false;
    }
    writeProfiles(saved);
    if (m_settings->value(lastKey).toString() == name)
        m_settings->remove(lastKey);
    return m_tokens.remove(name, error);
}

bool ProfileStore::pinCertificate(const QString &name, const QByteArray &fingerprint, QString *error)
{
    QList<Profile> saved = savedProfiles();
    const auto found = std::find_if(saved.begin(), saved.end(), [&](const Profile &p) { return p.name == name; });
    if (found == saved.end()) {
        *error = tr("There is no profile named %1.").arg(name);
        return false;
    }
    found->certificate = fingerprint;
    writeProfiles(saved);
    return true;
}

QString ProfileStore::storedTokenPlace(const QString &name) const
{
    TokenPlace place = TokenPlace::File;
    if (isLocal(name) || !m_tokens.load(name, &place))
        return {};
    return m_tokens.describe(place, name);
}

QString ProfileStore::lastProfile() const
{
    const QString last = m_settings->value(lastKey).toString();
    return names().contains(last) ? last : localName();
}

void ProfileStore::setLastProfile(const QString &name)
{
    m_settings->setValue(lastKey, name);
    m_settings->sync();
}

} // namespace nereid
