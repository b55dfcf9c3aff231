// nereid-server's speed figures (issue 2), measured against a real server on loopback:
//   ingest      4 concurrent clients, batches of 10,000 points (100 series x 100 steps); baseline: the same
//               points inserted straight into SQLite a row each, on the same disk, in the same run
//   reduce      a 1,000,000-point series reduced to 1,000 buckets over HTTP, plain and smoothed (smoothing=0.9
//               reads every point up to the range's end), whole and zoomed; baseline: 1,000 raw points
//   raw read    a 1,000,000-point series read whole over HTTP page by page and decoded as the app does, in
//               the binary and the columnar JSON form (issue 15); baseline: the JSON array per point of before
//   storage     bytes on disk per stored series point
// Run with `-median 5` for medians; each round prints points/s.
#include "apiclient.h"
#include "batchbody.h"
#include "domain/binarypoints.h"
#include "domain/jsonnumbers.h"
#include "sync/apiconnection.h"
#include "sync/pointspage.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

constexpr int SeriesPerBatch = 100;
constexpr int StepsPerBatch = 100;
constexpr int Clients = 4;

// The `next` of a JSON page without parsing it: the number after "next": (null when there is none).
std::optional<double> jsonNext(const QByteArray &body)
{
    const qsizetype at = body.lastIndexOf("\"next\":") + 7;
    qsizetype end = at;
    while (end < body.size() && body[end] != ',' && body[end] != '}')
        ++end;
    bool ok = false;
    const double next = body.mid(at, end - at).toDouble(&ok);
    return at >= 7 && ok ? std::optional<double>(next) : std::nullopt;
}

std::optional<double> binaryNext(const QByteArray &body)
{
    if (body.size() < 24 || !(body[6] & 1))
        return std::nullopt;
    return qFromLittleEndian<double>(body.constData() + 16);
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(dir).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}

} // namespace

class BenchServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ingestConcurrentClients();
    void baselineSqliteRowInserts();
    void reduceMillionPoints_data();
    void reduceMillionPoints();
    void baselineReduceThousandPoints();
    void rawReadMillionPoints_data();
    void rawReadMillionPoints();
    void storageBytesPerPoint();

private:
    QString createRun(const QString &customId);
    // Sends `bodies[i]` to `runs[i % runs.size()]`, at most one request in flight per run.
    void sendConcurrently(const QStringList &runs, QList<QByteArray> bodies);
    // A run with a series metrics/m0 of 1,000,000 points, written once however often -median runs a benchmark.
    QString millionPointRun();
    // One page of GET .../series, waited for: its body and Content-Type.
    QByteArray getPage(QNetworkAccessManager &manager, const QString &path, const QByteArray &accept,
                       QByteArray *contentType);

    TestServer m_server;
    ApiClient m_api;
    int m_nextStep = 0;
};

void BenchServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api.setBaseUrl(m_server.apiUrl());
    m_api.setToken(m_server.token());
    m_api.setTimeout(600000);
    QCOMPARE(m_api
                 .post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/ingest")},
                                                     {QStringLiteral("key"), QStringLiteral("ING")}})
                 .status,
             201);
}

QString BenchServer::createRun(const QString &customId)
{
    const ApiReply reply =
        m_api.post(QStringLiteral("/projects/bench/ingest/runs"), {{QStringLiteral("custom_run_id"), customId}});
    return reply.object().value(QStringLiteral("id")).toString();
}

void BenchServer::sendConcurrently(const QStringList &runs, QList<QByteArray> bodies)
{
    // Client c sends bodies c, c + n, c + 2n, ... in order (its steps increase), one request in flight.
    QNetworkAccessManager manager;
    QEventLoop loop;
    int done = 0;
    int failures = 0;
    QList<int> next(runs.size());
    std::function<void(int)> sendNext = [&](int client) {
        const int index = next[client] * int(runs.size()) + client;
        if (index >= bodies.size())
            return;
        ++next[client];
        QNetworkRequest request(m_api.url(QStringLiteral("/runs/%1/operations").arg(runs[client])));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server.token().toLatin1());
        QNetworkReply *reply = manager.post(request, bodies[index]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                ++failures;
                qWarning() << reply->readAll();
            }
            reply->deleteLater();
            if (++done == bodies.size())
                loop.quit();
            else
                sendNext(client);
        });
    };
    for (int client = 0; client < runs.size(); ++client)
        sendNext(client);
    loop.exec();
    QCOMPARE(failures, 0);
}

