#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid::test;

namespace {

const QString Views = QStringLiteral("/projects/team/views/views");

QString viewPath(const QString &name)
{
    return Views + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(name));
}

QByteArray body(qint64 revision, const QJsonObject &state, std::optional<bool> isDefault = {})
{
    QJsonObject object{{QStringLiteral("revision"), revision}, {QStringLiteral("state"), state}};
    if (isDefault)
        object.insert(QStringLiteral("default"), *isDefault);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject query(const QString &text)
{
    return {{QStringLiteral("query"), text}};
}

} // namespace

// Saved views (docs/api.md, Saved views): named, revisioned, shared by a project's team; a stale save is a 409 that
// hands back the view as it is now, a deletion leaves a tombstone for ?since= readers, one view is the default.
class TestServerViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesReadsAndListsViews();
    void staleSaveIsAConflictThatKeepsTheView();
    void deletionLeavesATombstoneForSync();
    void oneDefaultPerProject();
    void refusesOversizedView();
    void refusesBadInput_data();
    void refusesBadInput();
    void unknownViewAndProject();

private:
    ApiReply put(const QString &name, const QByteArray &json) { return m_api->sendRaw("PUT", viewPath(name), json); }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerViews::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, QStringLiteral("team/views"), QStringLiteral("VW")), 201);
}

void TestServerViews::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerViews::savesReadsAndListsViews()
{
    const QJsonObject state{{QStringLiteral("query"), QStringLiteral("params/lr > 0.01")},
                            {QStringLiteral("columns"), QJsonArray{QStringLiteral("train/loss")}}};
    const ApiReply created = put(QStringLiteral("Best runs"), body(0, state));
    NEREID_EXPECT_STATUS(created, 201);
    QCOMPARE(created[QStringLiteral("name")].toString(), QStringLiteral("Best runs"));
    QCOMPARE(created[QStringLiteral("state")].toObject(), state);
    QCOMPARE(created[QStringLiteral("default")].toBool(true), false);
    QVERIFY(isApiDatetime(created[QStringLiteral("modification_time")]));
    const qint64 first = created[QStringLiteral("revision")].toInteger();
    QVERIFY(first > 0);

    const ApiReply read = m_api->get(viewPath(QStringLiteral("Best runs")));
    NEREID_EXPECT_STATUS(read, 200);
    QCOMPARE(read.object(), created.object());

    const ApiReply updated = put(QStringLiteral("Best runs"), body(first, query(QStringLiteral("sys/failed = false"))));
    NEREID_EXPECT_STATUS(updated, 200);
    QVERIFY(updated[QStringLiteral("revision")].toInteger() > first);
    NEREID_EXPECT_STATUS(put(QStringLiteral("Other"), body(0, {})), 201);

    const ApiReply list = m_api->get(Views);
    NEREID_EXPECT_STATUS(list, 200);
    QCOMPARE(list[QStringLiteral("project")].toString(), QStringLiteral("team/views"));
    const QJsonArray views = list[QStringLiteral("views")].toArray();
    QCOMPARE(views.size(), 2);
    QCOMPARE(views[0][QStringLiteral("name")].toString(), QStringLiteral("Best runs"));
    QCOMPARE(views[0][QStringLiteral("state")].toObject(), query(QStringLiteral("sys/failed = false")));
    QCOMPARE(list[QStringLiteral("revision")].toInteger(), views[1][QStringLiteral("revision")].toInteger());
}

