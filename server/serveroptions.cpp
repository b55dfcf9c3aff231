#include "serveroptions.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QDir>

namespace nereid {

namespace {

[[noreturn]] void failWith(QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "nereid-server: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2);
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
                       "  nereid-server [options]                        serve\n"
                       "  nereid-server token create --user NAME [--data DIR]   print a new API token for NAME\n"
                       "  nereid-server token revoke TOKEN [--data DIR]         revoke a token"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("The data folder holding nereid.sqlite (default %1).").arg(defaultDataDir()),
        QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on; port 0 picks a free one (default 127.0.0.1:8765)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body accepted; larger ones get 413 (default 67108864)."), QStringLiteral("N"),
        QStringLiteral("67108864"));
    const QCommandLineOption activeSeconds(
        QStringLiteral("active-seconds"),
        QStringLiteral("A run is active while a client was in touch within this many "
                       "seconds (default 20)."),
        QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("With 'token create': the user the token is for."),
                                  QStringLiteral("NAME"));
    parser.addOptions({data, listen, maxBody, activeSeconds, user});
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("'token create' or 'token revoke TOKEN'."),
                                 QStringLiteral("[token create|revoke ...]"));
    parser.process(arguments);

    ServerOptions options;
    options.dataDir = parser.value(data);
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
    options.settings.activeMs = qint64(parser.value(activeSeconds).toDouble(&ok) * 1000);
    if (!ok || options.settings.activeMs <= 0)
        failWith(parser, QStringLiteral("--active-seconds needs a positive number."));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return options;
    if (positional.value(0) != QLatin1String("token"))
        failWith(parser, QStringLiteral("Unknown command \"%1\".").arg(positional.join(QLatin1Char(' '))));
    if (positional.value(1) == QLatin1String("create") && positional.size() == 2 && parser.isSet(user)) {
        options.command = Command::CreateToken;
        options.user = parser.value(user);
    } else if (positional.value(1) == QLatin1String("revoke") && positional.size() == 3) {
        options.command = Command::RevokeToken;
        options.token = positional.value(2);
    } else {
        failWith(parser, QStringLiteral("Use 'token create --user NAME' or 'token revoke TOKEN'."));
    }
    return options;
}

} // namespace nereid
