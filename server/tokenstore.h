#pragma once

#include "caller.h"

#include <optional>
#include <QList>
#include <QString>

namespace nereid {

class Database;

// Users and their API tokens. A token is shown once, when created; only its SHA-256 is stored.
class TokenStore
{
public:
    struct User
    {
        qint64 id = 0;
        QString name;
        bool admin = false; // the first user of the data folder (see Access)
    };

    explicit TokenStore(Database &db)
        : m_db(db)
    {
    }

    // Creates the user if needed and a new token for them; returns the token. A read-only token may only read,
    // whatever the user's roles.
    QString createToken(const QString &user, bool readOnly = false);
    // True when the token existed and is now revoked.
    bool revoke(const QString &token);
    // The user a valid, unrevoked token belongs to.
    std::optional<Caller> callerForToken(QByteArrayView token);
    bool hasUsers();
    // Adds a user without a token; false when the name is taken.
    bool addUser(const QString &user);
    // The id of the user of that name.
    std::optional<qint64> userId(const QString &user);
    // Every user, by name.
    QList<User> users();

    // On an empty database: a user named after the OS user, with a token written to DATA/token,
    // readable by its owner only, so a local app and local scripts work without set-up.
    // Returns an empty string or the reason it failed.
    QString bootstrapLocalUser(const QString &dataDir);

private:
    // The first user of a data folder is its administrator (see Access).
    qint64 ensureUser(const QString &user);

    Database &m_db;
};

} // namespace nereid