void TestServerViews::staleSaveIsAConflictThatKeepsTheView()
{
    const qint64 revision =
        put(QStringLiteral("shared"), body(0, query(QStringLiteral("a"))))[QStringLiteral("revision")].toInteger();
    NEREID_EXPECT_STATUS(put(QStringLiteral("shared"), body(revision, query(QStringLiteral("by ada")))), 200);
    // Bob saved from the revision he had read: he hears of ada's edit instead of overwriting it.
    const ApiReply stale = put(QStringLiteral("shared"), body(revision, query(QStringLiteral("by bob"))));
    NEREID_EXPECT_STATUS(stale, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(stale[QStringLiteral("view")][QStringLiteral("state")].toObject(), query(QStringLiteral("by ada")));
    QVERIFY(stale[QStringLiteral("revision")].toInteger() > revision);
    QCOMPARE(m_api->get(viewPath(QStringLiteral("shared")))[QStringLiteral("state")].toObject(),
             query(QStringLiteral("by ada")));
    // Creating a view whose name is taken is the same conflict.
    NEREID_EXPECT_STATUS(put(QStringLiteral("shared"), body(0, {})), 409);
    // So is a stale delete; a fresh one works.
    NEREID_EXPECT_STATUS(m_api->sendRaw("DELETE", viewPath(QStringLiteral("shared")) + QStringLiteral("?revision=1")),
                         409);
    NEREID_EXPECT_STATUS(m_api->get(viewPath(QStringLiteral("shared"))), 200);
}

void TestServerViews::deletionLeavesATombstoneForSync()
{
    NEREID_EXPECT_STATUS(put(QStringLiteral("keep"), body(0, {})), 201);
    const qint64 revision = put(QStringLiteral("gone"), body(0, {}))[QStringLiteral("revision")].toInteger();
    const qint64 seen = m_api->get(Views)[QStringLiteral("revision")].toInteger();
    const ApiReply deleted = m_api->sendRaw("DELETE", viewPath(QStringLiteral("gone")) + QStringLiteral("?revision=") +
                                                          QString::number(revision));
    NEREID_EXPECT_STATUS(deleted, 200);
    QCOMPARE(deleted[QStringLiteral("deleted")].toBool(), true);
    NEREID_EXPECT_STATUS(m_api->get(viewPath(QStringLiteral("gone"))), 404);

    // A client that had read up to `seen` learns of the deletion and of nothing it has.
    const QJsonArray since =
        m_api->get(Views + QStringLiteral("?since=") + QString::number(seen))[QStringLiteral("views")].toArray();
    QCOMPARE(since.size(), 1);
    QCOMPARE(since[0][QStringLiteral("name")].toString(), QStringLiteral("gone"));
    QCOMPARE(since[0][QStringLiteral("deleted")].toBool(), true);
    // A first read lists only the live views.
    const QJsonArray all = m_api->get(Views)[QStringLiteral("views")].toArray();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0][QStringLiteral("name")].toString(), QStringLiteral("keep"));
    // The name can be used again, as a new view.
    NEREID_EXPECT_STATUS(put(QStringLiteral("gone"), body(0, query(QStringLiteral("again")))), 201);
    NEREID_EXPECT_STATUS(m_api->sendRaw("DELETE", viewPath(QStringLiteral("never"))), 404);
}

void TestServerViews::oneDefaultPerProject()
{
    NEREID_EXPECT_STATUS(put(QStringLiteral("first"), body(0, {}, true)), 201);
    const ApiReply second = put(QStringLiteral("second"), body(0, {}, true));
    NEREID_EXPECT_STATUS(second, 201);
    QCOMPARE(second[QStringLiteral("default")].toBool(), true);
    const ApiReply first = m_api->get(viewPath(QStringLiteral("first")));
    QCOMPARE(first[QStringLiteral("default")].toBool(true), false);
    // The view that lost the flag keeps its revision: an edit of it based on what its editor saw still goes.
    const qint64 firstRevision = first[QStringLiteral("revision")].toInteger();
    QVERIFY(firstRevision < second[QStringLiteral("revision")].toInteger());
    NEREID_EXPECT_STATUS(put(QStringLiteral("first"), body(firstRevision, query(QStringLiteral("edited")))), 200);
    // A client that read up to the first view learns of the new default, and clears the others' flag itself.
    const QJsonArray since =
        m_api->get(Views + QStringLiteral("?since=") + QString::number(firstRevision))[QStringLiteral("views")]
            .toArray();
    QCOMPARE(since[0][QStringLiteral("name")].toString(), QStringLiteral("second"));
    QCOMPARE(since[0][QStringLiteral("default")].toBool(), true);
    // A save without "default" keeps the flag.
    const ApiReply kept =
        put(QStringLiteral("second"), body(second[QStringLiteral("revision")].toInteger(), query(QStringLiteral("x"))));
    QCOMPARE(kept[QStringLiteral("default")].toBool(), true);
}

