#include "databaseurl.h"

#include <QUrl>

namespace nereid {

namespace {

// libpq's own option names that may follow the URL's `?`; anything else is a mistake worth a word.
const QStringList PassedOptions = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                   QStringLiteral("connect_timeout"), QStringLiteral("application_name")};

DatabaseUrl parsePostgres(const QString &text, QString *error)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Postgres;
    const QUrl parsed(text, QUrl::StrictMode);
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            url.host = value;
        else if (PassedOptions.contains(key))
            options.append(key + QLatin1Char('=') + value);
        else
            *error = QStringLiteral("the database URL has an option \"%1\" this server does not know").arg(key);
    }
    url.connectOptions = options.join(QLatin1Char(';'));
    if (!parsed.isValid())
        *error = QStringLiteral("\"%1\" is not a valid URL: %2").arg(url.display(), parsed.errorString());
    else if (url.databaseName.isEmpty() || url.databaseName.contains(QLatin1Char('/')))
        *error = QStringLiteral("the database URL names no database: use postgresql://USER@HOST:PORT/DBNAME");
    else if (url.host.isEmpty())
        *error = QStringLiteral("the database URL names no host");
    return url;
}

} // namespace

DatabaseUrl DatabaseUrl::parse(const QString &text, const QString &dataDir, QString *error)
{
    error->clear();
    DatabaseUrl url;
    if (text.isEmpty()) {
        url.sqliteDir = dataDir;
    } else if (text.startsWith(QLatin1String("sqlite:"))) {
        url.sqliteDir = text.mid(7);
        if (url.sqliteDir.startsWith(QLatin1String("//"))) // sqlite:///var/lib/nereid as well as sqlite:/var/lib/…
            url.sqliteDir = url.sqliteDir.mid(2);
        if (url.sqliteDir.isEmpty())
            *error = QStringLiteral("the database URL names no folder: use sqlite:DIR");
    } else if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        url = parsePostgres(text, error);
    } else {
        *error = QStringLiteral("\"%1\" is no database this server knows: use sqlite:DIR or "
                                "postgresql://USER@HOST:PORT/DBNAME")
                     .arg(text.section(QLatin1Char('@'), -1));
    }
    return url;
}

QString DatabaseUrl::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + sqliteDir;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace nereid
