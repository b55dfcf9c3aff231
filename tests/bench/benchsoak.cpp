// The soak run of issue 20 (item 4): a real nereid-server on loopback with N logging clients (threads, one run each,
// a batch of points at a steady rate), two readers listing runs with a query and reading reduced series, the app's
// SyncEngine following the project into a real cache and fetching every series as a chart would, and a kill -9 of
// the server every --kill-every seconds (restarted at once on the same data folder and port). At the end it checks:
// every acknowledged point (batch answered 200) is stored exactly once; the cache's runs and points equal the
// server's; RSS is flat after warm-up (the last third's maximum within 10 % of the second third's); open descriptors
// do not grow (the last third's maximum at most 4 above the second third's, for connections in flight). RSS and
// descriptors of this process (the syncing app and the clients) are sampled every --sample-every seconds; those of
// the server just before each kill, so that each sample is of a server of the same age (with fewer than 3 kills,
// every sample counts). A leak in the server shows within one life, so a run with a long --kill-every tells more.
// The server runs with a page cache of --sqlite-cache-mib (default 2): SQLite's cache fills as the growing database
// is read, up to the server's 64 MiB by default, which a 30-minute run does not reach (its RSS then grows by design);
// a small cache is full within the warm-up, so what grows afterwards is a leak.
// A retried batch is never stored twice: steps must increase strictly (docs/api.md), so a batch applied before its
// answer was lost comes back 400 step_not_increasing and changes nothing; it counts as applied, not acknowledged.
// Usage: bench_soak [--minutes M] [--kill-every S] [--clients N] [--rate BATCHES_PER_S] [--points P]
//                   [--sample-every S] [--sqlite-cache-mib N]. Exit code 0 only when every check passed.
#include "apiclient.h"
#include "helpers.h"
#include "soakchecks.h"
#include "soakclients.h"
#include "soaksamples.h"
#include "sync/seriesfetcher.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nereid;
using namespace nereid::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutes(u"minutes"_s, u"Length of the run."_s, u"M"_s, u"30"_s);
    const QCommandLineOption killEvery(u"kill-every"_s, u"Seconds between kill -9 of the server."_s, u"S"_s, u"60"_s);
    const QCommandLineOption clients(u"clients"_s, u"Logging clients."_s, u"N"_s, u"8"_s);
    const QCommandLineOption rate(u"rate"_s, u"Batches per second per client."_s, u"R"_s, u"5"_s);
    const QCommandLineOption points(u"points"_s, u"Points per batch."_s, u"P"_s, u"10"_s);
    const QCommandLineOption sampleEvery(u"sample-every"_s, u"Seconds between RSS/fd samples."_s, u"S"_s, u"60"_s);
    const QCommandLineOption sqliteCache(u"sqlite-cache-mib"_s, u"The server's SQLite page cache per connection."_s,
                                         u"N"_s, u"2"_s);
    parser.addOptions({minutes, killEvery, clients, rate, points, sampleEvery, sqliteCache});
    parser.process(app);
    SoakOptions o{parser.value(minutes).toDouble(), parser.value(killEvery).toInt(), parser.value(clients).toInt(),
                  parser.value(rate).toDouble(),    parser.value(points).toInt(),    parser.value(sampleEvery).toInt(),
                  parser.value(sqliteCache).toInt()};
    if (o.minutes <= 0 || o.killEvery <= 0 || o.clients <= 0 || o.rate <= 0 || o.points <= 0 || o.sampleEvery <= 0 ||
        o.sqliteCacheMiB <= 0) {
        std::fprintf(stderr, "every option must be a positive number\n");
        return 2;
    }

    // A fixed loopback port, so the restarted server is where the clients and the cache's profile expect it.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    TestServer server(
        {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--sqlite-cache-mib"_s, QString::number(o.sqliteCacheMiB)});
    server.useSqlite();
    if (!server.start()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errors()));
        return 1;
    }
    ApiClient admin(server.apiUrl(), server.token());
    createProject(admin, SoakProject, u"SOK"_s);
    QStringList runIds;
    for (int c = 0; c < o.clients; ++c)
        runIds.append(createRun(admin, SoakProject)[u"id"_s].toString());

    QTemporaryDir cacheDir;
    SyncEngine engine(ServerProfile{server.baseUrl(), u"soak"_s, server.token()});
    engine.setPollInterval(1000);
    if (!engine.open(cacheDir.path())) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(engine.cache().errorString()));
        return 1;
    }
    engine.follow(SoakProject);

    std::atomic<bool> stopLoggers = false, stopReaders = false;
    std::atomic<qint64> readsOk = 0, readsFailed = 0;
    QList<LoggerLog> logs(o.clients);
    QList<QThread *> threads;
    for (int c = 0; c < o.clients; ++c)
        threads.append(QThread::create(
            [&, c] { runLogger(server.apiUrl(), server.token(), runIds[c], c, o, stopLoggers, logs[c]); }));
    for (int r = 0; r < 2; ++r)
        threads.append(QThread::create(
            [&] { runReader(server.apiUrl(), server.token(), runIds, stopReaders, readsOk, readsFailed); }));
    for (QThread *t : threads)
        t->start();

    QElapsedTimer clock;
    clock.start();
    QList<SoakSample> samples;
    auto sample = [&](bool beforeKill) {
        const qint64 pid = server.processId(), self = QCoreApplication::applicationPid();
        samples.append({double(clock.elapsed()) / 60000, beforeKill, statusKiB(pid, "VmRSS"), statusKiB(pid, "RssAnon"),
                        descriptors(pid), statusKiB(self, "VmRSS"), statusKiB(self, "RssAnon"), descriptors(self)});
    };
    int kills = 0, restarts = 0, failedStarts = 0;
    QTimer killer;
    QObject::connect(&killer, &QTimer::timeout, [&] {
        sample(true);
        server.kill();
        ++kills;
        for (int i = 0; i < 10 && !server.start(); ++i) { // the port is ours; a refused bind is retried
            ++failedStarts;
            QThread::msleep(500);
        }
        restarts += server.isRunning();
    });
    killer.start(o.killEvery * 1000);
    // The app's charts: each run's series through the engine's fetcher, which caches the points after the last one.
    QTimer charts;
    QObject::connect(&charts, &QTimer::timeout, [&] {
        for (const QString &id : std::as_const(runIds))
            engine.series().fetch(SeriesRequest{id, SoakSeries});
    });
    charts.start(2000);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { sample(false); });
    sampler.start(o.sampleEvery * 1000);
    QTimer::singleShot(qint64(o.minutes * 60000), &app, &QCoreApplication::quit);
    app.exec();
    killer.stop();
    charts.stop();
    sampler.stop();
    sample(false);
    const double seconds = double(clock.elapsed()) / 1000;
    if (!server.isRunning() && !server.start())
        std::fprintf(stderr, "server did not restart: %s\n", qPrintable(server.errors()));
    stopLoggers = true; // each logger resolves its batch in flight, then stops
    stopReaders = true;
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }

    const SoakTotals totals = checkStoredOnce(admin, runIds, logs, o.points);
    // The cache catches up (a pull, then each series fetched after its last cached point) and must equal the server.
    const bool cacheOk = cacheCatchesUp(engine, runIds, totals.onServer);

    const bool serverRssFlat = isFlat(samples, &SoakSample::serverAnon, true, kills >= 3);
    const bool selfRssFlat = isFlat(samples, &SoakSample::selfAnon, true, false);
    const bool serverFdsFlat = isFlat(samples, &SoakSample::serverFds, false, kills >= 3);
    const bool selfFdsFlat = isFlat(samples, &SoakSample::selfFds, false, false);
    std::printf("soak: %.1f min, %d clients at %.1f batches/s of %d points, kill -9 every %d s\n", seconds / 60,
                o.clients, o.rate, o.points, o.killEvery);
    std::printf("%-34s %lld (%.0f points/s)\n", "points acknowledged", totals.acknowledged,
                double(totals.acknowledged) / seconds);
    std::printf("%-34s %lld\n", "points applied, answer lost", totals.late);
    std::printf("%-34s %lld\n", "points stored", totals.stored);
    std::printf("%-34s %lld (abandoned batches %lld)\n", "batch retries", totals.retries, totals.abandoned);
    std::printf("%-34s %d / %d (failed binds %d)\n", "kills / restarts", kills, restarts, failedStarts);
    std::printf("%-34s %lld ok, %lld failed\n", "reader requests", readsOk.load(), readsFailed.load());
    std::printf("%8s %6s %12s %12s %11s %12s %12s %9s\n", "minute", "kill", "server RSS", "server anon", "server fds",
                "sync RSS", "sync anon", "sync fds");
    for (const SoakSample &s : std::as_const(samples))
        std::printf("%8.2f %6s %12lld %12lld %11lld %12lld %12lld %9lld\n", s.minute, s.beforeKill ? "before" : "",
                    s.serverRss, s.serverAnon, s.serverFds, s.selfRss, s.selfAnon, s.selfFds);
    auto verdict = [](const char *what, bool ok) { std::printf("%-34s %s\n", what, ok ? "ok" : "FAILED"); };
    verdict("each resolved point stored once", totals.storedOnce);
    verdict("cache equals server", cacheOk);
    verdict("server RSS (anon, KiB) flat", serverRssFlat);
    verdict("sync process RSS (anon, KiB) flat", selfRssFlat);
    verdict("server fds flat (before kills)", serverFdsFlat);
    verdict("sync process fds flat", selfFdsFlat);
    return totals.storedOnce && cacheOk && serverRssFlat && selfRssFlat && serverFdsFlat && selfFdsFlat ? 0 : 1;
}