void BenchServer::ingestConcurrentClients()
{
    QStringList runs;
    for (int c = 0; c < Clients; ++c)
        runs.append(createRun(QStringLiteral("ingest-%1").arg(c))); // resumed when -median runs this again
    constexpr int BatchesPerRound = 40;                             // 400,000 points a round
    QBENCHMARK
    {
        QList<QByteArray> bodies;
        for (int b = 0; b < BatchesPerRound; b += Clients) {
            for (int c = 0; c < Clients; ++c)
                bodies.append(batchBody(m_nextStep, SeriesPerBatch, StepsPerBatch));
            m_nextStep += StepsPerBatch;
        }
        QElapsedTimer timer;
        timer.start();
        sendConcurrently(runs, bodies);
        const double points = double(BatchesPerRound) * SeriesPerBatch * StepsPerBatch;
        qInfo("ingest: %.0f points/s over HTTP (%d clients)", points / (timer.nsecsElapsed() / 1e9), Clients);
    }
}

void BenchServer::baselineSqliteRowInserts()
{
    // What SQLite itself manages on this disk: the same 400,000 points, a row each, 10,000 per transaction.
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("baseline"), false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    db.setDatabaseName(QDir(m_server.dataDir()).filePath(QStringLiteral("baseline.sqlite")));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous=FULL")));
    QVERIFY(
        query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS points(series INTEGER, step REAL, value REAL, ts REAL,"
                                  " PRIMARY KEY(series, step)) WITHOUT ROWID")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO points VALUES(?, ?, ?, ?)")));
    static int step = 0; // -median runs this function again: keep the steps increasing
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        for (int batch = 0; batch < 40; ++batch, step += StepsPerBatch) {
            db.transaction();
            for (int s = 0; s < SeriesPerBatch; ++s) {
                for (int i = 0; i < StepsPerBatch; ++i) {
                    query.bindValue(0, s);
                    query.bindValue(1, step + i);
                    query.bindValue(2, std::sin(i * 0.01));
                    query.bindValue(3, 1763805600.0 + i);
                    query.exec();
                }
            }
            db.commit();
        }
        qInfo("baseline: %.0f rows/s straight into SQLite through QtSql", 400000.0 / (timer.nsecsElapsed() / 1e9));
    }
}

void BenchServer::reduceMillionPoints_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("count");
    QTest::newRow("whole") << QString() << qint64(1000000);
    QTest::newRow("whole, smoothed") << QStringLiteral("&smoothing=0.9") << qint64(1000000);
    QTest::newRow("last tenth, smoothed") << QStringLiteral("&from=900000&smoothing=0.9") << qint64(100000);
}

void BenchServer::reduceMillionPoints()
{
    QFETCH(QString, query);
    QFETCH(qint64, count);
    const QString run = millionPointRun();
    const QString path = QStringLiteral("/runs/%1/series/reduced?path=metrics/m0&buckets=1000").arg(run) + query;
    QBENCHMARK
    {
        const ApiReply reply = m_api.get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QStringLiteral("count")).toInteger(), count);
    }
}

void BenchServer::baselineReduceThousandPoints()
{
    static QString run;
    if (run.isEmpty()) {
        run = createRun(QStringLiteral("short"));
        sendConcurrently({run}, {batchBody(0, 1, 1000)});
    }
    const QString path = QStringLiteral("/runs/%1/series/reduced?path=metrics/m0&buckets=1000").arg(run);
    QBENCHMARK
    {
        QCOMPARE(m_api.get(path).status, 200);
    }
}

QString BenchServer::millionPointRun()
{
    static QString run;
    if (run.isEmpty()) {
        run = createRun(QStringLiteral("long"));
        QList<QByteArray> bodies;
        for (int b = 0; b < 100; ++b)
            bodies.append(batchBody(b * 10000, 1, 10000));
        sendConcurrently({run}, bodies);
    }
    return run;
}

QByteArray BenchServer::getPage(QNetworkAccessManager &manager, const QString &path, const QByteArray &accept,
                                QByteArray *contentType)
{
    QNetworkRequest request(m_api.url(path));
    request.setRawHeader("Authorization", "Bearer " + m_server.token().toLatin1());
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qWarning() << reply->errorString();
    *contentType = reply->rawHeader("Content-Type").split(';').first();
    return reply->readAll();
}

