#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace nereid {

// Keeps the API token of each connection profile. The system keychain (QtKeychain) is meant to hold it where
// one is available; this build has no keychain support yet, so tokens go to a file per profile that only
// the user can read (0600, created so from the first byte: never readable by others, not even briefly),
// in the profiles folder of the user's data folder. placeDescription() says which, for the dialog.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    // `folder`: where the token files go (the app passes <data folder>/profiles).
    explicit TokenStore(QString folder);

    static bool keychainAvailable() { return false; }
    // "Stored in a file only you can read: <path>", or where the keychain is.
    QString placeDescription(const QString &profile) const;

    // False with `error` in words when the token could not be stored; an earlier token stays then.
    bool save(const QString &profile, const QString &token, QString *error);
    std::optional<QString> load(const QString &profile) const;
    bool remove(const QString &profile);

    // The file of `profile`: its name made safe for a file name ("Work/GPU" -> "Work_GPU.token").
    QString filePath(const QString &profile) const;

private:
    QString m_folder;
};

} // namespace nereid
