// A process that pulls one project into a cache and prints "page CURSOR" after each page is stored, so that
// test_pullkill can kill it (SIGKILL) between pages or in the middle of one, as a crash or a power cut would.
// Usage: nereid_pullhelper SERVER_URL TOKEN CACHE_FILE PROJECT PAGE_SIZE
#include "cache/cache.h"
#include "sync/apiconnection.h"
#include "sync/projectpuller.h"

#include <cstdio>
#include <QCoreApplication>

using namespace nereid;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: nereid_pullhelper SERVER_URL TOKEN CACHE_FILE PROJECT PAGE_SIZE\n");
        return 2;
    }
    Cache cache;
    if (!cache.open(args[3])) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.errorString()));
        return 1;
    }
    ApiConnection api(ServerProfile{QUrl(args[1]), {}, args[2]});
    ProjectPuller puller(api, cache, args[4]);
    puller.setPageSize(args[5].toInt());
    QObject::connect(&puller, &ProjectPuller::pageApplied, &app, [](int, qint64 cursor) {
        std::printf("page %lld\n", cursor);
        std::fflush(stdout);
    });
    QObject::connect(&puller, &ProjectPuller::finished, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&puller, &ProjectPuller::failed, &app, [](const SyncError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        QCoreApplication::exit(1);
    });
    puller.start();
    return app.exec();
}
