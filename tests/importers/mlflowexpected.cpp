#include "mlflowexpected.h"

#include "helpers.h"

#include <cmath>
#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUrl>

namespace nereid::test {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

double expectedValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString() == QLatin1String("NaN")
                   ? std::nan("")
                   : (v.toString().startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL);
    return v.toDouble();
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The run's artifacts are the file set `artifacts`, an entry per file MLflow listed, with its path and size.
void compareArtifacts(ApiClient &api, const QString &runId, const QJsonArray &want)
{
    const ApiReply files = api.get(QStringLiteral("/runs/%1/files?path=artifacts").arg(runId));
    if (want.isEmpty()) {
        NEREID_EXPECT_STATUS(files, 404);
        return;
    }
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files[QStringLiteral("type")].toString(), QStringLiteral("fileSet"));
    QMap<QString, qint64> got;
    for (const QJsonValue &entry : files[QStringLiteral("files")].toArray())
        got.insert(entry[QStringLiteral("path")].toString(), entry[QStringLiteral("size")].toInteger());
    QMap<QString, qint64> expected;
    for (const QJsonValue &artifact : want)
        expected.insert(artifact[QStringLiteral("path")].toString(), artifact[QStringLiteral("size")].toInteger());
    QCOMPARE(got, expected);
}

} // namespace

QMap<QString, QJsonObject> runsByCustomId(ApiClient &api, const QString &project)
{
    QMap<QString, QJsonObject> runs;
    for (const char *trashed : {"false", "true"}) {
        const ApiReply reply =
            api.get(projectPath(project) + QStringLiteral("/runs?limit=1000&trashed=") + QLatin1String(trashed));
        for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray())
            runs.insert(run[QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString(), run.toObject());
    }
    return runs;
}

void compareWithExpected(ApiClient &api, const QString &project, const QString &expectedJson, int *runCount,
                         qint64 *points)
{
    *runCount = 0;
    *points = 0;
    const QMap<QString, QJsonObject> runs = runsByCustomId(api, project);
    QVERIFY2(QFile::exists(expectedJson), qPrintable(expectedJson));
    for (const QJsonValue &experiment : readJson(expectedJson)[QStringLiteral("experiments")].toArray()) {
        for (const QJsonValue &value : experiment[QStringLiteral("runs")].toArray()) {
            const QJsonObject want = value.toObject();
            ++*runCount;
            const QString id = want[QStringLiteral("run_id")].toString();
            QVERIFY2(runs.contains(QStringLiteral("mlflow:") + id), qPrintable(id));
            const QJsonObject run = runs.value(QStringLiteral("mlflow:") + id);
            const QJsonObject sys = run[QStringLiteral("sys")].toObject();
            const QJsonObject fields = run[QStringLiteral("fields")].toObject();
            const QJsonObject tags = want[QStringLiteral("tags")].toObject();
            QCOMPARE(sys[QStringLiteral("name")].toString(), want[QStringLiteral("run_name")].toString());
            QCOMPARE(sys[QStringLiteral("description")].toString(),
                     tags[QStringLiteral("mlflow.note.content")].toString());
            QCOMPARE(sys[QStringLiteral("failed")].toBool(),
                     want[QStringLiteral("status")].toString() == QLatin1String("FAILED"));
            QCOMPARE(sys[QStringLiteral("trashed")].toBool(),
                     want[QStringLiteral("lifecycle_stage")].toString() == QLatin1String("deleted"));
            QCOMPARE(sys[QStringLiteral("state")].toString(), QStringLiteral("inactive"));
            QVERIFY(sys[QStringLiteral("tags")].toArray().contains(experiment[QStringLiteral("name")]));
            const QJsonObject params = want[QStringLiteral("params")].toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                QCOMPARE(fields[QStringLiteral("params/") + it.key()][QStringLiteral("value")].toString(),
                         it.value().toString());
            for (auto it = tags.begin(); it != tags.end(); ++it)
                if (it.key() != QLatin1String("mlflow.note.content"))
                    QCOMPARE(fields[QStringLiteral("tags/") + it.key()][QStringLiteral("value")].toString(),
                             it.value().toString());
            if (tags.contains(QStringLiteral("mlflow.parentRunId")))
                QCOMPARE(fields[QStringLiteral("mlflow/parent")][QStringLiteral("value")].toString(),
                         QStringLiteral("mlflow:") + tags[QStringLiteral("mlflow.parentRunId")].toString());
            compareArtifacts(api, sys[QStringLiteral("id")].toString(), want[QStringLiteral("artifacts")].toArray());
            if (QTest::currentTestFailed())
                return;

            const QJsonObject history = want[QStringLiteral("metric_history")].toObject();
            for (auto it = history.begin(); it != history.end(); ++it) {
                const ApiReply series = api.get(QStringLiteral("/runs/%1/series?limit=100000&path=%2")
                                                    .arg(sys[QStringLiteral("id")].toString(),
                                                         QString::fromLatin1(QUrl::toPercentEncoding(it.key()))));
                NEREID_EXPECT_STATUS(series, 200);
                const QJsonArray got = series[QStringLiteral("points")].toArray();
                const QJsonArray wantPoints = it.value().toArray();
                QCOMPARE(got.size(), wantPoints.size());
                *points += got.size();
                for (qsizetype i = 0; i < got.size(); ++i) {
                    const QJsonArray g = got.at(i).toArray(), w = wantPoints.at(i).toArray();
                    QCOMPARE(std::floor(g.at(0).toDouble()), w.at(0).toDouble()); // repeated steps move up a hair
                    QVERIFY2(sameValue(expectedValue(g.at(1)), expectedValue(w.at(2))),
                             qPrintable(it.key() + QString::number(i)));
                    QCOMPARE(qRound64(g.at(2).toDouble() * 1000), w.at(1).toInteger());
                }
            }
        }
    }
    QCOMPARE(runs.size(), *runCount);
}

