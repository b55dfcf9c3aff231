#include "apiclient.h"
#include "helpers.h"
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {
const QString Project = u"team/kept"_s;
const QRegularExpression EpochForm(u"^[0-9a-f]{32}$"_s);

QString epochOf(ApiClient &api)
{
    return api.get(u"/health"_s)[u"epoch"_s].toString();
}

// Ten float points of `run` from `from` on, in one batch.
ApiReply appendTen(ApiClient &api, const QString &run, int from)
{
    QList<QJsonArray> points;
    for (int step = from; step < from + 10; ++step)
        points.append(point(step, step * 0.5));
    return applyOperations(api, run, {appendOp(u"train/loss"_s, u"floatSeries"_s, points)});
}
} // namespace

// The database's epoch (docs/api.md, /health and changes pages) and the commands that renew it: `backup OUT` of a
// running server, `epoch renew`.
class TestServerBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void epochIsInHealthAndChangesAndStaysAcrossRestarts();
    void epochRenewChangesIt();
    void backupOfAServerBeingWrittenToServesTheSameRunsUnderANewEpoch();
    void backupRefusesAnExistingFolder();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_out;
};

void TestServerBackup::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, u"KEPT"_s), 201);
}

void TestServerBackup::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

void TestServerBackup::epochIsInHealthAndChangesAndStaysAcrossRestarts()
{
    ApiClient anonymous(m_server->apiUrl()); // /health needs no token
    const QString epoch = epochOf(anonymous);
    QVERIFY2(EpochForm.match(epoch).hasMatch(), qPrintable(epoch));
    NEREID_EXPECT_STATUS(createRun(*m_api, Project), 201);
    const ApiReply page = m_api->get(projectPath(Project) + u"/changes?since=0"_s);
    NEREID_EXPECT_STATUS(page, 200);
    QCOMPARE(page[u"epoch"_s].toString(), epoch);
    QCOMPARE(m_api->get(projectPath(Project) + u"/views?since=0"_s)[u"epoch"_s].toString(), epoch);

    QVERIFY2(m_server->restart(), qPrintable(m_server->errors()));
    m_api->setBaseUrl(m_server->apiUrl());
    QCOMPARE(epochOf(*m_api), epoch);
    QCOMPARE(m_api->get(projectPath(Project) + u"/changes?since=0"_s)[u"epoch"_s].toString(), epoch);

    // Another data folder is another database.
    TestServer other;
    QVERIFY2(other.start(), qPrintable(other.errors()));
    ApiClient otherApi(other.apiUrl());
    QVERIFY(EpochForm.match(epochOf(otherApi)).hasMatch());
    QVERIFY(epochOf(otherApi) != epoch);
}

void TestServerBackup::epochRenewChangesIt()
{
    const QString before = epochOf(*m_api);
    m_server->stop();
    const TestServer::CliResult renewed = m_server->cli({u"epoch"_s, u"renew"_s});
    QCOMPARE(renewed.exitCode, 0);
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api->setBaseUrl(m_server->apiUrl());
    const QString after = epochOf(*m_api);
    QVERIFY(EpochForm.match(after).hasMatch());
    QVERIFY(after != before);
    QVERIFY2(renewed.out.contains(after.toLatin1()), renewed.out.constData()); // it says which
}

void TestServerBackup::backupOfAServerBeingWrittenToServesTheSameRunsUnderANewEpoch()
{
    if (m_server->isPostgres())
        QSKIP("backup copies a SQLite data folder; a PostgreSQL database is dumped with pg_dump (docs/api.md)");
    // Runs written before the backup, one with a file.
    QStringList runs;
    for (int i = 0; i < 5; ++i) {
        const ApiReply run = createRun(*m_api, Project);
        NEREID_EXPECT_STATUS(run, 201);
        runs.append(run[u"sys"_s][u"id"_s].toString());
        NEREID_EXPECT_STATUS(appendTen(*m_api, runs.last(), 0), 200);
    }
    const QByteArray weights(20000, 'w');
    NEREID_EXPECT_STATUS(uploadBlob(*m_api, Project, weights), 201);
    const QJsonObject file = fileObject(weights, u"model.pt"_s, u"pt"_s, u"application/octet-stream"_s);
    NEREID_EXPECT_STATUS(applyOperations(*m_api, runs.first(), {assignOp(u"model"_s, u"file"_s, file)}), 200);

    // The backup runs while a client keeps writing.
    const QString out = m_out.filePath(u"copy"_s);
    QProcess backup;
    backup.start(TestServer::serverPath(), {u"--data"_s, m_server->dataDir(), u"backup"_s, out});
    QVERIFY(backup.waitForStarted());
    int written = 0;
    while (backup.state() != QProcess::NotRunning) {
        NEREID_EXPECT_STATUS(appendTen(*m_api, runs.last(), 10 + 10 * written), 200);
        ++written;
        backup.waitForFinished(5);
    }
    QCOMPARE(backup.exitStatus(), QProcess::NormalExit);
    QCOMPARE(backup.exitCode(), 0);
    QVERIFY(written > 0); // the copy was made while the server wrote
    QVERIFY2(backup.readAllStandardOutput().contains("copied"), backup.readAllStandardError().constData());
    NEREID_EXPECT_STATUS(appendTen(*m_api, runs.last(), 10 + 10 * written), 200); // after the copy: not in it

    TestServer restored({u"--data"_s, out});
    QVERIFY2(restored.start(), qPrintable(restored.errors()));
    ApiClient copy(restored.apiUrl(), m_server->token()); // the tokens come along
    QVERIFY(EpochForm.match(epochOf(copy)).hasMatch());
    QVERIFY(epochOf(copy) != epochOf(*m_api));
    const ApiReply listing = copy.get(projectPath(Project) + u"/changes?since=0&limit=1000"_s);
    NEREID_EXPECT_STATUS(listing, 200);
    QCOMPARE(listing[u"runs"_s].toArray().size(), runs.size());
    for (const QString &run : runs.mid(0, runs.size() - 1))
        QCOMPARE(withoutState(copy.get(runPath(run)).object()), withoutState(m_api->get(runPath(run)).object()));
    // The run written during the copy holds one state of it: whole batches, and its count says how many.
    const QJsonObject loss = runFields(copy, runs.last())[u"train/loss"_s].toObject();
    const qint64 count = loss[u"count"_s].toInteger();
    QVERIFY2(count >= 10 && count % 10 == 0 && count < qint64(10) * (written + 2), qPrintable(QString::number(count)));
    const ApiReply points = copy.get(runPath(runs.last()) + u"/series?limit=100000&path=train/loss"_s);
    QCOMPARE(points[u"points"_s].toArray().size(), count);
    // The file came along.
    const ApiReply blob = copy.get(projectPath(Project) + u"/blobs/"_s + sha256Hex(weights));
    NEREID_EXPECT_STATUS(blob, 200);
    QCOMPARE(blob.body, weights);
}

void TestServerBackup::backupRefusesAnExistingFolder()
{
    if (m_server->isPostgres())
        QSKIP("backup copies a SQLite data folder; a PostgreSQL database is dumped with pg_dump (docs/api.md)");
    const QString out = m_out.filePath(u"taken"_s);
    QVERIFY(QDir().mkpath(out));
    const TestServer::CliResult refused = m_server->cli({u"backup"_s, out});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("exists already"), refused.err.constData());
    QVERIFY(QDir(out).isEmpty());
}

QTEST_MAIN(TestServerBackup)
#include "test_server_backup.moc"
