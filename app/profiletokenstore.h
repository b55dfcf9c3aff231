#pragma once

#include "systemkeychain.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace nereid {

// Where the API token of a profile is kept.
enum class TokenPlace
{
    Keychain,
    File
};

// Keeps the API token of each connection profile: in the system keychain (service "Nereid", the profile's name as
// the key) when one answers, else in a file per profile that only the user can read (0600, created so from the
// first byte: never readable by others, not even briefly), in the profiles folder of the user's data folder.
// A keychain that answers with an error (no Secret Service on the session bus, locked, access denied) or not at all
// is not asked again by this store: the file takes the token, so a token is never lost.
class ProfileTokenStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTokenStore)

public:
    // `folder`: where the token files go (the app passes <data folder>/profiles).
    explicit ProfileTokenStore(QString folder);

    // Whether the system keychain answers; asked once (a read of an entry that need not exist).
    bool keychainAvailable() const;
    // Why the keychain is not used, in words; empty while it is.
    QString keychainProblem() const { return m_keychainError; }
    // Before saving: where a token saved now would go, in words.
    QString placeDescription(const QString &profile) const;
    // Where the token of `profile` is kept (`place`), in words.
    QString describe(TokenPlace place, const QString &profile) const;

    // Where the token went; nullopt with `error` in words when it could not be stored (an earlier token stays then).
    std::optional<TokenPlace> save(const QString &profile, const QString &token, QString *error);
    // The keychain first, then the file; `place` says which had it.
    std::optional<QString> load(const QString &profile, TokenPlace *place = nullptr) const;
    // Removes the token from the keychain and the file; false with `error` when one of them keeps it.
    bool remove(const QString &profile, QString *error = nullptr);

    // The file of `profile`: its name made safe for a file name ("Work/GPU" -> "Work_GPU.token").
    QString filePath(const QString &profile) const;

private:
    bool saveFile(const QString &profile, const QString &token, QString *error);
    // Keeps the keychain's failure so it is not asked again, and says why in placeDescription().
    void keychainFailed(const SystemKeychain::Answer &answer) const;

    QString m_folder;
    SystemKeychain m_keychain;
    mutable std::optional<bool> m_keychainUsable; // unknown until first asked
    mutable QString m_keychainError;
};

} // namespace nereid
