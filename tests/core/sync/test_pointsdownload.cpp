// PointsDownload (issue 7, a CSV export of a long series the cache does not hold): every raw point of a step range,
// page by page, from the real server; an answer that is not points, or a server that never answers and is
// cancelled, ends it with a clear error or with nothing.
#include "apiclient.h"
#include "helpers.h"
#include "misbehavingserver.h"
#include "sync/apiconnection.h"
#include "sync/pointsdownload.h"
#include "testserver.h"

#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Run = QStringLiteral("CLS-1");
const QString Loss = QStringLiteral("train/loss");
constexpr int Count = 5000;

FloatPoint lossAt(int step)
{
    return {double(step), step % 777 == 0 ? qQNaN() : 1.0 / (1 + step), 1763805600.0 + step * 0.5};
}

bool samePoints(const QList<FloatPoint> &got, int from, int to)
{
    if (got.size() != to - from + 1)
        return false;
    for (int step = from; step <= to; ++step) {
        const FloatPoint want = lossAt(step), &point = got[step - from];
        if (point.step != want.step || point.timestamp != want.timestamp || !sameDouble(point.value, want.value, 0))
            return false;
    }
    return true;
}

} // namespace

class TestPointsDownload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void downloadsEveryPageOfTheRange_data();
    void downloadsEveryPageOfTheRange();
    void garbageFailsClearly();
    void cancelSaysNothingMore();

private:
    TestServer m_server;
};

void TestPointsDownload::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    ApiClient api(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(api, Project, QStringLiteral("CLS")), 201);
    NEREID_EXPECT_STATUS(createRun(api, Project), 201);
    QList<QJsonArray> points;
    for (int step = 0; step < Count; ++step) {
        const FloatPoint p = lossAt(step);
        points.append(point(p.step, std::isnan(p.value) ? QJsonValue(QStringLiteral("NaN")) : p.value, p.timestamp));
    }
    NEREID_EXPECT_STATUS(applyOperations(api, Run, {appendOp(Loss, QStringLiteral("floatSeries"), points)}), 200);
}

void TestPointsDownload::downloadsEveryPageOfTheRange_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("whole series, pages of 700") << -qInf() << qInf() << 700 << 0 << Count - 1;
    QTest::newRow("a range, pages of 100") << 1234.5 << 2345.0 << 100 << 1235 << 2345;
    QTest::newRow("a range in one page") << 10.0 << 20.0 << 100000 << 10 << 20;
}

void TestPointsDownload::downloadsEveryPageOfTheRange()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, pageSize);
    QFETCH(int, first);
    QFETCH(int, last);
    ApiConnection api(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    PointsDownload download(api, {Run, Loss, from, to});
    download.setPageSize(pageSize);
    QSignalSpy finished(&download, &PointsDownload::finished);
    QSignalSpy progressed(&download, &PointsDownload::progressed);
    QSignalSpy failed(&download, &PointsDownload::failed);
    download.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(failed.isEmpty());
    QVERIFY(samePoints(download.points(), first, last));
    const int pages = (last - first) / pageSize + 1;
    QCOMPARE(progressed.size(), pages);
    QCOMPARE(progressed.last().first().toLongLong(), qint64(last - first + 1));
}

void TestPointsDownload::garbageFailsClearly()
{
    MisbehavingServer garbage(MisbehavingServer::Mode::Status);
    garbage.setAnswer(200, R"({"points": [[0, 1.0, 5], "not a point"], "next": null})");
    QVERIFY(garbage.start());
    ApiConnection api(ServerProfile{garbage.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy failed(&download, &PointsDownload::failed);
    download.start();
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().value<SyncError>().message;
    QVERIFY2(message.contains(Loss), qPrintable(message));
}

void TestPointsDownload::cancelSaysNothingMore()
{
    MisbehavingServer silent(MisbehavingServer::Mode::Silent);
    QVERIFY(silent.start());
    ApiConnection api(ServerProfile{silent.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy failed(&download, &PointsDownload::failed);
    QSignalSpy finished(&download, &PointsDownload::finished);
    download.start();
    QTRY_COMPARE(silent.requests(), 1);
    download.cancel();
    QTest::qWait(200);
    QVERIFY(failed.isEmpty() && finished.isEmpty());
}

QTEST_GUILESS_MAIN(TestPointsDownload)
#include "test_pointsdownload.moc"
