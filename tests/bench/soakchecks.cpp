#include "soakchecks.h"

#include "apiclient.h"
#include "helpers.h"
#include "sync/seriesfetcher.h"
#include "sync/syncengine.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nereid::test {

namespace {

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

SoakTotals checkStoredOnce(ApiClient &http, const QStringList &runIds, const QList<LoggerLog> &logs, int points)
{
    SoakTotals t;
    for (int c = 0; c < logs.size(); ++c) {
        const LoggerLog &log = logs[c];
        t.acknowledged += log.acknowledged.size() * points;
        t.late += log.appliedLate.size() * points;
        t.retries += log.retries;
        t.abandoned += log.abandoned;
        QList<qint64> expected = log.acknowledged + log.appliedLate;
        std::sort(expected.begin(), expected.end());
        QString error;
        const QList<QJsonArray> got = serverPoints(http, runIds[c], &error);
        t.onServer.insert(runIds[c], got);
        t.stored += got.size();
        bool same = error.isEmpty() && got.size() == expected.size() * points;
        for (qsizetype i = 0; same && i < got.size(); ++i) {
            const qint64 step = expected[i / points] + i % points;
            same = got[i][0].toInteger() == step && sameDouble(got[i][1].toDouble(), soakValueAt(c, step));
        }
        if (!same) {
            t.storedOnce = false;
            std::fprintf(stderr, "%s: %lld points stored, %lld resolved %s\n", qPrintable(runIds[c]),
                         qint64(got.size()), qint64(expected.size()) * points, qPrintable(error));
        }
    }
    t.storedOnce = t.storedOnce && t.abandoned == 0;
    return t;
}

bool cacheCatchesUp(SyncEngine &engine, const QStringList &runIds, const QHash<QString, QList<QJsonArray>> &onServer)
{
    engine.syncNow(SoakProject);
    QDeadlineTimer deadline(60000);
    bool cacheOk = false;
    while (!deadline.hasExpired() && !cacheOk) {
        for (const QString &id : runIds)
            engine.series().fetch(SeriesRequest{id, SoakSeries});
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(200);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QStringList cached;
        for (const RunRecord &run : engine.cache().runs(SoakProject))
            cached.append(run.runId);
        cached.sort();
        QStringList listed = runIds;
        listed.sort();
        cacheOk = cached == listed;
        for (const QString &id : runIds) {
            const QList<FloatPoint> mine = engine.cache().points(id, SoakSeries);
            const QList<QJsonArray> theirs = onServer.value(id);
            cacheOk = cacheOk && mine.size() == theirs.size();
            for (qsizetype i = 0; cacheOk && i < mine.size(); ++i)
                cacheOk = mine[i].step == theirs[i][0].toDouble() && sameDouble(mine[i].value, theirs[i][1].toDouble());
        }
    }
    return cacheOk;
}

} // namespace nereid::test
