#pragma once

#include "profiletokenstore.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace nereid {

// The connection profiles of the app: a name and a server URL each in the settings ("profiles/list"), the API
// token through ProfileTokenStore, and the profile used last ("profiles/last"). "Local", the private server the app
// starts itself, is always there, is never stored (its URL changes each start) and is the default.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    struct Profile
    {
        QString name;
        QUrl url;      // empty for Local
        QString token; // filled by find() only
        // The SHA-256 digest of the server certificate the user trusted for this profile (see CertificatePin);
        // empty when none.
        QByteArray certificate = {};
    };

    // `settings` outlives the store; `tokenFolder` is where ProfileTokenStore keeps the token files.
    ProfileStore(QSettings *settings, const QString &tokenFolder);

    static QString localName() { return QStringLiteral("Local"); }
    static bool isLocal(const QString &name) { return name == localName(); }

    // Local first, then the saved profiles in the order they were added.
    QList<Profile> profiles() const;
    QStringList names() const;
    // The profile with its token; nullopt with `error` in words when it is unknown or its token is gone.
    std::optional<Profile> find(const QString &name, QString *error) const;
    // Adds or replaces a profile; false with `error` when the token could not be stored (nothing changes then).
    // An empty token keeps the token stored for an existing profile (a new one needs a token). `place`, when
    // given, says where the token went. The trusted certificate stays while the URL names the same server
    // (scheme, host and port), unless `profile` brings its own; another server forgets it.
    bool save(const Profile &profile, QString *error, TokenPlace *place = nullptr);
    // Removes a saved profile and its token (keychain and file); false with `error` for Local, an unknown profile,
    // or a token that could not be removed (the profile is gone from the list all the same).
    bool remove(const QString &name, QString *error);
    // Trusts the certificate with this SHA-256 digest for the saved profile `name`, in place of any other (an empty
    // digest trusts none: the pin is forgotten); false with `error` for Local or an unknown profile.
    bool pinCertificate(const QString &name, const QByteArray &fingerprint, QString *error);

    // The profile used last, Local when none or when it has been removed since.
    QString lastProfile() const;
    void setLastProfile(const QString &name);

    bool keychainAvailable() const { return m_tokens.keychainAvailable(); }
    QString keychainProblem() const { return m_tokens.keychainProblem(); }
    // Where a token saved now for `name` would go, in words (the Connect to server dialog shows it).
    QString tokenPlace(const QString &name) const { return m_tokens.placeDescription(name); }
    // Where the stored token of `name` is, in words; empty when it has none.
    QString storedTokenPlace(const QString &name) const;

private:
    QList<Profile> savedProfiles() const;
    void writeProfiles(const QList<Profile> &profiles);

    QSettings *m_settings;
    ProfileTokenStore m_tokens;
};

} // namespace nereid
