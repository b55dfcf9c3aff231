#include "apiclient.h"
#include "generatedsources.h"
#include "helpers.h"
#include "holdingproxy.h"
#include "testserver.h"

#include <cmath>
#include <cstring>
#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace nereid::test;
using Action = HoldingProxy::Action;
using Request = HoldingProxy::Request;

namespace {

const QString Fixtures = QStringLiteral(NEREID_MLFLOW_FIXTURES);

// The moments a kill -9 lands on, each a rule of the proxy picking the first request the server must not get.
enum class Moment
{
    AfterFirstRun,     // the first run written whole (fingerprint, stop), the second not created yet
    MidSeries,         // the big series' first batch acknowledged, its second held back
    MidRequest,        // the second batch half sent: the server reads a body cut off by the dropped connection
    BeforeFingerprint, // every point of the second run acknowledged, its fingerprint held back
};

HoldingProxy::Rule ruleFor(Moment moment)
{
    auto created = std::make_shared<int>(0);    // POST .../runs: the second one creates the run with `big`
    auto secondRuns = std::make_shared<int>(0); // batches of points of that run, `big` first
    return [=](const Request &r) {
        if (r.method == "POST" && r.path.endsWith("/runs") && ++*created == 2 && moment == Moment::AfterFirstRun)
            return Action::Hold;
        const bool points = *created == 2 && r.path.endsWith("/operations") && r.body.contains("\"op\":\"append\"");
        if (points && ++*secondRuns == 2 && (moment == Moment::MidSeries || moment == Moment::MidRequest))
            return moment == Moment::MidSeries ? Action::Hold : Action::HoldHalfSent;
        if (moment == Moment::BeforeFingerprint && *secondRuns > 0 && r.body.contains("import/fingerprint"))
            return Action::Hold;
        return Action::Forward;
    };
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

// Issue 22: "an import stopped at any moment (kill -9) resumes where it stopped without duplicating a point". The
// real `nereid import`, headless, writes through a proxy into a real server; the proxy holds back the request of
// the chosen moment, the import is killed with SIGKILL there, then run again straight to the server, and once more.
class TestImportKillResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resumesWithoutLosingOrDuplicatingAPoint_data();
    void resumesWithoutLosingOrDuplicatingAPoint();

private:
    const GeneratedSource &source(const QString &kind);
    int runImport(const GeneratedSource &source, const QString &project, const QUrl &server, bool waitForEnd,
                  QProcess *process, QByteArray *err = nullptr);
    QMap<QString, QJsonObject> runsByCustomId(const QString &project);
    QList<std::array<double, 3>> points(const QString &runId, const QString &path);
    qint64 revision(const QString &project);
    void verifyHoldsTheSource(const GeneratedSource &source, const QString &project);
    void verifyFieldsEqual(const QString &project, const QString &reference);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    QMap<QString, GeneratedSource> m_sources; // by kind, with a reference import of each in team/<kind>-whole
};

void TestImportKillResume::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
}

void TestImportKillResume::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

const GeneratedSource &TestImportKillResume::source(const QString &kind)
{
    if (!m_sources.contains(kind)) {
        const QString folder = m_dir.filePath(kind);
        GeneratedSource s = kind == QLatin1String("mlflow")
                                ? GeneratedSource::mlflowSqlStore(folder, Fixtures + QStringLiteral("/mlflow.db"))
                            : kind == QLatin1String("tensorboard") ? GeneratedSource::tensorBoardFolder(folder)
                                                                   : GeneratedSource::neptuneQueue(folder);
        QProcess whole;
        if (s.error.isEmpty() &&
            runImport(s, QStringLiteral("team/%1-whole").arg(kind), m_server->baseUrl(), true, &whole) != 0)
            s.error =
                QStringLiteral("the uninterrupted import failed: ") + QString::fromUtf8(whole.readAllStandardError());
        m_sources.insert(kind, s);
    }
    return m_sources[kind];
}

int TestImportKillResume::runImport(const GeneratedSource &source, const QString &project, const QUrl &server,
                                    bool waitForEnd, QProcess *process, QByteArray *err)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name); // headless, as in a script or over ssh
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(NEREID_BINARY),
                   {QStringLiteral("import"), source.kind, source.path, QStringLiteral("--project"), project,
                    QStringLiteral("--server"), server.toString(), QStringLiteral("--token-file"),
                    m_server->tokenFile()});
    if (!waitForEnd)
        return process->waitForStarted() ? 0 : -1;
    if (!process->waitForFinished(60000))
        return -1;
    if (err)
        *err = process->readAllStandardError();
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
}

QMap<QString, QJsonObject> TestImportKillResume::runsByCustomId(const QString &project)
{
    QMap<QString, QJsonObject> runs;
    for (const char *trashed : {"false", "true"}) {
        const ApiReply reply =
            m_api->get(projectPath(project) + QStringLiteral("/runs?limit=1000&trashed=") + QLatin1String(trashed));
        for (const QJsonValue &run : reply[QStringLiteral("runs")].toArray()) {
            const QString custom = run[QStringLiteral("sys")][QStringLiteral("custom_run_id")].toString();
            runs.insert(runs.contains(custom) ? custom + QStringLiteral(" (again)") : custom, run.toObject());
        }
    }
    return runs;
}

