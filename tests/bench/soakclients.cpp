#include "soakclients.h"

#include "apiclient.h"
#include "helpers.h"

#include <cmath>
#include <cstdio>
#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nereid::test {

double soakValueAt(int client, qint64 step)
{
    return std::sin(double(step) * 0.01 + client) + client;
}

// One logging client: its own HTTP client in its own thread, a batch every 1/rate s, retried until resolved.
void runLogger(const QUrl &api, const QString &token, const QString &runId, int client, const SoakOptions &options,
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
            points.append(QJsonArray{next + i, soakValueAt(client, next + i), 1763805600.0 + double(next + i)});
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"operations"_s, QJsonArray{appendOp(SoakSeries, u"floatSeries"_s, points)}}})
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
    const QString listing = projectPath(SoakProject) + u"/runs?query="_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(SoakSeries + u" > -10"_s)) +
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

} // namespace nereid::test
