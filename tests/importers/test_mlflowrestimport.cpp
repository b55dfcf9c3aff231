// `nereid import mlflow http://...`: the MLflow fixture's file store read through MLflow's REST API (served by
// tests/support/mlflow_rest_standin.py, since MLflow cannot be installed on CI) into a real nereid-server, with
// small pages, 500s, a server that goes away, and answers that make no sense.
#include "apiclient.h"
#include "helpers.h"
#include "importcommand.h"
#include "importjob.h"
#include "mlflowexpected.h"
#include "mlflowreststore.h"
#include "mlflowstandin.h"
#include "testserver.h"

#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/from-server");
const QString Fixtures = QStringLiteral(NEREID_MLFLOW_FIXTURES);
const QString Mlruns = Fixtures + QStringLiteral("/mlruns");
const QString Expected = Fixtures + QStringLiteral("/expected-file.json");

} // namespace

class TestMlflowRestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsEveryRunAndPoint_data();
    void importsEveryRunAndPoint();
    void mapsExactlyAsTheFileStore();
    void retriesTransientServerErrors();
    void serverGoingAwayStopsAndALaterImportCompletes();
    void garbageFailsThatRunOnly();
    void serverThatCannotBeReachedCannotStart();
    void appImportReadsAServer();

private:
    int runImport(const QStringList &source);
    void expectEverything(); // the project holds every run and point of expected-file.json, once

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestMlflowRestImport::init()
{
    QVERIFY2(QFile::exists(Mlruns), qPrintable(Mlruns));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestMlflowRestImport::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_server->errors();
    m_api.reset();
    m_server.reset();
}

int TestMlflowRestImport::runImport(const QStringList &source)
{
    return ImportCommand::run(
        QStringList{QStringLiteral("nereid"), QStringLiteral("import"), QStringLiteral("mlflow")} + source +
        QStringList{QStringLiteral("--project"), Project} + m_server->clientArguments());
}

void TestMlflowRestImport::expectEverything()
{
    int runs = 0;
    qint64 points = 0;
    compareWithExpected(*m_api, Project, Expected, &runs, &points);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(runs, 7);
    QCOMPARE(points, 1880);
}

void TestMlflowRestImport::importsEveryRunAndPoint_data()
{
    QTest::addColumn<bool>("uriOption");
    QTest::addColumn<bool>("token");
    QTest::newRow("URL as the path") << false << false;
    QTest::newRow("--mlflow-uri and --mlflow-token-file") << true << true;
}