void BenchServer::rawReadMillionPoints_data()
{
    QTest::addColumn<QString>("form"); // points (JSON arrays), columns (JSON), binary
    QTest::addColumn<bool>("decode");  // or only receive every page
    for (const bool decode : {false, true}) {
        const char *what = decode ? "received and decoded" : "received";
        QTest::addRow("baseline: JSON array per point, %s", what) << QStringLiteral("points") << decode;
        QTest::addRow("columnar JSON, %s", what) << QStringLiteral("columns") << decode;
        QTest::addRow("binary, %s", what) << QStringLiteral("binary") << decode;
    }
}

void BenchServer::rawReadMillionPoints()
{
    // Every page of 100,000 points (the most a page holds) as a client reads it: received, then decoded by the app's
    // PointsPage (the binary form and the per-point JSON) or, for the columns, by QJsonDocument and the loop a
    // client would write. Only received, a page's `next` is read from its end (JSON) or its header (binary).
    QFETCH(QString, form);
    QFETCH(bool, decode);
    const QString run = millionPointRun();
    const bool binary = form == QLatin1String("binary");
    const QString layout = form == QLatin1String("columns") ? QStringLiteral("&layout=columns") : QString();
    QNetworkAccessManager manager; // one kept-alive connection, as a client has
    QBENCHMARK
    {
        qsizetype count = 0;
        int pages = 0;
        std::optional<double> from;
        do {
            ++pages;
            const QString path =
                PointsPage::path({run, QStringLiteral("metrics/m0")}, from.value_or(-qInf()), qInf(), 100000) + layout;
            ApiResult result;
            const QByteArray body =
                getPage(manager, path, binary ? PointsPage::Accept : QByteArray(), &result.contentType);
            if (!decode) {
                from = binary ? binaryNext(body) : jsonNext(body);
                count += binary ? qFromLittleEndian<qint64>(body.constData() + 8) : 0;
            } else if (form != QLatin1String("columns")) {
                Result<PointsPage> page = PointsPage::read(result, body, QStringLiteral("metrics/m0"));
                QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
                count += page->points.size();
                from = page->next;
            } else {
                const QJsonObject json = QJsonDocument::fromJson(body).object();
                const QJsonArray steps = json.value(QStringLiteral("steps")).toArray(),
                                 values = json.value(QStringLiteral("values")).toArray(),
                                 timestamps = json.value(QStringLiteral("timestamps")).toArray();
                QList<FloatPoint> points;
                for (qsizetype i = 0; i < steps.size(); ++i)
                    points.append(
                        {steps[i].toDouble(), doubleFromJson(values[i]).value_or(qQNaN()), timestamps[i].toDouble()});
                count += points.size();
                const QJsonValue next = json.value(QStringLiteral("next"));
                from = next.isDouble() ? std::optional<double>(next.toDouble()) : std::nullopt;
            }
        } while (from);
        QCOMPARE(pages, 10);
        if (decode || binary)
            QCOMPARE(count, 1000000);
    }
}

void BenchServer::storageBytesPerPoint()
{
    // A fresh server holding exactly 100 series x 10,000 steps; bytes of its folder after a clean stop.
    TestServer server;
    QVERIFY(server.start());
    ApiClient api(server.apiUrl(), server.token());
    api.setTimeout(600000);
    api.post(QStringLiteral("/projects"), {{QStringLiteral("name"), QStringLiteral("bench/size")}});
    const qint64 emptyBytes = folderBytes(server.dataDir());
    const QString run =
        api.post(QStringLiteral("/projects/bench/size/runs"), {}).object().value(QStringLiteral("id")).toString();
    for (int b = 0; b < 100; ++b) {
        const ApiReply reply = api.sendRaw("POST", QStringLiteral("/runs/%1/operations").arg(run),
                                           batchBody(b * StepsPerBatch, SeriesPerBatch, StepsPerBatch),
                                           {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 200);
    }
    server.stop();
    // Fold the WAL into the database file, as SQLite does when its last connection closes.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
        db.setDatabaseName(QDir(server.dataDir()).filePath(QStringLiteral("nereid.sqlite")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("size"));
    const double perPoint = double(folderBytes(server.dataDir()) - emptyBytes) / 1e6;
    qInfo("storage: %.1f bytes per stored float-series point (1,000,000 points)", perPoint);
    QVERIFY2(perPoint <= 40, "more than 40 bytes per point");
}

QTEST_GUILESS_MAIN(BenchServer)
#include "benchserver.moc"