// Every point of a float series, in the binary form (exact doubles, and quick for a hundred thousand points).
QList<std::array<double, 3>> TestImportKillResume::points(const QString &runId, const QString &path)
{
    QList<std::array<double, 3>> all;
    QString from;
    for (;;) {
        const ApiReply page = m_api->sendRaw("GET",
                                             QStringLiteral("/runs/%1/series?limit=100000&path=%2%3")
                                                 .arg(runId, QString::fromLatin1(QUrl::toPercentEncoding(path)), from),
                                             {}, {{"Accept", "application/x-nereid-points"}});
        const QByteArray &b = page.body;
        if (page.status != 200 || b.size() < 24)
            return all;
        quint64 n = 0;
        double next = 0;
        std::memcpy(&n, b.constData() + 8, 8);
        std::memcpy(&next, b.constData() + 16, 8);
        if (b.size() != qsizetype(24 + 24 * n))
            return all;
        const auto column = [&](int c, quint64 i) {
            double d = 0;
            std::memcpy(&d, b.constData() + 24 + 8 * (c * n + i), 8);
            return d;
        };
        for (quint64 i = 0; i < n; ++i)
            all.append({column(0, i), column(1, i), column(2, i)});
        if (!(b.at(6) & 1))
            return all;
        from = QStringLiteral("&from=") + QString::number(next, 'g', 17);
    }
}

qint64 TestImportKillResume::revision(const QString &project)
{
    return m_api->get(projectPath(project))[QStringLiteral("revision")].toInteger(-1);
}

// Each run once, each series with exactly the source's points: steps, values and timestamps, none twice.
void TestImportKillResume::verifyHoldsTheSource(const GeneratedSource &source, const QString &project)
{
    const QMap<QString, QJsonObject> runs = runsByCustomId(project);
    QStringList expected;
    for (const GeneratedRun &run : source.runs)
        expected.append(run.customRunId);
    expected.sort();
    QCOMPARE(runs.keys(), expected);
    for (const GeneratedRun &want : source.runs) {
        const QJsonObject run = runs.value(want.customRunId);
        const QJsonObject fields = run[QStringLiteral("fields")].toObject();
        QVERIFY2(!fields[QStringLiteral("import/fingerprint")][QStringLiteral("value")].toString().isEmpty(),
                 qPrintable(want.name));
        QStringList floatSeries;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (it.value()[QStringLiteral("type")] == QLatin1String("floatSeries"))
                floatSeries.append(it.key());
        QCOMPARE(floatSeries, want.series.keys());
        for (auto it = want.fileSeries.begin(); it != want.fileSeries.end(); ++it) {
            QCOMPARE(fields[it.key()][QStringLiteral("type")].toString(), QStringLiteral("fileSeries"));
            QCOMPARE(fields[it.key()][QStringLiteral("count")].toInt(), it.value());
        }
        for (auto it = want.series.begin(); it != want.series.end(); ++it) {
            const QList<std::array<double, 3>> got = points(run[QStringLiteral("id")].toString(), it.key());
            const QString where = want.name + QLatin1Char(' ') + it.key();
            QVERIFY2(
                got.size() == it.value().size(),
                qPrintable(QStringLiteral("%1: %2 points, want %3").arg(where).arg(got.size()).arg(it.value().size())));
            for (qsizetype i = 0; i < got.size(); ++i) {
                const auto &g = got.at(i), &w = it.value().at(i);
                if (g[0] != w[0] || !sameValue(g[1], w[1]) || g[2] != w[2])
                    QFAIL(qPrintable(QStringLiteral("%1, point %2: [%3, %4, %5], want [%6, %7, %8]")
                                         .arg(where)
                                         .arg(i)
                                         .arg(g[0], 0, 'g', 17)
                                         .arg(g[1], 0, 'g', 17)
                                         .arg(g[2], 0, 'g', 17)
                                         .arg(w[0], 0, 'g', 17)
                                         .arg(w[1], 0, 'g', 17)
                                         .arg(w[2], 0, 'g', 17)));
            }
        }
    }
}