void compareBaselineArtifacts(ApiClient &api, const QString &project, const QString &mlruns)
{
    QString id;
    for (const QJsonObject &run : runsByCustomId(api, project))
        if (run[u"sys"][u"name"] == QStringLiteral("baseline-cnn"))
            id = run[u"sys"][u"id"].toString();
    QVERIFY(!id.isEmpty());
    const ApiReply files = api.get(QStringLiteral("/runs/%1/files?path=artifacts").arg(id));
    NEREID_EXPECT_STATUS(files, 200);
    QCOMPARE(files[QStringLiteral("type")].toString(), QStringLiteral("fileSet"));
    QMap<QString, qint64> sizes;
    QJsonObject loss;
    for (const QJsonValue &entry : files[QStringLiteral("files")].toArray()) {
        sizes.insert(entry[u"path"].toString(), entry[u"size"].toInteger());
        if (entry[u"path"] == QStringLiteral("plots/loss.png"))
            loss = entry.toObject();
    }
    const QMap<QString, qint64> expected{{QStringLiteral("config.json"), 90},
                                         {QStringLiteral("config/augment.yaml"), 33},
                                         {QStringLiteral("notes/log.txt"), 19},
                                         {QStringLiteral("plots/loss.png"), 118},
                                         {QStringLiteral("readme.txt"), 68}};
    QCOMPARE(sizes, expected);
    QCOMPARE(loss[u"mime"].toString(), QStringLiteral("image/png"));
    const ApiReply blob = api.get(projectPath(project) + QStringLiteral("/blobs/") + loss[u"hash"].toString());
    NEREID_EXPECT_STATUS(blob, 200);
    QFile original(mlruns +
                   QStringLiteral("/995429550422322691/f2d6dc0521b94891ac3c99e2314e7702/artifacts/plots/loss.png"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(blob.body, original.readAll());
}

} // namespace nereid::test