// Pages of 2 experiments, 2 runs, 100 points and 2 artifacts: every next_page_token must be followed.
void TestMlflowRestImport::importsEveryRunAndPoint()
{
    QFETCH(bool, uriOption);
    QFETCH(bool, token);
    MlflowStandIn mlflow(Mlruns,
                         token ? QStringList{QStringLiteral("--token"), QStringLiteral("s3cret")} : QStringList());
    QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
    const QString tokenFile = m_dir.filePath(QStringLiteral("mlflow-token"));
    QFile file(tokenFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("s3cret\n");
    file.close();
    QStringList source = uriOption ? QStringList{QStringLiteral("--mlflow-uri"), mlflow.url().toString()}
                                   : QStringList{mlflow.url().toString()};
    if (token)
        source << QStringLiteral("--mlflow-token-file") << tokenFile;
    QCOMPARE(runImport(source), int(ImportCommand::Done));
    expectEverything();
    if (QTest::currentTestFailed())
        return;
    compareBaselineArtifacts(*m_api, Project, Mlruns); // downloaded with get-artifact, uploaded as blobs
    if (QTest::currentTestFailed())
        return;
    // Importing again finds every run whole: nothing is sent, not even a revision changes.
    const QMap<QString, QJsonObject> first = runsByCustomId(*m_api, Project);
    QCOMPARE(runImport(source), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> second = runsByCustomId(*m_api, Project);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.begin(); it != first.end(); ++it)
        QCOMPARE(second.value(it.key())[QStringLiteral("revision")], it.value()[QStringLiteral("revision")]);
    if (token) { // the token is what let it in
        QCOMPARE(runImport({QStringLiteral("--mlflow-uri"), mlflow.url().toString()}), int(ImportCommand::CannotStart));
    }
}

// The store imported from its files, then through the server: each run's fingerprint (a SHA-256 of everything
// the mapping produced) matches, so the second import skips every run and changes no revision.
void TestMlflowRestImport::mapsExactlyAsTheFileStore()
{
    QCOMPARE(ImportCommand::run(QStringList{QStringLiteral("nereid"), QStringLiteral("import"),
                                            QStringLiteral("mlflow"), Mlruns, QStringLiteral("--project"), Project} +
                                m_server->clientArguments()),
             int(ImportCommand::Done));
    const QMap<QString, QJsonObject> fromFiles = runsByCustomId(*m_api, Project);
    QCOMPARE(fromFiles.size(), 7);
    MlflowStandIn mlflow(Mlruns);
    QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
    QCOMPARE(runImport({mlflow.url().toString()}), int(ImportCommand::Done));
    const QMap<QString, QJsonObject> fromServer = runsByCustomId(*m_api, Project);
    QCOMPARE(fromServer.keys(), fromFiles.keys());
    for (auto it = fromFiles.begin(); it != fromFiles.end(); ++it)
        QCOMPARE(fromServer.value(it.key())[u"revision"], it.value()[u"revision"]);
}

void TestMlflowRestImport::retriesTransientServerErrors()
{
    MlflowStandIn mlflow(Mlruns, {QStringLiteral("--fail-first"), QStringLiteral("2")});
    QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
    QCOMPARE(runImport({mlflow.url().toString()}), int(ImportCommand::Done));
    QVERIFY2(mlflow.log().contains(QStringLiteral("request 2: answered 500")), qPrintable(mlflow.log()));
    expectEverything();

    // A server that keeps answering 500 is given up after the retries, with its URL and the status.
    MlflowStandIn broken(Mlruns, {QStringLiteral("--fail-first"), QStringLiteral("1000")});
    QVERIFY2(broken.start(), qPrintable(broken.problem()));
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(!MlflowRestStore(broken.url(), QString()).read(&runs, &error));
    QVERIFY2(error.contains(broken.url().toString() + QStringLiteral("/api/2.0/mlflow/experiments/search")) &&
                 error.contains(QStringLiteral("HTTP 500")) && error.contains(QStringLiteral("injected failure")),
             qPrintable(error));
    QVERIFY2(broken.log().contains(QStringLiteral("request 4: answered 500")) &&
                 !broken.log().contains(QStringLiteral("request 5:")),
             qPrintable(broken.log()));
}

// The server answers 10 requests and goes away (within the second experiment's runs): the runs read whole are
// imported, the one being read is reported with the reason, and once the server is back a second import adds
// exactly what was missing.
void TestMlflowRestImport::serverGoingAwayStopsAndALaterImportCompletes()
{
    {
        MlflowStandIn goingAway(Mlruns, {QStringLiteral("--exit-after"), QStringLiteral("10")});
        QVERIFY2(goingAway.start(), qPrintable(goingAway.problem()));
        QList<MlflowRun> runs;
        QString error;
        QVERIFY2(MlflowRestStore(goingAway.url(), QString()).read(&runs, &error), qPrintable(error));
        QVERIFY(runs.size() >= 2);
        for (qsizetype i = 0; i + 1 < runs.size(); ++i)
            QVERIFY2(runs[i].error.isEmpty(), qPrintable(runs[i].error));
        const QString stop = runs.last().error;
        QVERIFY2(stop.contains(goingAway.url().toString()) && stop.contains(QStringLiteral("cannot be reached")) &&
                     stop.contains(QStringLiteral("left for a later import")),
                 qPrintable(stop));
        QVERIFY(goingAway.waitForExit(10000));
    }
    MlflowStandIn goingAway(Mlruns, {QStringLiteral("--exit-after"), QStringLiteral("10")});
    QVERIFY2(goingAway.start(), qPrintable(goingAway.problem()));
    QCOMPARE(runImport({goingAway.url().toString()}), int(ImportCommand::SomeRunsFailed));
    const QMap<QString, QJsonObject> partial = runsByCustomId(*m_api, Project);
    QVERIFY2(!partial.isEmpty() && partial.size() < 7, qPrintable(QString::number(partial.size())));
    // What was imported is whole: every point of each of its metrics, and the fingerprint written last.
    QFile expectedFile(Expected);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    for (const QJsonValue &experiment : QJsonDocument::fromJson(expectedFile.readAll())[u"experiments"].toArray())
        for (const QJsonValue &want : experiment[u"runs"].toArray()) {
            const QJsonObject run = partial.value(QStringLiteral("mlflow:") + want[u"run_id"].toString());
            if (run.isEmpty())
                continue;
            const QJsonObject fields = run[u"fields"].toObject();
            QVERIFY(fields.contains(QStringLiteral("import/fingerprint")));
            const QJsonObject history = want[u"metric_history"].toObject();
            for (auto it = history.begin(); it != history.end(); ++it)
                QCOMPARE(fields[it.key()][u"count"].toInteger(), it.value().toArray().size());
        }

    MlflowStandIn back(Mlruns);
    QVERIFY2(back.start(), qPrintable(back.problem()));
    QCOMPARE(runImport({back.url().toString()}), int(ImportCommand::Done));
    expectEverything(); // 7 runs and 1880 points: nothing twice, nothing missing
}

void TestMlflowRestImport::garbageFailsThatRunOnly()
{
    MlflowStandIn mlflow(Mlruns, {QStringLiteral("--garbage-metric"), QStringLiteral("val/loss")});
    QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
    QList<MlflowRun> runs;
    QString error;
    QVERIFY2(MlflowRestStore(mlflow.url(), QString()).read(&runs, &error), qPrintable(error));
    QCOMPARE(runs.size(), 7);
    QStringList failed;
    for (const MlflowRun &run : runs)
        if (!run.error.isEmpty())
            failed << run.tags.value(QStringLiteral("mlflow.runName")) + QStringLiteral(": ") + run.error;
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed[0].startsWith(QStringLiteral("baseline-cnn: metrics/get-history of val/loss")) &&
                 failed[0].contains(QStringLiteral("\"value\" is not a number")),
             qPrintable(failed[0]));

    QCOMPARE(runImport({mlflow.url().toString()}), int(ImportCommand::SomeRunsFailed));
    const QMap<QString, QJsonObject> imported = runsByCustomId(*m_api, Project);
    QCOMPARE(imported.size(), 6);
    for (const QJsonObject &run : imported)
        QVERIFY(run[u"sys"][u"name"].toString() != QLatin1String("baseline-cnn"));
}