// The resumed runs against the same source imported without a stop: sys, every atom, and each series' summary.
void TestImportKillResume::verifyFieldsEqual(const QString &project, const QString &reference)
{
    const QMap<QString, QJsonObject> got = runsByCustomId(project), want = runsByCustomId(reference);
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QJsonObject g = got.value(it.key()), w = it.value();
        for (const char *sys : {"name", "description", "tags", "group_tags", "hostname", "failed", "trashed", "state"})
            QCOMPARE(g[QStringLiteral("sys")][QLatin1String(sys)], w[QStringLiteral("sys")][QLatin1String(sys)]);
        const QJsonObject gf = g[QStringLiteral("fields")].toObject(), wf = w[QStringLiteral("fields")].toObject();
        QCOMPARE(gf.keys(), wf.keys());
        for (const QString &path : wf.keys()) {
            QJsonObject a = gf.value(path).toObject(), b = wf.value(path).toObject();
            if (a.contains(QStringLiteral("last_step"))) // averages may round apart with other batch boundaries
                for (const char *summed : {"average", "variance"})
                    a.remove(QLatin1String(summed)), b.remove(QLatin1String(summed));
            QVERIFY2(a == b, qPrintable(it.key() + QLatin1Char(' ') + path));
        }
    }
}

void TestImportKillResume::resumesWithoutLosingOrDuplicatingAPoint_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("momentNumber");
    for (const char *kind : {"mlflow", "tensorboard", "neptune-queue"}) {
        QTest::addRow("%s: after the first run", kind) << QString::fromLatin1(kind) << int(Moment::AfterFirstRun);
        QTest::addRow("%s: mid-series", kind) << QString::fromLatin1(kind) << int(Moment::MidSeries);
        QTest::addRow("%s: mid-request", kind) << QString::fromLatin1(kind) << int(Moment::MidRequest);
        QTest::addRow("%s: before the fingerprint", kind)
            << QString::fromLatin1(kind) << int(Moment::BeforeFingerprint);
    }
}

void TestImportKillResume::resumesWithoutLosingOrDuplicatingAPoint()
{
    QFETCH(QString, kind);
    QFETCH(int, momentNumber);
    const auto moment = Moment(momentNumber);
    const GeneratedSource &s = source(kind);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const QString project = QStringLiteral("team/%1-%2").arg(kind).arg(int(moment));

    HoldingProxy proxy(m_server->port(), ruleFor(moment));
    QVERIFY(proxy.listen());
    QProcess killed;
    QCOMPARE(runImport(s, project, proxy.url(), false, &killed), 0);
    QTRY_VERIFY_WITH_TIMEOUT(proxy.isHolding() || killed.state() == QProcess::NotRunning, 60000);
    QVERIFY2(proxy.isHolding(), qPrintable(QStringLiteral("the import ended before the moment came; it sent: ") +
                                           QString::fromUtf8(proxy.forwarded().join('\n'))));
    killed.kill(); // SIGKILL
    QVERIFY(killed.waitForFinished(10000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

    // What the server acknowledged: some of the source, not all of it, cut where the moment says.
    const QMap<QString, QJsonObject> partial = runsByCustomId(project);
    qint64 held = 0;
    int whole = 0;
    for (const QJsonObject &run : partial) {
        const QJsonObject fields = run[QStringLiteral("fields")].toObject();
        whole += fields.contains(QStringLiteral("import/fingerprint"));
        for (const QJsonValue &field : fields)
            held += field[QStringLiteral("type")] == QLatin1String("floatSeries")
                        ? field[QStringLiteral("count")].toInt()
                        : 0;
    }
    QVERIFY2(held > 0 && held < s.points(), qPrintable(QString::number(held)));
    const qint64 big =
        partial
            .value(s.runs.at(1).customRunId)[QStringLiteral("fields")][QStringLiteral("big")][QStringLiteral("count")]
            .toInteger();
    switch (moment) {
    case Moment::AfterFirstRun:
        QCOMPARE(partial.size(), 1);
        QCOMPARE(whole, 1);
        break;
    case Moment::MidSeries:
    case Moment::MidRequest:
        QVERIFY2(big > 0 && big < GeneratedSource::BigPoints, qPrintable(QString::number(big)));
        QCOMPARE(whole, 1);
        break;
    case Moment::BeforeFingerprint:
        QCOMPARE(big, qint64(GeneratedSource::BigPoints));
        QCOMPARE(whole, 1);
        break;
    }

    QProcess resumed;
    QByteArray err;
    QVERIFY2(runImport(s, project, m_server->baseUrl(), true, &resumed, &err) == 0, err.constData());
    verifyHoldsTheSource(s, project);
    if (QTest::currentTestFailed())
        return;
    verifyFieldsEqual(project, QStringLiteral("team/%1-whole").arg(kind));
    if (QTest::currentTestFailed())
        return;

    // A third import finds every run whole: it sends nothing, so no run's revision moves.
    const qint64 before = revision(project);
    QVERIFY(before > 0);
    QProcess third;
    QVERIFY2(runImport(s, project, m_server->baseUrl(), true, &third, &err) == 0, err.constData());
    const QByteArray out = third.readAllStandardOutput();
    QCOMPARE(out.count("skipped (imported already)"), qsizetype(s.runs.size()));
    QVERIFY2(out.contains(" 0 point(s) written"), out.constData());
    QCOMPARE(revision(project), before);
}

QTEST_GUILESS_MAIN(TestImportKillResume)
#include "test_importkillresume.moc"
