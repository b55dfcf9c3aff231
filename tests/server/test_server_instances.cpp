#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <memory>
#include <QJsonArray>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

// Two nereid-server processes on one PostgreSQL database (issue 19), as behind a reverse proxy: whichever answers,
// a client sees the same runs, the changes feed misses nothing when writes commit out of order on the two, and one
// instance killed mid-batch leaves the other serving and nothing half-written.
class TestServerInstances : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runNumbersAndCustomIdsHoldAcrossInstances();
    void changesFeedReadAlternatelyMissesNothing();
    void listingOnOneSeesWritesOnTheOther();
    void killedInstanceLeavesNothingHalfWritten();

private:
    // Runs `work(api, worker)` on `workers` threads per instance at once, each with an ApiClient of its own on
    // the first instance (even workers) or the second (odd ones).
    void onBoth(int workers, const std::function<void(ApiClient &, int)> &work);

    std::unique_ptr<TestServer> m_first;
    std::unique_ptr<TestServer> m_second;
};

void TestServerInstances::init()
{
    if (!TestServer::onPostgres())
        QSKIP("several instances share a PostgreSQL database only (the postgresql label)");
    m_first = std::make_unique<TestServer>();
    QVERIFY2(m_first->start(), qPrintable(m_first->errors()));
    m_second = std::make_unique<TestServer>();
    m_second->shareDatabaseOf(*m_first);
    QVERIFY2(m_second->start(), qPrintable(m_second->errors()));
    ApiClient api(m_first->apiUrl(), m_first->token());
    NEREID_EXPECT_STATUS(createProject(api, u"team/shared"_s, u"SH"_s), 201);
}

void TestServerInstances::cleanup()
{
    if (QTest::currentTestFailed() && m_first)
        qWarning().noquote() << m_first->errors() << m_second->errors();
    m_second.reset(); // before the first, whose database it uses
    m_first.reset();
}

