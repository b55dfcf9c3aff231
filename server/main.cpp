#include "admincommands.h"
#include "apifront.h"
#include "blobcollection.h"
#include "databasemigration.h"
#include "httpserver.h"
#include "serveroptions.h"

#include <cstdio>
#include <QCoreApplication>
#include <sys/resource.h>

using namespace nereid;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "nereid-server: %s\n", qPrintable(message));
    return 1;
}

// Every connection holds a descriptor: take as many as the system allows this process (the soft limit is
// often 1,024, the hard one far higher).
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nereid-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEREID_VERSION));
    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments());
    if (options.command == ServerOptions::Command::Migrate) // opens its own two databases, not --data's
        return DatabaseMigration(options.migrateFrom, options.migrateTo).run();

    if (options.command != ServerOptions::Command::Serve) {
        ServerContext context(options.settings);
        if (const QString error = context.open(options.dataDir); !error.isEmpty())
            return fail(QStringLiteral("cannot open the database: %1").arg(error));
        return runAdminCommand(context, options);
    }

    // A taken port or an unusable certificate is refused before the data folder is touched, so a failed start
    // leaves no database or token behind.
    HttpServer server;
    if (!options.tlsCertificate.isEmpty()) {
        if (const QString error = server.useTls(options.tlsCertificate, options.tlsKey); !error.isEmpty())
            return fail(QStringLiteral("cannot use the TLS certificate %1 and key %2: %3")
                            .arg(options.tlsCertificate, options.tlsKey, error));
    }
    QString listenError;
    const quint16 port = server.listen(options.host, options.port, &listenError);
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(options.host.toString())
                        .arg(options.port)
                        .arg(listenError));

    {
        // Creates or migrates the database before the serving threads open their own connections to it.
        ServerContext context(options.settings);
        if (const QString error = context.open(options.dataDir); !error.isEmpty())
            return fail(QStringLiteral("cannot open the database: %1").arg(error));
        if (const QString error = context.tokens.bootstrapLocalUser(options.dataDir); !error.isEmpty())
            return fail(QStringLiteral("cannot write the local token: %1").arg(error));
    }

    const BlobStore clearing(options.dataDir, BlobStore::Opening::ClearUploads); // of uploads a crash cut short
    raiseDescriptorLimit();
    ApiFront front(options.settings, options.dataDir);
    const QString host = options.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options.host.toString())
                             : options.host.toString();
    // Printed once the database is ready: scripts and tests wait for this line before their first request.
    std::printf("nereid-server listening on %s://%s:%u\n", server.usesTls() ? "https" : "http", qPrintable(host), port);
    std::fflush(stdout);
    BlobCollection collection(front, options.settings, options.dataDir,
                              std::chrono::milliseconds(options.collectionIntervalMs));
    server.run(front, options.threads);
    collection.stop(); // a pass under way ends while the writer still runs
    // Writes still queued (their connections outlived the shutdown's grace period) are applied now, while the
    // server their answers are posted to still exists.
    front.finishWrites();
    return 0;
}
