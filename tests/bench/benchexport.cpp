// The JSON Lines export's writing of points (issue 22, Speed: ≥ 1,000,000 points/s) on the shape at a tenth
// of its size: 100 runs × 10 metrics × 1,000 steps = 1,000,000 points per iteration, each run's line written to a
// file as `nereid export --format jsonl` writes it. The same-run baseline writes the same numbers with plain
// QByteArray::number (shortest form) and commas only, into memory. endToEndFromServer adds the reading: the same
// 1,000,000 points (10 runs × 10 metrics × 10,000 steps) read from a real nereid-server through the HTTP API and
// written by the Exporter. Run with `-median 5`; points/s = 1e6 / (ms/1000).
#include "apiclient.h"
#include "exporter.h"
#include "helpers.h"
#include "importclient.h"
#include "jsonlwriter.h"
#include "testserver.h"

#include <cmath>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;

class BenchExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qbytearrayNumberBaseline();
    void jsonlLines();
    void jsonlWriterToFile();
    void endToEndFromServer();

private:
    static constexpr int Runs = 100;
    static constexpr int Metrics = 10;
    static constexpr int Steps = 1000;
    QList<ExportedRun> m_runs;
};

void BenchExport::initTestCase()
{
    QRandomGenerator random(22);
    for (int r = 0; r < Runs; ++r) {
        ExportedRun run;
        run.project = QStringLiteral("team/bench");
        run.id = QStringLiteral("BEN-%1").arg(r + 1);
        run.sys = {{QStringLiteral("id"), run.id}, {QStringLiteral("name"), QStringLiteral("run %1").arg(r)}};
        run.atoms.insert(QStringLiteral("params/lr"), {{QStringLiteral("type"), QStringLiteral("float")},
                                                       {QStringLiteral("value"), 0.001 * (r + 1)}});
        for (int m = 0; m < Metrics; ++m) {
            ExportedSeries &s = run.series[QStringLiteral("metrics/m%1").arg(m)];
            s.type = QStringLiteral("floatSeries");
            for (int step = 0; step < Steps; ++step) {
                s.steps.append(step);
                // Loss-like values with every digit a logged float32 promoted to double has; ms timestamps.
                s.values.append(double(float(std::exp(-step / 300.0) + 0.05 * random.generateDouble())));
                s.timestamps.append(1763805600.0 + (step * 137 + m) / 1000.0);
            }
        }
        m_runs.append(run);
    }
}

void BenchExport::qbytearrayNumberBaseline()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = 0;
        for (const ExportedRun &run : std::as_const(m_runs)) {
            QByteArray out;
            for (const ExportedSeries &s : run.series)
                for (const QList<double> *column : {&s.steps, &s.values, &s.timestamps})
                    for (double v : *column)
                        out.append(QByteArray::number(v, 'g', QLocale::FloatingPointShortest)).append(',');
            bytes += out.size();
        }
    }
    QVERIFY(bytes > qint64(Runs) * Metrics * Steps * 10);
}

void BenchExport::jsonlLines()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = 0;
        for (const ExportedRun &run : std::as_const(m_runs))
            bytes += JsonlWriter::line(run).size();
    }
    QVERIFY(bytes > qint64(Runs) * Metrics * Steps * 10);
}

void BenchExport::jsonlWriterToFile()
{
    QTemporaryDir dir;
    int iteration = 0;
    QBENCHMARK
    {
        const QString folder = dir.filePath(QString::number(iteration++));
        QVERIFY(QDir().mkpath(folder));
        JsonlWriter writer;
        QString error;
        QVERIFY2(writer.begin(folder, &error), qPrintable(error));
        for (ExportedRun &run : m_runs)
            QVERIFY2(writer.write(run, &error), qPrintable(error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QFile::remove(folder + QStringLiteral("/runs.jsonl")); // one iteration's 30 MB at a time on disk
    }
}

void BenchExport::endToEndFromServer()
{
    using namespace nereid::test;
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    ApiClient api(server.apiUrl(), server.token());
    const QString project = QStringLiteral("team/bench");
    QVERIFY(createProject(api, project).status == 201);
    QRandomGenerator random(22);
    for (int r = 0; r < 10; ++r) {
        const QString id = createRun(api, project)[QStringLiteral("id")].toString();
        QJsonArray operations;
        for (int m = 0; m < Metrics; ++m) {
            QList<QJsonArray> points;
            for (int step = 0; step < 10000; ++step)
                points.append(point(step, double(float(std::exp(-step / 3000.0) + 0.05 * random.generateDouble())),
                                    1763805600.0 + step * 0.137));
            operations.append(appendOp(QStringLiteral("metrics/m%1").arg(m), QStringLiteral("floatSeries"), points));
        }
        QVERIFY(applyOperations(api, id, operations).status == 200);
    }
    QTemporaryDir dir;
    int iteration = 0;
    qint64 points = 0;
    QBENCHMARK
    {
        const QString folder = dir.filePath(QString::number(iteration++));
        QVERIFY(QDir().mkpath(folder));
        ImportClient client(server.baseUrl(), server.token());
        JsonlWriter writer;
        Exporter exporter(&client, project, &writer);
        QString error;
        points = 0;
        QVERIFY2(exporter.exportTo(
                     folder, [&](const ExportOutcome &o) { points += o.error.isEmpty() ? o.points : 0; }, &error),
                 qPrintable(error));
        QFile::remove(folder + QStringLiteral("/runs.jsonl"));
    }
    QCOMPARE(points, 1000000);
}

QTEST_GUILESS_MAIN(BenchExport)
#include "benchexport.moc"