void TestServerViews::refusesOversizedView()
{
    const QJsonObject big = query(QString(qsizetype(70) * 1024, QLatin1Char('x')));
    const ApiReply tooBig = put(QStringLiteral("big"), body(0, big));
    NEREID_EXPECT_STATUS(tooBig, 413);
    QCOMPARE(tooBig.errorCode(), QStringLiteral("view_too_large"));
    QVERIFY2(tooBig.message().contains(QStringLiteral("65536")), tooBig.body.constData());
    NEREID_EXPECT_STATUS(m_api->get(viewPath(QStringLiteral("big"))), 404);
    NEREID_EXPECT_STATUS(put(QStringLiteral("big"), body(0, query(QString(qsizetype(60) * 1024, QLatin1Char('x'))))),
                         201);
}

void TestServerViews::refusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("says");
    const QString ok = QStringLiteral("ok");
    QTest::newRow("not json") << ok << QByteArray("{\"revision\":") << "malformed_json"
                              << "not valid JSON";
    QTest::newRow("array") << ok << QByteArray("[]") << "malformed_json"
                           << "JSON object";
    QTest::newRow("no revision") << ok << QByteArray(R"({"state":{}})") << "invalid_request"
                                 << "revision";
    QTest::newRow("fractional revision") << ok << QByteArray(R"({"revision":1.5,"state":{}})") << "invalid_request"
                                         << "whole number";
    QTest::newRow("negative revision") << ok << QByteArray(R"({"revision":-1,"state":{}})") << "invalid_request"
                                       << "whole number";
    QTest::newRow("no state") << ok << QByteArray(R"({"revision":0})") << "invalid_request"
                              << "state";
    QTest::newRow("state not object") << ok << QByteArray(R"({"revision":0,"state":"q"})") << "invalid_request"
                                      << "state";
    QTest::newRow("default not bool") << ok << QByteArray(R"({"revision":0,"state":{},"default":1})")
                                      << "invalid_request"
                                      << "default";
    QTest::newRow("unknown member") << ok << QByteArray(R"({"revision":0,"state":{},"sate":{}})") << "invalid_request"
                                    << "sate";
    QTest::newRow("slash in name") << QStringLiteral("a/b") << QByteArray(R"({"revision":0,"state":{}})")
                                   << "invalid_view_name"
                                   << "a/b";
    QTest::newRow("outer space") << QStringLiteral(" a") << QByteArray(R"({"revision":0,"state":{}})")
                                 << "invalid_view_name"
                                 << "not a valid view name";
    QTest::newRow("control character") << QStringLiteral("a\tb") << QByteArray(R"({"revision":0,"state":{}})")
                                       << "invalid_view_name"
                                       << "not a valid view name";
    QTest::newRow("too long") << QString(201, QLatin1Char('v')) << QByteArray(R"({"revision":0,"state":{}})")
                              << "invalid_view_name"
                              << "200";
}

void TestServerViews::refusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QString, says);
    const ApiReply reply = put(name, json);
    NEREID_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(reply.message().contains(says), reply.body.constData());
    QCOMPARE(m_api->get(Views)[QStringLiteral("views")].toArray().size(), 0); // nothing was saved
    NEREID_EXPECT_STATUS(m_api->get(Views + QStringLiteral("?since=x")), 400);
    NEREID_EXPECT_STATUS(m_api->sendRaw("DELETE", viewPath(QStringLiteral("ok")) + QStringLiteral("?revision=-2")),
                         400);
}

void TestServerViews::unknownViewAndProject()
{
    const ApiReply view = m_api->get(viewPath(QStringLiteral("nope")));
    NEREID_EXPECT_STATUS(view, 404);
    QCOMPARE(view.errorCode(), QStringLiteral("unknown_view"));
    QVERIFY(view.message().contains(QStringLiteral("nope")));
    const ApiReply project = m_api->sendRaw("PUT", QStringLiteral("/projects/team/absent/views/v"), body(0, {}));
    NEREID_EXPECT_STATUS(project, 404);
    QCOMPARE(project.errorCode(), QStringLiteral("unknown_project"));
    NEREID_EXPECT_STATUS(m_api->sendRaw("POST", Views, "{}"), 405);
}

QTEST_GUILESS_MAIN(TestServerViews)
#include "test_server_views.moc"
