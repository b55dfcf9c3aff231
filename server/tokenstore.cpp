#include "tokenstore.h"

#include "clock.h"
#include "database.h"
#include "transaction.h"

#include <array>
#include <pwd.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QVariant>
#include <unistd.h>

namespace nereid {

namespace {

QString hashOf(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return QStringLiteral("nrd_") +
           QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString osUserName()
{
    // getpwuid_r, not getpwuid: the server's threads may be reading the password database too.
    passwd entry{};
    passwd *found = nullptr;
    std::array<char, 4096> buffer{};
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    const QString name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

} // namespace

qint64 TokenStore::ensureUser(const QString &user)
{
    addUser(user);
    return userId(user).value_or(0);
}

bool TokenStore::addUser(const QString &user)
{
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO users(name, created, admin)"
                                     " VALUES(?, ?, CASE WHEN EXISTS (SELECT 1 FROM users) THEN 0 ELSE 1 END)"
                                     " ON CONFLICT(name) DO NOTHING"));
    insert.addBindValue(user);
    insert.addBindValue(nowMs());
    m_db.exec(insert);
    return insert.numRowsAffected() > 0;
}

std::optional<qint64> TokenStore::userId(const QString &user)
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id FROM users WHERE name = ?"));
    select.addBindValue(user);
    m_db.exec(select);
    std::optional<qint64> id;
    if (select.next())
        id = select.value(0).toLongLong();
    select.finish();
    return id;
}

QList<TokenStore::User> TokenStore::users()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id, name, admin FROM users ORDER BY name"));
    m_db.exec(select);
    QList<User> users;
    while (select.next())
        users.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toBool()});
    select.finish();
    return users;
}

QString TokenStore::createToken(const QString &user, bool readOnly)
{
    Transaction transaction(m_db);
    const qint64 id = ensureUser(user);
    QString token = newToken();
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO tokens(user_id, token_hash, created, read_only) VALUES(?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(hashOf(token.toLatin1()));
    insert.addBindValue(nowMs());
    insert.addBindValue(readOnly ? 1 : 0);
    m_db.exec(insert);
    transaction.commit();
    return token;
}

bool TokenStore::revoke(const QString &token)
{
    QSqlQuery &update =
        m_db.prepared(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ? AND revoked = 0"));
    update.addBindValue(hashOf(token.toLatin1()));
    m_db.exec(update);
    return update.numRowsAffected() > 0;
}

std::optional<Caller> TokenStore::callerForToken(QByteArrayView token)
{
    QSqlQuery &select =
        m_db.prepared(QStringLiteral("SELECT users.id, users.name, users.admin, tokens.read_only FROM tokens"
                                     " JOIN users ON users.id = tokens.user_id"
                                     " WHERE token_hash = ? AND revoked = 0"));
    select.addBindValue(hashOf(token));
    m_db.exec(select);
    std::optional<Caller> caller;
    if (select.next())
        caller = Caller{select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toBool(),
                        select.value(3).toBool()};
    select.finish();
    return caller;
}

bool TokenStore::hasUsers()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM users"));
    m_db.exec(select);
    select.next();
    const bool any = select.value(0).toLongLong() > 0;
    select.finish();
    return any;
}

QString TokenStore::bootstrapLocalUser(const QString &dataDir)
{
    if (hasUsers())
        return {};
    const QString token = createToken(osUserName());
    // Created with owner-only permissions from the start, so the token is never readable by others.
    QFile file(QDir(dataDir).filePath(QStringLiteral("token")));
    file.remove();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return file.errorString();
    if (file.write(token.toLatin1() + '\n') < 0 || !file.flush())
        return file.errorString();
    return {};
}

} // namespace nereid
