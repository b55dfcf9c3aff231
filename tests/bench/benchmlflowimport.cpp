// The MLflow importer's speed (issue 22): an MLflow SQL store (the fixture's mlflow.db, copied, with 400,000 more
// points in four metrics of one run) read and imported into a real nereid-server on loopback, end to end, in
// points per second; the goal is 300,000. Baseline in the same run, into the same server: the same points sent as
// plain pre-built batches of 100,000 (what an import that spent nothing on reading and mapping would take). Prints
// the medians of NEREID_BENCH_RUNS (default 5) runs, each into a project of its own.
#include "importclient.h"
#include "mlflowimporter.h"
#include "mlflowsqlstore.h"
#include "testserver.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Metrics = 4;
constexpr int PointsPerMetric = 100000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

bool addPoints(const QString &dbPath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
    db.setDatabaseName(dbPath);
    bool ok = db.open() && db.transaction();
    QSqlQuery insert(db);
    ok = ok && insert.prepare(u"INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) "
                              u"SELECT ?, ?, ?, run_uuid, ?, 0 FROM runs WHERE name = 'baseline-cnn'"_s);
    for (int m = 0; ok && m < Metrics; ++m)
        for (int step = 0; ok && step < PointsPerMetric; ++step) {
            insert.addBindValue(u"bench/metric%1"_s.arg(m));
            insert.addBindValue(1.0 / (step + 1) + m);
            insert.addBindValue(qint64(1700000000000) + step);
            insert.addBindValue(step);
            ok = insert.exec();
        }
    ok = ok && db.commit();
    insert = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench"_s);
    return ok;
}

} // namespace

class BenchMlflowImport : public QObject
{
    Q_OBJECT

private slots:
    void importVersusPlainBatches()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"mlflow.db"_s);
        QVERIFY(QFile::copy(QStringLiteral(NEREID_MLFLOW_FIXTURES "/mlflow.db"), db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(addPoints(db));
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ImportClient client(server.baseUrl(), server.token());

        const int runs = qMax(1, qEnvironmentVariableIntValue("NEREID_BENCH_RUNS")
                                     ? qEnvironmentVariableIntValue("NEREID_BENCH_RUNS")
                                     : 5);
        QList<double> importRates, baselineRates, readSeconds;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QList<MlflowRun> read;
            QString error;
            QVERIFY2(MlflowSqlStore::read(db, &read, &error), qPrintable(error));
            readSeconds.append(double(timer.nsecsElapsed()) / 1e9);
            MlflowImporter importer(&client, u"bench/import%1"_s.arg(i));
            qint64 points = 0;
            QVERIFY2(importer.import(
                         read,
                         [&](const RunOutcome &outcome) {
                             QVERIFY2(outcome.kind == RunOutcome::Created, qPrintable(outcome.error));
                             points += outcome.points;
                         },
                         &error),
                     qPrintable(error));
            const qint64 ns = timer.nsecsElapsed();
            QCOMPARE(points, qint64(Metrics * PointsPerMetric + 1880));
            importRates.append(double(points) / (double(ns) / 1e9));

            // The baseline: one run, the same number of points in ready batches, nothing read or mapped.
            const QString project = u"bench/plain%1"_s.arg(i);
            QVERIFY2(client.ensureProject(project, &error), qPrintable(error));
            QJsonObject run;
            QVERIFY2(client.createOrResume(project, {{u"custom_run_id"_s, u"plain"_s}}, &run, &error),
                     qPrintable(error));
            QList<QJsonObject> batches;
            for (int m = 0; m < Metrics; ++m) {
                QJsonArray pointsArray;
                for (int step = 0; step < PointsPerMetric; ++step)
                    pointsArray.append(QJsonArray{step, 1.0 / (step + 1) + m, 1700000000.0 + step / 1000.0});
                batches.append({{u"operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"append"_s},
                                                                         {u"path"_s, u"bench/metric%1"_s.arg(m)},
                                                                         {u"type"_s, u"floatSeries"_s},
                                                                         {u"points"_s, pointsArray}}}}});
            }
            const QString route = u"/runs/%1/operations"_s.arg(run.value(u"id"_s).toString());
            timer.restart();
            for (const QJsonObject &batch : std::as_const(batches))
                QVERIFY2(client.post(route, batch, &error), qPrintable(error));
            baselineRates.append(double(Metrics * PointsPerMetric) / (double(timer.nsecsElapsed()) / 1e9));
        }
        qInfo("MLflow SQL store import: median %.0f points/s over %d runs (goal 300000)", median(importRates), runs);
        qInfo("plain batches (baseline): median %.0f points/s", median(baselineRates));
        qInfo("import / baseline: %.2f", median(importRates) / median(baselineRates));
        qInfo("of which reading the store: median %.3f s", median(readSeconds));
    }
};

QTEST_GUILESS_MAIN(BenchMlflowImport)
#include "benchmlflowimport.moc"