void TestMlflowRestImport::serverThatCannotBeReachedCannotStart()
{
    QUrl gone;
    {
        MlflowStandIn mlflow(Mlruns);
        QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
        gone = mlflow.url();
    }
    QList<MlflowRun> runs;
    QString error;
    QVERIFY(!MlflowRestStore(gone, QString()).read(&runs, &error));
    QVERIFY2(error.contains(gone.toString()) && error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
    QCOMPARE(runImport({gone.toString()}), int(ImportCommand::CannotStart));
    QVERIFY(runsByCustomId(*m_api, Project).isEmpty());
}

// File > Import runs… with a server's URL typed as the source: the app's ImportJob reads it in its thread.
void TestMlflowRestImport::appImportReadsAServer()
{
    MlflowStandIn mlflow(Mlruns);
    QVERIFY2(mlflow.start(), qPrintable(mlflow.problem()));
    ImportJob job(ImportJob::Source::Mlflow, mlflow.url().toString(),
                  {m_server->baseUrl(), m_server->token(), Project});
    QSignalSpy found(&job, &ImportJob::runsFound);
    QSignalSpy imported(&job, &ImportJob::runImported);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(found.at(0).at(0).toInt(), 7);
    QCOMPARE(imported.size(), 7);
    expectEverything();
}

QTEST_GUILESS_MAIN(TestMlflowRestImport)
#include "test_mlflowrestimport.moc"
