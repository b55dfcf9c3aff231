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
// A retried batch is never stored twice: steps must increase strictly (docs/api.md), so a batch applied before its
// answer was lost comes back 400 step_not_increasing and changes nothing; it counts as applied, not acknowledged.
// Usage: bench_soak [--minutes M] [--kill-every S] [--clients N] [--rate BATCHES_PER_S] [--points P]
//                   [--sample-every S]. Exit code 0 only when every check passed.
#include "apiclient.h"
#include "helpers.h"
#include "sync/seriesfetcher.h"
#include "sync/syncengine.h"
#include "testserver.h"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = u"soak/p"_s;
const QString Series = u"train/loss"_s;

double valueAt(int client, qint64 step)
{
    return std::sin(double(step) * 0.01 + client) + client;
}

// What one logger sent: the first step of each batch it resolved, and how.
struct LoggerLog
{
    QList<qint64> acknowledged; // first steps of batches answered 200
    QList<qint64> appliedLate;  // applied before a kill, answer lost: the retry said step_not_increasing
    qint64 retries = 0;
    qint64 abandoned = 0; // batches refused for another reason after many tries (a bug: reported)
};

struct Options
{
    double minutes = 30;
    int killEvery = 60;
    int clients = 8;
    double rate = 5;
    int points = 10;
    int sampleEvery = 60;
};

// One logging client: its own HTTP client in its own thread, a batch every 1/rate s, retried until resolved.
void runLogger(const QUrl &api, const QString &token, const QString &runId, int client, const Options &options,
               const std::atomic<bool> &stop, LoggerLog &log)
{
    ApiClient http(api, token);
    http.setTimeout(5000);
    const qint64 period = qint64(1000 / options.rate);
    QElapsedTimer clock;
    clock.start();
    qint64 next = 0;
    for (qint64 batch = 0; !stop.load(); ++batch) {
        QList<QJsonArray> points;
        for (int i = 0; i < options.points; ++i)
            points.append(QJsonArray{next + i, valueAt(client, next + i), 1763805600.0 + double(next + i)});
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"operations"_s, QJsonArray{appendOp(Series, u"floatSeries"_s, points)}}})
                .toJson(QJsonDocument::Compact);
        for (int attempt = 0;; ++attempt) {
            const ApiReply reply = http.sendRaw("POST", runPath(runId) + u"/operations"_s, body);
            if (reply.status == 200) {
                log.acknowledged.append(next);
                break;
            }
            if (reply.status == 400 && reply.errorCode() == u"step_not_increasing"_s && attempt > 0) {
                log.appliedLate.append(next);
                break;
            }
            if (attempt > 600) { // two minutes of refusals: not a kill window
                ++log.abandoned;
                std::fprintf(stderr, "%s: batch at step %lld refused: %s\n", qPrintable(runId), next,
                             reply.describe().constData());
                break;
            }
            ++log.retries;
            QThread::msleep(200);
        }
        next += options.points;
        const qint64 due = (batch + 1) * period;
        if (clock.elapsed() < due)
            QThread::msleep(quint64(due - clock.elapsed()));
    }
}

// A reader: the runs listed with a query, sorted by the series, and one run's series reduced for a chart.
void runReader(const QUrl &api, const QString &token, const QStringList &runIds, const std::atomic<bool> &stop,
               std::atomic<qint64> &ok, std::atomic<qint64> &failed)
{
    ApiClient http(api, token);
    http.setTimeout(5000);
    const QString listing = projectPath(Project) + u"/runs?query="_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(Series + u" > -10"_s)) +
                            u"&sort_by=train%2Floss&columns=train%2Floss&limit=50"_s;
    for (int i = 0; !stop.load(); ++i) {
        const ApiReply list = http.get(listing);
        const ApiReply chart =
            http.get(runPath(runIds[i % runIds.size()]) + u"/series/reduced?path=train%2Floss&buckets=500"_s);
        ok += (list.status == 200) + (chart.status == 200);
        failed += (list.status != 200) + (chart.status != 200);
        QThread::msleep(250);
    }
}

// A "Name:  1234 kB" line of /proc/PID/status, in KiB.
qint64 statusKiB(qint64 pid, const QByteArray &name)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 descriptors(qint64 pid)
{
    return QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size();
}

