#pragma once

#include <optional>
#include <QString>

namespace nereid {

class Database;

// Users and their API tokens. A token is shown once, when created; only its SHA-256 is stored.
class TokenStore
{
public:
    explicit TokenStore(Database &db)
        : m_db(db)
    {
    }

    // Creates the user if needed and a new token for them; returns the token.
    QString createToken(const QString &user);
    // True when the token existed and is now revoked.
    bool revoke(const QString &token);
    // The user a valid, unrevoked token belongs to.
    std::optional<QString> userForToken(QByteArrayView token);
    bool hasUsers();

    // On an empty database: a user named after the OS user, with a token written to DATA/token,
    // readable by its owner only, so a local app and local scripts work without set-up.
    // Returns an empty string or the reason it failed.
    QString bootstrapLocalUser(const QString &dataDir);

private:
    qint64 ensureUser(const QString &user);

    Database &m_db;
};

} // namespace nereid