void TestServerInstances::onBoth(int workers, const std::function<void(ApiClient &, int)> &work)
{
    QList<QThread *> threads;
    for (int w = 0; w < 2 * workers; ++w) {
        const QUrl url = (w % 2 ? m_second : m_first)->apiUrl();
        const QString token = m_first->token();
        threads.append(QThread::create([url, token, w, &work] {
            ApiClient api(url, token);
            api.setTimeout(120000);
            work(api, w);
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
}

void TestServerInstances::runNumbersAndCustomIdsHoldAcrossInstances()
{
    constexpr int Workers = 3, RunsEach = 10;
    QMutex mutex;
    QStringList created, resumed;
    QList<int> statuses;
    onBoth(Workers, [&](ApiClient &api, int) {
        for (int i = 0; i < RunsEach; ++i) {
            const ApiReply fresh = createRun(api, u"team/shared"_s);
            const ApiReply same = createRun(api, u"team/shared"_s, {{u"custom_run_id"_s, u"the-one"_s}});
            QMutexLocker lock(&mutex);
            statuses << fresh.status;
            created << fresh[u"id"_s].toString();
            resumed << same[u"id"_s].toString();
        }
    });
    QCOMPARE(statuses, QList<int>(qsizetype(2) * Workers * RunsEach, 201));
    // One run for the custom id, whichever instance made it; every other run a number of its own, with no gap.
    resumed.removeDuplicates();
    QCOMPARE(resumed.size(), 1);
    QStringList expected;
    for (int n = 1; n <= 2 * Workers * RunsEach + 1; ++n)
        expected << u"SH-%1"_s.arg(n);
    QStringList all = created + resumed;
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return a.section(u'-', 1).toInt() < b.section(u'-', 1).toInt();
    });
    QCOMPARE(all, expected);
}

void TestServerInstances::changesFeedReadAlternatelyMissesNothing()
{
    // Each run is written exactly once, by one of several writers on either instance: a reader whose cursor passed
    // a revision that committed later would never see that run's field.
    constexpr int Workers = 3, RunsEach = 25;
    ApiClient api(m_first->apiUrl(), m_first->token());
    QStringList runs;
    for (int i = 0; i < 2 * Workers * RunsEach; ++i)
        runs << createRun(api, u"team/shared"_s)[u"id"_s].toString();
    QAtomicInt writersDone = 0, failures = 0;
    QThread *writers = QThread::create([&] {
        onBoth(Workers, [&](ApiClient &client, int worker) {
            for (int i = worker; i < runs.size(); i += 2 * Workers) {
                if (applyOperations(client, runs[i], {assignOp(u"params/x"_s, u"int"_s, i)}).status != 200)
                    failures.fetchAndAddRelaxed(1);
            }
        });
        writersDone.storeRelease(1);
    });
    writers->start();
    QHash<QString, int> seen;
    qint64 cursor = 0;
    int passes = 0;
    ApiClient readers[2] = {ApiClient(m_first->apiUrl(), m_first->token()),
                            ApiClient(m_second->apiUrl(), m_first->token())};
    for (bool last = false; !last; ++passes) {
        last = writersDone.loadAcquire() == 1; // one more full pass after the writers are done
        for (bool more = true; more;) {
            const ApiReply page = readers[passes % 2].get(u"/projects/team/shared/changes?since=%1"_s.arg(cursor));
            NEREID_EXPECT_STATUS(page, 200);
            for (const QJsonValue run : page[u"runs"_s].toArray()) {
                const QJsonValue x = run[u"fields"_s][u"params/x"_s][u"value"_s];
                if (!x.isUndefined())
                    seen.insert(run[u"id"_s].toString(), x.toInt());
            }
            QVERIFY(page[u"cursor"_s].toInteger() >= cursor);
            cursor = page[u"cursor"_s].toInteger();
            more = page[u"more"_s].toBool();
        }
    }
    writers->wait();
    delete writers;
    QCOMPARE(failures.loadRelaxed(), 0);
    QVERIFY2(passes > 2, "the reader never read while the writers wrote");
    QCOMPARE(seen.size(), runs.size());
    for (int i = 0; i < runs.size(); ++i)
        QCOMPARE(seen.value(runs[i], -1), i);
}

void TestServerInstances::listingOnOneSeesWritesOnTheOther()
{
    ApiClient first(m_first->apiUrl(), m_first->token()), second(m_second->apiUrl(), m_first->token());
    const QString listing = u"/projects/team/shared/runs?query="_s +
                            QString::fromLatin1(QUrl::toPercentEncoding(u"`params/lr`:float > 0.5"_s));
    QCOMPARE(second.get(listing)[u"total"_s].toInteger(), 0); // the second's listing is now cached
    for (int round = 1; round <= 3; ++round) {
        const QString run = createRun(first, u"team/shared"_s)[u"id"_s].toString();
        NEREID_EXPECT_STATUS(applyOperations(first, run, {assignOp(u"params/lr"_s, u"float"_s, 0.9)}), 200);
        // Acknowledged by the first: the second's very next listing has it.
        const ApiReply answer = second.get(listing);
        NEREID_EXPECT_STATUS(answer, 200);
        QCOMPARE(answer[u"total"_s].toInteger(), round);
        QCOMPARE(answer[u"runs"_s][0][u"id"_s].toString(), run);
    }
}

void TestServerInstances::killedInstanceLeavesNothingHalfWritten()
{
    ApiClient first(m_first->apiUrl(), m_first->token()), second(m_second->apiUrl(), m_first->token());
    const QString run = createRun(first, u"team/shared"_s)[u"id"_s].toString();
    NEREID_EXPECT_STATUS(applyOperations(first, run, {assignOp(u"params/kept"_s, u"int"_s, 1)}), 200);
    // A batch that takes the first a while to apply (1,000,000 points in 4,000 series), killed while it does.
    constexpr int Fields = 4000, Points = 250;
    QJsonArray batch;
    for (int f = 0; f < Fields; ++f) {
        QList<QJsonArray> points;
        for (int step = 0; step < Points; ++step)
            points.append(point(step, step * 0.5));
        batch.append(appendOp(u"big/f%1"_s.arg(f), u"floatSeries"_s, points));
    }
    // Killed once the whole body is sent, while the server parses and applies it.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_first->apiUrl().toString() + u"/runs/%1/operations"_s.arg(run)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_first->token().toLatin1());
    QNetworkReply *reply =
        manager.post(request, QJsonDocument(QJsonObject{{u"operations"_s, batch}}).toJson(QJsonDocument::Compact));
    bool answered = false;
    connect(reply, &QNetworkReply::uploadProgress, this, [&](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            QTimer::singleShot(20, this, [&] { m_first->kill(); });
    });
    connect(reply, &QNetworkReply::finished, this,
            [&] { answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200; });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
    delete reply;
    QVERIFY2(!m_first->isRunning(), "the first instance was never killed");
    // The second goes on serving, and has all of the batch or none of it.
    NEREID_EXPECT_STATUS(second.get(u"/health"_s), 200);
    const QJsonObject fields = runFields(second, run);
    QCOMPARE(fields[u"params/kept"_s][u"value"_s].toInt(), 1);
    const qsizetype written = fields.size() - 1;
    QVERIFY2(written == 0 || written == Fields, qPrintable(u"%1 of %2 fields"_s.arg(written).arg(Fields)));
    if (answered) // acknowledged before it died: then it must all be there
        QCOMPARE(written, Fields);
    else
        qInfo("killed mid-batch; the second instance has %lld of %d fields", qlonglong(written), Fields);
    NEREID_EXPECT_STATUS(applyOperations(second, run, {assignOp(u"params/after"_s, u"int"_s, 2)}), 200);
}

QTEST_GUILESS_MAIN(TestServerInstances)
#include "test_server_instances.moc"
