#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QHash>
#include <QSet>
#include <QtTest>

using namespace nereid::test;

namespace {
QByteArray show(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

// The changes feed the desktop cache syncs from: revisions, paging with the cursor, and what a page holds.
class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void sinceZeroGivesEveryRunWhole();
    void revisionsIncreasePerWrite();
    void pagesMissNothingWhileRunsChange();
    void sinceCurrentGivesNothing();
    void carriesTrashedRunsAndDeletedFields();
    void refusesBadParameters_data();
    void refusesBadParameters();
    void unknownProject();

private:
    ApiReply changes(const QString &query = {})
    {
        return m_api->get(projectPath(m_project) + QStringLiteral("/changes") + query);
    }
    qint64 projectRevision() { return m_api->get(projectPath(m_project))[QStringLiteral("revision")].toInteger(); }
    QString newRun(const QJsonObject &body = {});
    // Writes an int field to the run; the revision the write was stamped with.
    qint64 write(const QString &runId, int value);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QString m_project; // a fresh project per test: its revisions start at 0
    int m_projects = 0;
};

void TestServerChanges::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestServerChanges::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

void TestServerChanges::init()
{
    ++m_projects;
    m_project = QStringLiteral("team/feed%1").arg(m_projects);
    NEREID_EXPECT_STATUS(createProject(*m_api, m_project, QStringLiteral("FD%1").arg(m_projects)), 201);
}

QString TestServerChanges::newRun(const QJsonObject &body)
{
    const ApiReply run = createRun(*m_api, m_project, body);
    if (run.status != 201)
        qWarning() << "run not created:" << run.describe();
    return run[QStringLiteral("id")].toString();
}

qint64 TestServerChanges::write(const QString &runId, int value)
{
    const ApiReply reply =
        applyOperations(*m_api, runId, {assignOp(QStringLiteral("value"), QStringLiteral("int"), value)});
    if (reply.status != 200)
        qWarning() << "write refused:" << reply.describe();
    return reply[QStringLiteral("revision")].toInteger();
}

void TestServerChanges::sinceZeroGivesEveryRunWhole()
{
    const QString first = newRun({{QStringLiteral("name"), QStringLiteral("first")}});
    const QString second = newRun({{QStringLiteral("custom_run_id"), QStringLiteral("c-2")}});
    NEREID_EXPECT_STATUS(
        applyOperations(
            *m_api, first,
            {assignOp(QStringLiteral("params/lr"), QStringLiteral("float"), 0.5),
             assignOp(QStringLiteral("params/tags"), QStringLiteral("stringSet"), QJsonArray{QStringLiteral("a")}),
             appendOp(QStringLiteral("loss"), QStringLiteral("floatSeries"), {point(0, 1.5), point(1, 0.5)})}),
        200);
    const QString third = newRun();
    // Another project's runs and revisions are its own.
    NEREID_EXPECT_STATUS(
        createProject(*m_api, m_project + QStringLiteral("-other"), QStringLiteral("OTHER%1").arg(m_projects)), 201);
    NEREID_EXPECT_STATUS(createRun(*m_api, m_project + QStringLiteral("-other")), 201);

    const ApiReply feed = changes(QStringLiteral("?since=0"));
    NEREID_EXPECT_STATUS(feed, 200);
    QCOMPARE(feed[QStringLiteral("project")].toString(), m_project);
    QCOMPARE(feed[QStringLiteral("revision")].toInteger(), projectRevision());
    QCOMPARE(feed[QStringLiteral("more")].toBool(true), false);
    const QJsonArray runs = feed[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 3);
    // In revision order: `first` was written after `second` was created.
    QStringList order;
    qint64 previous = 0;
    for (const QJsonValue &run : runs) {
        order << run[QStringLiteral("id")].toString();
        QVERIFY(run[QStringLiteral("revision")].toInteger() > previous);
        previous = run[QStringLiteral("revision")].toInteger();
    }
    QCOMPARE(order, (QStringList{second, first, third}));
    QCOMPARE(feed[QStringLiteral("cursor")].toInteger(), previous);
    QCOMPARE(changes()[QStringLiteral("runs")].toArray().size(), 3); // since defaults to 0
    // `more` says whether anything is left: not after a page that happens to take the last run.
    const ApiReply exact = changes(QStringLiteral("?limit=3"));
    QCOMPARE(exact[QStringLiteral("runs")].toArray().size(), 3);
    QCOMPARE(exact[QStringLiteral("more")].toBool(true), false);
    const ApiReply partial = changes(QStringLiteral("?limit=2"));
    QCOMPARE(partial[QStringLiteral("runs")].toArray().size(), 2);
    QCOMPARE(partial[QStringLiteral("more")].toBool(), true);
    QCOMPARE(partial[QStringLiteral("cursor")].toInteger(), runs[1][QStringLiteral("revision")].toInteger());

    // Each run whole, as GET /runs/{id} gives it: sys fields, atoms with values, series summaries.
    for (const QJsonValue &run : runs) {
        QVERIFY2(run[QStringLiteral("sys")].toObject().contains(QStringLiteral("state")), show(run).constData());
        QCOMPARE(withoutState(run.toObject()),
                 withoutState(m_api->get(runPath(run[QStringLiteral("id")].toString())).object()));
    }
    const QJsonObject firstRun = runs[1].toObject();
    QCOMPARE(firstRun[QStringLiteral("sys")][QStringLiteral("name")].toString(), QStringLiteral("first"));
    QCOMPARE(firstRun[QStringLiteral("fields")][QStringLiteral("params/lr")][QStringLiteral("value")].toDouble(), 0.5);
    QCOMPARE(firstRun[QStringLiteral("fields")][QStringLiteral("loss")][QStringLiteral("count")].toInteger(), 2);
    QCOMPARE(runs[0][QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString(), QStringLiteral("c-2"));
    for (const char *member : {"id", "owner", "creation_time", "modification_time", "ping_time", "name", "tags",
                               "group_tags", "description", "state", "failed", "size", "running_time", "trashed"})
        QVERIFY2(firstRun[QStringLiteral("sys")].toObject().contains(QLatin1String(member)), member);
}

void TestServerChanges::revisionsIncreasePerWrite()
{
    const QString a = newRun(), b = newRun();
    const qint64 bRevision = m_api->get(runPath(b))[QStringLiteral("revision")].toInteger();
    qint64 last = projectRevision();
    QCOMPARE(m_api->get(runPath(b))[QStringLiteral("revision")].toInteger(), last);
    const auto expectNext = [&](qint64 stamped, const char *what) {
        QVERIFY2(stamped == last + 1,
                 qPrintable(QStringLiteral("%1: %2 after %3").arg(QLatin1String(what)).arg(stamped).arg(last)));
        QCOMPARE(projectRevision(), stamped);
        QCOMPARE(m_api->get(runPath(a))[QStringLiteral("revision")].toInteger(), stamped);
        // The feed since the previous revision holds exactly the run just changed.
        const ApiReply feed = changes(QStringLiteral("?since=%1").arg(last));
        const QJsonArray runs = feed[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0][QStringLiteral("id")].toString(), a);
        QCOMPARE(runs[0][QStringLiteral("revision")].toInteger(), stamped);
        QCOMPARE(feed[QStringLiteral("cursor")].toInteger(), stamped);
        last = stamped;
    };
    expectNext(write(a, 1), "operations");
    expectNext(write(a, 2), "operations again");
    expectNext(m_api
                   ->patch(runPath(a) + QStringLiteral("/sys"),
                           {{QStringLiteral("revision"), last},
                            {QStringLiteral("name"), QStringLiteral("renamed")}})[QStringLiteral("revision")]
                   .toInteger(),
               "sys edit");
    expectNext(m_api->post(runPath(a) + QStringLiteral("/trash"))[QStringLiteral("revision")].toInteger(), "trash");
    expectNext(m_api->post(runPath(a) + QStringLiteral("/restore"))[QStringLiteral("revision")].toInteger(), "restore");
    // The other run was not touched.
    QCOMPARE(m_api->get(runPath(b))[QStringLiteral("revision")].toInteger(), bRevision);
}

void TestServerChanges::pagesMissNothingWhileRunsChange()
{
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << newRun();

    // Sync page by page as the desktop cache does, while a training script keeps writing: to runs the
    // sync has delivered, to runs it has not reached yet, and new runs.
    QHash<QString, qint64> delivered;   // run -> revision last delivered
    QSet<QString> changedAfterDelivery; // the only runs that may be delivered twice
    qint64 since = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QVERIFY2(pages < 50, "the feed never ended");
        const ApiReply page = changes(QStringLiteral("?since=%1&limit=3").arg(since));
        NEREID_EXPECT_STATUS(page, 200);
        const QJsonArray runs = page[QStringLiteral("runs")].toArray();
        QVERIFY(runs.size() <= 3);
        qint64 previous = since;
        for (const QJsonValue &run : runs) {
            const QString id = run[QStringLiteral("id")].toString();
            const qint64 revision = run[QStringLiteral("revision")].toInteger();
            QVERIFY2(revision > previous, qPrintable(id));
            previous = revision;
            QVERIFY2(!delivered.contains(id) || changedAfterDelivery.contains(id),
                     qPrintable(id + QStringLiteral(" was delivered twice without a change")));
            delivered[id] = revision;
            changedAfterDelivery.remove(id);
        }
        more = page[QStringLiteral("more")].toBool();
        QVERIFY2(more == false || runs.size() == 3, page.body.left(300).constData());
        since = page[QStringLiteral("cursor")].toInteger();
        QCOMPARE(since, previous);

        if (pages == 0 || pages == 2) {
            const QString seen = runs[0][QStringLiteral("id")].toString();
            write(seen, pages);
            changedAfterDelivery.insert(seen);
            for (const QString &id : std::as_const(ids)) {
                if (!delivered.contains(id)) { // due on the next page: the write moves it to the end
                    write(id, pages);
                    break;
                }
            }
            ids << newRun();
        }
    }
    QVERIFY(pages >= 5);
    QCOMPARE(since, projectRevision());
    // Every run arrived, each in its latest state.
    QCOMPARE(delivered.size(), ids.size());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(delivered.value(id), m_api->get(runPath(id))[QStringLiteral("revision")].toInteger());
    QVERIFY(changedAfterDelivery.isEmpty());
}