struct Sample
{
    double minute;
    bool beforeKill; // the server's figures at the end of its life: comparable from one kill to the next
    // RSS, and its anonymous part (the heap): the cache maps its file (mmap_size), so the sync process's RSS grows
    // with the cache file's pages without any leak; the checks use the anonymous part.
    qint64 serverRss, serverAnon, serverFds, selfRss, selfAnon, selfFds;
};

// "Flat": the last third's maximum against the second third's (the first third is warm-up).
bool flat(const QList<Sample> &all, qint64 Sample::*field, bool memory, bool beforeKillOnly)
{
    QList<Sample> samples;
    for (const Sample &s : all)
        if (s.beforeKill || !beforeKillOnly)
            samples.append(s);
    const qsizetype third = samples.size() / 3;
    if (third == 0)
        return true;
    qint64 second = 0, last = 0;
    for (qsizetype i = third; i < samples.size(); ++i)
        (i < 2 * third ? second : last) = std::max(i < 2 * third ? second : last, samples[i].*field);
    return memory ? last <= second * 11 / 10 : last <= second + 4;
}

// Every point of a series on the server, page by page.
QList<QJsonArray> serverPoints(ApiClient &http, const QString &runId, QString *error)
{
    QList<QJsonArray> all;
    QString from;
    for (;;) {
        const ApiReply reply = http.get(runPath(runId) + u"/series?path=train%2Floss&limit=100000"_s +
                                        (from.isEmpty() ? QString() : u"&from="_s + from));
        if (reply.status != 200) {
            *error = QString::fromUtf8(reply.describe());
            return {};
        }
        for (const QJsonValue &p : reply[u"points"_s].toArray())
            all.append(p.toArray());
        if (reply[u"next"_s].isNull())
            return all;
        from = QString::number(reply[u"next"_s].toDouble(), 'g', 17);
    }
}

} // namespace

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
    parser.addOptions({minutes, killEvery, clients, rate, points, sampleEvery});
    parser.process(app);
    Options o{parser.value(minutes).toDouble(), parser.value(killEvery).toInt(), parser.value(clients).toInt(),
              parser.value(rate).toDouble(),    parser.value(points).toInt(),    parser.value(sampleEvery).toInt()};
    if (o.minutes <= 0 || o.killEvery <= 0 || o.clients <= 0 || o.rate <= 0 || o.points <= 0 || o.sampleEvery <= 0) {
        std::fprintf(stderr, "every option must be a positive number\n");
        return 2;
    }

    // A fixed loopback port, so the restarted server is where the clients and the cache's profile expect it.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    TestServer server({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    server.useSqlite();
    if (!server.start()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.errors()));
        return 1;
    }
    ApiClient admin(server.apiUrl(), server.token());
    createProject(admin, Project, u"SOK"_s);
    QStringList runIds;
    for (int c = 0; c < o.clients; ++c)
        runIds.append(createRun(admin, Project)[u"id"_s].toString());

    QTemporaryDir cacheDir;
    SyncEngine engine(ServerProfile{server.baseUrl(), u"soak"_s, server.token()});
    engine.setPollInterval(1000);
    if (!engine.open(cacheDir.path())) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(engine.cache().errorString()));
        return 1;
    }
    engine.follow(Project);

    std::atomic<bool> stopLoggers = false, stopReaders = false;
    std::atomic<qint64> readsOk = 0, readsFailed = 0;
    QList<LoggerLog> logs(o.clients);
    QList<QThread *> threads;
    for (int c = 0; c < o.clients; ++c)
        threads.append(QThread::create(
            [&, c] { runLogger(server.apiUrl(), server.token(), runIds[c], c, o, stopLoggers, logs[c]); }));
    const int loggers = int(threads.size());
    for (int r = 0; r < 2; ++r)
        threads.append(QThread::create(
            [&] { runReader(server.apiUrl(), server.token(), runIds, stopReaders, readsOk, readsFailed); }));
    for (QThread *t : threads)
        t->start();

    QElapsedTimer clock;
    clock.start();
    QList<Sample> samples;
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
            engine.series().fetch(SeriesRequest{id, Series});
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

    // Every batch resolved is on the server exactly once, with the values sent; nothing else is there.
    bool pointsOk = true;
    qint64 acknowledged = 0, late = 0, retries = 0, abandoned = 0, stored = 0;
    QHash<QString, QList<QJsonArray>> onServer;
    for (int c = 0; c < loggers; ++c) {
        const LoggerLog &log = logs[c];
        acknowledged += log.acknowledged.size() * o.points;
        late += log.appliedLate.size() * o.points;
        retries += log.retries;
        abandoned += log.abandoned;
        QList<qint64> expected = log.acknowledged + log.appliedLate;
        std::sort(expected.begin(), expected.end());
        QString error;
        const QList<QJsonArray> got = serverPoints(admin, runIds[c], &error);
        onServer.insert(runIds[c], got);
        stored += got.size();
        bool same = error.isEmpty() && got.size() == expected.size() * o.points;
        for (qsizetype i = 0; same && i < got.size(); ++i) {
            const qint64 step = expected[i / o.points] + i % o.points;
            same = got[i][0].toInteger() == step && sameDouble(got[i][1].toDouble(), valueAt(c, step));
        }
        if (!same) {
            pointsOk = false;
            std::fprintf(stderr, "%s: %lld points stored, %lld resolved %s\n", qPrintable(runIds[c]),
                         qint64(got.size()), qint64(expected.size()) * o.points, qPrintable(error));
        }
    }
    pointsOk = pointsOk && abandoned == 0;

    // The cache catches up (a pull, then each series fetched after its last cached point) and must equal the server.
    engine.syncNow(Project);
    QDeadlineTimer deadline(60000);
    bool cacheOk = false;
    while (!deadline.hasExpired() && !cacheOk) {
        for (const QString &id : std::as_const(runIds))
            engine.series().fetch(SeriesRequest{id, Series});
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(200);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QStringList cached;
        for (const RunRecord &run : engine.cache().runs(Project))
            cached.append(run.runId);
        cached.sort();
        QStringList listed = runIds;
        listed.sort();
        cacheOk = cached == listed;
        for (const QString &id : std::as_const(runIds)) {
            const QList<FloatPoint> mine = engine.cache().points(id, Series);
            const QList<QJsonArray> &theirs = onServer[id];
            cacheOk = cacheOk && mine.size() == theirs.size();
            for (qsizetype i = 0; cacheOk && i < mine.size(); ++i)
                cacheOk = mine[i].step == theirs[i][0].toDouble() && sameDouble(mine[i].value, theirs[i][1].toDouble());
        }
    }

    const bool serverRssFlat = flat(samples, &Sample::serverAnon, true, kills >= 3);
    const bool selfRssFlat = flat(samples, &Sample::selfAnon, true, false);
    const bool serverFdsFlat = flat(samples, &Sample::serverFds, false, kills >= 3);
    const bool selfFdsFlat = flat(samples, &Sample::selfFds, false, false);
    std::printf("soak: %.1f min, %d clients at %.1f batches/s of %d points, kill -9 every %d s\n", seconds / 60,
                o.clients, o.rate, o.points, o.killEvery);
    std::printf("%-34s %lld (%.0f points/s)\n", "points acknowledged", acknowledged, double(acknowledged) / seconds);
    std::printf("%-34s %lld\n", "points applied, answer lost", late);
    std::printf("%-34s %lld\n", "points stored", stored);
    std::printf("%-34s %lld (abandoned batches %lld)\n", "batch retries", retries, abandoned);
    std::printf("%-34s %d / %d (failed binds %d)\n", "kills / restarts", kills, restarts, failedStarts);
    std::printf("%-34s %lld ok, %lld failed\n", "reader requests", readsOk.load(), readsFailed.load());
    std::printf("%8s %6s %12s %12s %11s %12s %12s %9s\n", "minute", "kill", "server RSS", "server anon", "server fds",
                "sync RSS", "sync anon", "sync fds");
    for (const Sample &s : std::as_const(samples))
        std::printf("%8.2f %6s %12lld %12lld %11lld %12lld %12lld %9lld\n", s.minute, s.beforeKill ? "before" : "",
                    s.serverRss, s.serverAnon, s.serverFds, s.selfRss, s.selfAnon, s.selfFds);
    auto verdict = [](const char *what, bool ok) { std::printf("%-34s %s\n", what, ok ? "ok" : "FAILED"); };
    verdict("each resolved point stored once", pointsOk);
    verdict("cache equals server", cacheOk);
    verdict("server RSS (anon, KiB) flat", serverRssFlat);
    verdict("sync process RSS (anon, KiB) flat", selfRssFlat);
    verdict("server fds flat (before kills)", serverFdsFlat);
    verdict("sync process fds flat", selfFdsFlat);
    return pointsOk && cacheOk && serverRssFlat && selfRssFlat && serverFdsFlat && selfFdsFlat ? 0 : 1;
}
