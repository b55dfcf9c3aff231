#include "serveroptions.h"

#include "admincommands.h"
#include "databaseurl.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QDir>
#include <thread>

namespace nereid {

namespace {

[[noreturn]] void failWith(QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "nereid-server: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2); // NOLINT(concurrency-mt-unsafe): options are read before any thread starts
}

QString defaultDataDir()
{
    const QString base = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share"));
    return base + QStringLiteral("/nereid/server");
}

} // namespace

ServerOptions ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Nereid tracking server: a JSON API under /api/v1 (see docs/api.md).\n\n"
                       "  nereid-server [options]                                serve\n"
                       "  nereid-server token create --user NAME [--read-only]   print a new API token\n"
                       "  nereid-server token revoke TOKEN                       revoke a token\n"
                       "  nereid-server user add NAME                            add a user\n"
                       "  nereid-server user list                                list the users and their roles\n"
                       "  nereid-server member add WORKSPACE USER ROLE           ROLE: viewer, contributor, owner\n"
                       "  nereid-server member remove WORKSPACE USER             remove a member\n"
                       "  nereid-server member list WORKSPACE                    list the members\n"
                       "  nereid-server gc                                       remove the files no field refers to\n"
                       "  nereid-server backup OUT                               copy the data folder into OUT\n"
                       "  nereid-server epoch renew                              give the database a new epoch\n"
                       "  nereid-server migrate --from sqlite:DIR --to postgresql://USER@HOST/DB   copy a database\n"
                       "Every command works on the data folder of --data DIR and the database of --database URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("The data folder holding nereid.sqlite (default %1).").arg(defaultDataDir()),
        QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Where runs are stored: sqlite:DIR or postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME "
                       "(default: SQLite in the data folder, which holds the uploaded files either way)."),
        QStringLiteral("URL"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on; port 0 picks a free one (default 127.0.0.1:8765)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body accepted; larger ones get 413 (default 67108864)."), QStringLiteral("N"),
        QStringLiteral("67108864"));
    const QCommandLineOption maxFile(
        QStringLiteral("max-file-bytes"),
        QStringLiteral("Largest file an upload may store; larger ones get 413 (default 10737418240)."),
        QStringLiteral("N"), QStringLiteral("10737418240"));
    const QCommandLineOption gcInterval(
        QStringLiteral("gc-interval"),
        QStringLiteral("Seconds between two collections of the files no field refers to (default 3600)."),
        QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption activeSeconds(
        QStringLiteral("active-seconds"),
        QStringLiteral("A run is active while a client was in touch within this many "
                       "seconds (default 20)."),
        QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Threads serving requests; reads run on them in parallel, writes on one more "
                       "(default: the number of cores)."),
        QStringLiteral("N"), QString::number(std::max(1u, std::thread::hardware_concurrency())));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("Seconds a request's header may take to arrive, and its body may pause (default 10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a kept-alive connection may wait for its next request (default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption sqliteCache(
        QStringLiteral("sqlite-cache-mib"),
        QStringLiteral("SQLite's page cache per connection (each serving thread and the writer) in MiB (default 64)."),
        QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS (TLS 1.2 or newer) with this PEM certificate chain."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption testClock(
        QStringLiteral("test-clock"),
        QStringLiteral("For tests only, on a loopback address: POST /api/v1/test/clock {\"advance_ms\": N} moves "
                       "the server's clock forward (docs/testing.md)."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("With 'token create': a token that may only read."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("With 'token create': the user the token is for."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("With 'migrate': the database to copy."),
                                  QStringLiteral("URL"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("With 'migrate': the empty database to copy into."),
                                QStringLiteral("URL"));
    parser.addOptions({data, database, listen, maxBody, maxFile, gcInterval, activeSeconds, threads, requestTimeout,
                       idleTimeout, sqliteCache, tlsCert, tlsKey, testClock, user, readOnly, from, to});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("token, user, member, gc, backup, epoch or migrate (see above)."),
                                 QStringLiteral("[token|user|member|gc|backup|epoch|migrate ...]"));
    parser.process(arguments);

    ServerOptions options;
    options.dataDir = parser.value(data);
    options.settings.database = parser.value(database);
    if (QString error; DatabaseUrl::parse(options.settings.database, options.dataDir, &error), !error.isEmpty())
        failWith(parser, QStringLiteral("--database: %1.").arg(error));
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = address.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535 || !options.host.setAddress(address.left(colon)))
        failWith(parser,
                 QStringLiteral("--listen needs HOST:PORT with a numeric host address, not \"%1\".").arg(address));
    options.port = quint16(port);
    bool ok = false;
    options.settings.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.settings.maxBodyBytes <= 0)
        failWith(parser, QStringLiteral("--max-body-bytes needs a positive number."));
    options.settings.maxFileBytes = parser.value(maxFile).toLongLong(&ok);
    if (!ok || options.settings.maxFileBytes < 0)
        failWith(parser, QStringLiteral("--max-file-bytes needs a number of bytes."));
    options.collectionIntervalMs = qint64(parser.value(gcInterval).toDouble(&ok) * 1000);
    if (!ok || options.collectionIntervalMs <= 0)
        failWith(parser, QStringLiteral("--gc-interval needs a positive number of seconds."));
    options.settings.activeMs = qint64(parser.value(activeSeconds).toDouble(&ok) * 1000);
    if (!ok || options.settings.activeMs <= 0)
        failWith(parser, QStringLiteral("--active-seconds needs a positive number."));
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 1 || options.threads > 256)
        failWith(parser, QStringLiteral("--threads needs a number from 1 to 256."));
    options.settings.requestTimeoutMs = int(parser.value(requestTimeout).toDouble(&ok) * 1000);
    if (!ok || options.settings.requestTimeoutMs <= 0)
        failWith(parser, QStringLiteral("--request-timeout needs a positive number of seconds."));
    options.settings.idleTimeoutMs = int(parser.value(idleTimeout).toDouble(&ok) * 1000);
    if (!ok || options.settings.idleTimeoutMs <= 0)
        failWith(parser, QStringLiteral("--idle-timeout needs a positive number of seconds."));
    options.settings.sqliteCacheMiB = parser.value(sqliteCache).toInt(&ok);
    if (!ok || options.settings.sqliteCacheMiB < 1 || options.settings.sqliteCacheMiB > 65536)
        failWith(parser, QStringLiteral("--sqlite-cache-mib needs a number of MiB from 1 to 65536."));
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        failWith(parser, QStringLiteral("--tls-cert and --tls-key go together."));
    // Anyone who reaches the route may age every run: only a test's own machine may.
    options.settings.testClock = parser.isSet(testClock);
    if (options.settings.testClock && !options.host.isLoopback())
        failWith(parser, QStringLiteral("--test-clock is for tests only and needs a loopback --listen address, "
                                        "not %1.")
                             .arg(options.host.toString()));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return options;
    if (QStringList{QStringLiteral("user"), QStringLiteral("member"), QStringLiteral("backup"), QStringLiteral("epoch")}
            .contains(positional.value(0))) {
        if (const QString error = parseAdminCommand(positional, options); !error.isEmpty())
            failWith(parser, error);
        return options;
    }
    if (positional.value(0) == QLatin1String("gc") && positional.size() == 1) {
        options.command = Command::CollectBlobs;
        return options;
    }
    if (positional.value(0) == QLatin1String("migrate") && positional.size() == 1) {
        if (!parser.isSet(from) || !parser.isSet(to))
            failWith(parser, QStringLiteral("Use 'migrate --from sqlite:DIR --to postgresql://USER@HOST/DBNAME'."));
        options.command = Command::Migrate;
        options.migrateFrom = parser.value(from);
        options.migrateTo = parser.value(to);
        return options;
    }
    if (positional.value(0) != QLatin1String("token"))
        failWith(parser, QStringLiteral("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' '))));
    if (positional.value(1) == QLatin1String("create") && positional.size() == 2 && parser.isSet(user)) {
        options.command = Command::CreateToken;
        options.user = parser.value(user);
        options.readOnly = parser.isSet(readOnly);
    } else if (positional.value(1) == QLatin1String("revoke") && positional.size() == 3) {
        options.command = Command::RevokeToken;
        options.token = positional.value(2);
    } else {
        failWith(parser, QStringLiteral("Use 'token create --user NAME' or 'token revoke TOKEN'."));
    }
    return options;
}

} // namespace nereid