void TestServerChanges::sinceCurrentGivesNothing()
{
    const ApiReply fresh = changes();
    NEREID_EXPECT_STATUS(fresh, 200);
    QCOMPARE(fresh[QStringLiteral("runs")].toArray().size(), 0);
    QCOMPARE(fresh[QStringLiteral("revision")].toInteger(), 0);
    QCOMPARE(fresh[QStringLiteral("cursor")].toInteger(), 0);

    newRun();
    write(newRun(), 7);
    const qint64 current = projectRevision();
    const ApiReply feed = changes(QStringLiteral("?since=%1").arg(current));
    NEREID_EXPECT_STATUS(feed, 200);
    QCOMPARE(feed[QStringLiteral("runs")].toArray().size(), 0);
    QCOMPARE(feed[QStringLiteral("more")].toBool(true), false);
    QCOMPARE(feed[QStringLiteral("cursor")].toInteger(), current);
    QCOMPARE(feed[QStringLiteral("revision")].toInteger(), current);
}

void TestServerChanges::carriesTrashedRunsAndDeletedFields()
{
    const QString run = newRun();
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run,
                                         {assignOp(QStringLiteral("params/a"), QStringLiteral("int"), 1),
                                          assignOp(QStringLiteral("params/b"), QStringLiteral("int"), 2)}),
                         200);
    const qint64 before = projectRevision();
    NEREID_EXPECT_STATUS(applyOperations(*m_api, run, {deleteOp(QStringLiteral("params/a"))}), 200);
    NEREID_EXPECT_STATUS(m_api->post(runPath(run) + QStringLiteral("/trash")), 200);

    const ApiReply feed = changes(QStringLiteral("?since=%1").arg(before));
    const QJsonArray runs = feed[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0][QStringLiteral("sys")][QStringLiteral("trashed")].toBool(), true);
    const QJsonObject fields = runs[0][QStringLiteral("fields")].toObject();
    QVERIFY2(!fields.contains(QStringLiteral("params/a")), feed.body.constData());
    QCOMPARE(fields[QStringLiteral("params/b")][QStringLiteral("value")].toInteger(), 2);
}

void TestServerChanges::refusesBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("negative since") << QStringLiteral("?since=-1");
    QTest::newRow("since not a number") << QStringLiteral("?since=yesterday");
    QTest::newRow("since fractional") << QStringLiteral("?since=1.5");
    QTest::newRow("limit 0") << QStringLiteral("?limit=0");
    QTest::newRow("limit over 1000") << QStringLiteral("?limit=1001");
    QTest::newRow("limit not a number") << QStringLiteral("?limit=all");
}

void TestServerChanges::refusesBadParameters()
{
    QFETCH(QString, query);
    newRun();
    const ApiReply reply = changes(query);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_request"));
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
}

void TestServerChanges::unknownProject()
{
    for (const QString &project : {QStringLiteral("team/nothing"), QStringLiteral("nobody/feed1")}) {
        const ApiReply reply = m_api->get(projectPath(project) + QStringLiteral("/changes?since=0"));
        NEREID_EXPECT_STATUS(reply, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("unknown_project"));
        QVERIFY2(reply.message().contains(project), reply.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "test_server_changes.moc"
