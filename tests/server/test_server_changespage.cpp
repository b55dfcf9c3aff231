#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QDateTime>
#include <QtTest>

using namespace nereid::test;

// What a page of the changes feed says beside its runs, and that the runs it writes as text in one go
// read back as GET /runs/{id} gives them, whatever their fields hold.
class TestServerChangesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldTypeAsTheRunReadGivesIt();
    void pageSaysServerClockWindowAndWhatRemains();

private:
    ApiReply changes(const QString &query)
    {
        return m_api->get(projectPath(Project) + QStringLiteral("/changes") + query);
    }

    const QString Project = QStringLiteral("team/page");
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerChangesPage::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--active-seconds"), QStringLiteral("7.5")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("PG")), 201);
}

void TestServerChangesPage::everyFieldTypeAsTheRunReadGivesIt()
{
    const QString awkward =
        QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 é 日本 🙂 </script>");
    const ApiReply created = createRun(
        *m_api, Project,
        {{QStringLiteral("name"), awkward}, {QStringLiteral("tags"), QJsonArray{awkward, QStringLiteral("plain")}}});
    NEREID_EXPECT_STATUS(created, 201);
    const QString run = created[QStringLiteral("id")].toString();
    NEREID_EXPECT_STATUS(
        applyOperations(
            *m_api, run,
            {assignOp(QStringLiteral("a/float"), QStringLiteral("float"), 0.1),
             assignOp(QStringLiteral("a/tiny"), QStringLiteral("float"), -1.5e-300),
             assignOp(QStringLiteral("a/huge"), QStringLiteral("float"), 1.7976931348623157e308),
             assignOp(QStringLiteral("a/int"), QStringLiteral("int"), QJsonValue(qint64(-9007199254740991))),
             assignOp(QStringLiteral("a/bool"), QStringLiteral("bool"), true),
             assignOp(QStringLiteral("a/no"), QStringLiteral("bool"), false),
             assignOp(QStringLiteral("a/text"), QStringLiteral("string"), awkward),
             assignOp(QStringLiteral("a/empty"), QStringLiteral("string"), QString(QLatin1String(""))),
             assignOp(QStringLiteral("a/when"), QStringLiteral("datetime"), QStringLiteral("2026-11-22T10:00:00.123Z")),
             assignOp(QStringLiteral("a/set"), QStringLiteral("stringSet"), QJsonArray{awkward, QStringLiteral("b")}),
             appendOp(QStringLiteral("s/loss"), QStringLiteral("floatSeries"),
                      {point(0, 1.5), point(1, QStringLiteral("NaN")), point(2, QStringLiteral("-Infinity")),
                       point(3, 0.25)}),
             appendOp(QStringLiteral("s/blowup"), QStringLiteral("floatSeries"),
                      {point(0, QStringLiteral("Infinity"))}),
             appendOp(QStringLiteral("s/log"), QStringLiteral("stringSeries"), {point(5, awkward)})}),
        200);
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201); // a run with no fields at all

    const ApiReply feed = changes(QStringLiteral("?since=0"));
    NEREID_EXPECT_STATUS(feed, 200);
    const QJsonArray runs = feed[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &inFeed : runs) {
        const ApiReply alone = m_api->get(runPath(inFeed[QStringLiteral("id")].toString()));
        QCOMPARE(withoutState(inFeed.toObject()), withoutState(alone.object()));
    }
    const QJsonObject fields = runs[0][QStringLiteral("fields")].toObject();
    QCOMPARE(fields.size(), 13);
    QCOMPARE(fields[QStringLiteral("a/text")][QStringLiteral("value")].toString(), awkward);
    QCOMPARE(fields[QStringLiteral("a/huge")][QStringLiteral("value")].toDouble(), 1.7976931348623157e308);
    QCOMPARE(fields[QStringLiteral("s/loss")][QStringLiteral("last")].toDouble(), 0.25);
    QCOMPARE(fields[QStringLiteral("s/blowup")][QStringLiteral("last")].toString(), QStringLiteral("Infinity"));
    QCOMPARE(runs[0][QStringLiteral("sys")][QStringLiteral("name")].toString(), awkward);
    QCOMPARE(runs[1][QStringLiteral("fields")].toObject().size(), 0);
}

void TestServerChangesPage::pageSaysServerClockWindowAndWhatRemains()
{
    for (int i = 0; i < 5; ++i)
        NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const qint64 revision = m_api->get(projectPath(Project))[QStringLiteral("revision")].toInteger();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ApiReply first = changes(QStringLiteral("?since=0&limit=3"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    NEREID_EXPECT_STATUS(first, 200);
    // The server's clock (the same machine's here) and the window of --active-seconds 7.5.
    const qint64 serverTime = first[QStringLiteral("server_time")].toInteger();
    QVERIFY2(serverTime >= before - 1 && serverTime <= after + 1, first.body.constData());
    QCOMPARE(first[QStringLiteral("active_ms")].toInteger(), 7500);
    // Runs changed after the page: every run of the project is in the feed once.
    const int total =
        int(first[QStringLiteral("runs")].toArray().size() + first[QStringLiteral("remaining")].toInteger());
    int seen = 0;
    qint64 since = 0;
    bool more = true;
    while (more) {
        const ApiReply page = changes(QStringLiteral("?since=%1&limit=3").arg(since));
        seen += int(page[QStringLiteral("runs")].toArray().size());
        since = page[QStringLiteral("cursor")].toInteger();
        more = page[QStringLiteral("more")].toBool();
        QCOMPARE(page[QStringLiteral("remaining")].toInteger(), more ? total - seen : 0);
    }
    QCOMPARE(seen, total);
    QCOMPARE(total, 7); // the two runs of the other test and these five
    QCOMPARE(since, revision);
}

QTEST_GUILESS_MAIN(TestServerChangesPage)
#include "test_server_changespage.moc"
