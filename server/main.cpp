#include "apiserver.h"
#include "serveroptions.h"
#include "shutdownsignals.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTcpServer>

using namespace nereid;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "nereid-server: %s\n", qPrintable(message));
    return 1;
}

int runTokenCommand(ServerContext &context, const ServerOptions &options)
{
    if (options.command == ServerOptions::Command::CreateToken) {
        std::printf("%s\n", qPrintable(context.tokens.createToken(options.user)));
        return 0;
    }
    if (!context.tokens.revoke(options.token))
        return fail(QStringLiteral("no such token, or it was revoked already"));
    std::printf("revoked\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nereid-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEREID_VERSION));
    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments());

    ServerContext context(options.settings);
    if (const QString error = context.open(options.dataDir); !error.isEmpty())
        return fail(QStringLiteral("cannot open the database in %1: %2").arg(options.dataDir, error));
    if (options.command != ServerOptions::Command::Serve)
        return runTokenCommand(context, options);
    if (const QString error = context.tokens.bootstrapLocalUser(options.dataDir); !error.isEmpty())
        return fail(QStringLiteral("cannot write the local token: %1").arg(error));

    ShutdownSignals shutdownSignals;
    ApiServer server(context);
    const quint16 port = server.listen(options.host, options.port);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(options.host.toString()).arg(options.port));
    std::printf("nereid-server listening on http://%s:%u\n", qPrintable(options.host.toString()), port);
    std::fflush(stdout);
    return app.exec();
}
