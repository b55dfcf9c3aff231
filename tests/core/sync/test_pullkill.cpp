#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "testserver.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
constexpr int Runs = 20;

// Runs one statement on the cache file through a connection of the test's own.
bool rawExec(const QString &file, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

// A pull killed with SIGKILL, right after a page or while storing one (a slow trigger makes each page take
// about a second, so the kill lands inside its transaction), leaves a sound cache whose
// cursor matches its runs exactly; the next pull resumes there and ends with every run once.
class TestPullKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumesAfterKill_data();
    void resumesAfterKill();

private:
    QStringList helperArgs(const QString &file) const
    {
        return {m_server.baseUrl().toString(), m_server.token(), file, Project, QStringLiteral("5")};
    }

    TestServer m_server;
    QHash<QString, qint64> m_revisions; // run id -> its revision on the server
};

void TestPullKill::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    ApiClient api(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    for (int i = 0; i < Runs; ++i) {
        const ApiReply run = createRun(api, Project);
        NEREID_EXPECT_STATUS(run, 201);
        const ApiReply written = applyOperations(api, run[QStringLiteral("id")].toString(),
                                                 {assignOp(QStringLiteral("params/i"), QStringLiteral("int"), i)});
        NEREID_EXPECT_STATUS(written, 200);
        m_revisions.insert(run[QStringLiteral("id")].toString(), written[QStringLiteral("revision")].toInteger());
    }
}

void TestPullKill::resumesAfterKill_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("right after a page is stored") << 0;
    QTest::newRow("while the next page is being stored") << 60;
}

void TestPullKill::resumesAfterKill()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Cache cache;
        QVERIFY(cache.open(file));
    }
    // Storing a run takes a while, so that a kill soon after a page lands inside the next page's transaction.
    QVERIFY(
        rawExec(file, QStringLiteral("CREATE TRIGGER slow AFTER INSERT ON runs BEGIN SELECT sum(length(randomblob("
                                     "1000000))) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                                     "c WHERE x < 40) SELECT x FROM c); END")));
    QProcess helper;
    helper.start(QStringLiteral(NEREID_PULLHELPER_PATH), helperArgs(file));
    QVERIFY(helper.waitForStarted());
    QVERIFY2(helper.waitForReadyRead(20000), helper.readAllStandardError().constData());
    QVERIFY(helper.readLine().startsWith("page "));
    if (delayMs > 0)
        QTest::qWait(delayMs);
    helper.kill();
    QVERIFY(helper.waitForFinished());

    QVERIFY(rawExec(file, QStringLiteral("DROP TRIGGER slow")));
    Cache cache;
    QVERIFY2(cache.open(file), qPrintable(cache.errorString()));
    QVERIFY2(cache.recoveryNotice().isEmpty(), qPrintable(cache.recoveryNotice())); // the file is sound
    const qint64 cursor = cache.syncState(Project).cursor;
    QVERIFY(cursor > 0);
    QStringList expected, cached;
    for (auto it = m_revisions.cbegin(); it != m_revisions.cend(); ++it) {
        if (it.value() <= cursor)
            expected.append(it.key());
    }
    for (const RunRecord &run : cache.runs(Project))
        cached.append(run.runId);
    expected.sort();
    cached.sort();
    QCOMPARE(cached, expected); // exactly the runs up to the cursor: nothing lost, nothing ahead of it
    QVERIFY(cached.size() < Runs);

    QProcess resume;
    resume.start(QStringLiteral(NEREID_PULLHELPER_PATH), helperArgs(file));
    QVERIFY(resume.waitForFinished(30000));
    QCOMPARE(resume.exitCode(), 0);
    QCOMPARE(cache.runs(Project).size(), Runs);
}

QTEST_GUILESS_MAIN(TestPullKill)
#include "test_pullkill.moc"
