// PointsDownload (issue 7, a CSV export of a long series the cache does not hold): every raw point of a step range,
// page by page, from the real server, in the binary form (issue 15) or the JSON of a server without it; an answer
// that is not points, a binary page cut short or garbled, or a server that never answers and is cancelled, ends it
// with a clear error or with nothing.
#include "apiclient.h"
#include "domain/binarypoints.h"
#include "helpers.h"
#include "misbehavingserver.h"
#include "sync/apiconnection.h"
#include "sync/pointsdownload.h"
#include "testserver.h"

#include <QElapsedTimer>
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
    void readsTheBinaryForm();
    void readsTheJsonOfAnOlderServer();
    void brokenBinaryPagesFailClearly_data();
    void brokenBinaryPagesFailClearly();
    void cancelAbortsTheRequest();

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

void TestPointsDownload::readsTheBinaryForm()
{
    // The download asks for the binary form and reads it: NaN and infinities come as they are.
    const QList<FloatPoint> sent{{0, 0.5, 10}, {1, qQNaN(), 11}, {2, qInf(), 12}, {3.5, -qInf(), 13}};
    MisbehavingServer binary(MisbehavingServer::Mode::Status);
    binary.setAnswer(200, BinaryPoints::encode(sent, std::nullopt), BinaryPoints::MediaType);
    QVERIFY(binary.start());
    ApiConnection api(ServerProfile{binary.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy finished(&download, &PointsDownload::finished);
    QSignalSpy failed(&download, &PointsDownload::failed);
    download.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(failed.isEmpty());
    QVERIFY2(binary.lastRequest().contains("\r\nAccept: application/x-nereid-points"),
             binary.lastRequest().constData());
    const QList<FloatPoint> &got = download.points();
    QCOMPARE(got.size(), sent.size());
    for (qsizetype i = 0; i < sent.size(); ++i)
        QVERIFY(got[i].step == sent[i].step && got[i].timestamp == sent[i].timestamp &&
                sameDouble(got[i].value, sent[i].value, 0));
}

void TestPointsDownload::readsTheJsonOfAnOlderServer()
{
    // A server older than the binary form ignores the Accept header and answers a JSON array per point.
    MisbehavingServer older(MisbehavingServer::Mode::Status);
    older.setAnswer(200, R"({"path": "train/loss", "points": [[0, 1.5, 5], [2, "NaN", 6]], "next": null})");
    QVERIFY(older.start());
    ApiConnection api(ServerProfile{older.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy finished(&download, &PointsDownload::finished);
    download.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(download.points().size(), 2);
    QCOMPARE(download.points()[0].value, 1.5);
    QVERIFY(std::isnan(download.points()[1].value));
}

void TestPointsDownload::brokenBinaryPagesFailClearly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason"); // words of the message
    QList<FloatPoint> hundred;
    for (int step = 0; step < 100; ++step)
        hundred.append(lossAt(step));
    const QByteArray page = BinaryPoints::encode(hundred, 100);
    QTest::newRow("cut short") << page.left(24 + 24 * 60) << "announces 100 points";
    QTest::newRow("cut mid-number") << page.chopped(5) << "announces 100 points";
    QTest::newRow("only half a header") << page.left(12) << "fewer than the 24";
    QTest::newRow("empty") << QByteArray() << "fewer than the 24";
    QTest::newRow("garbage") << QByteArray("<html><body>Welcome to the captive portal</body></html>") << "NRDP";
    QByteArray later = page;
    later[4] = 7;
    QTest::newRow("a later version") << later << "version 7";
    QByteArray backwards = page;
    qToLittleEndian<double>(-3, backwards.data() + 24 + qsizetype(8) * 50);
    QTest::newRow("steps going back") << backwards << "step -3 (point 50)";
}

void TestPointsDownload::brokenBinaryPagesFailClearly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    MisbehavingServer broken(MisbehavingServer::Mode::Status);
    broken.setAnswer(200, body, BinaryPoints::MediaType);
    QVERIFY(broken.start());
    ApiConnection api(ServerProfile{broken.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy failed(&download, &PointsDownload::failed);
    QSignalSpy finished(&download, &PointsDownload::finished);
    download.start();
    QVERIFY(failed.wait(5000));
    QVERIFY(finished.isEmpty());
    const SyncError error = failed.first().first().value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::BadAnswer);
    QVERIFY2(error.message.contains(Loss) && error.message.contains(reason), qPrintable(error.message));
    QVERIFY(download.points().isEmpty());
}

void TestPointsDownload::cancelAbortsTheRequest()
{
    // The silent server would keep the request open until the 15 s timeout: cancel() must end it at once, on the
    // wire (the server sees the connection closed, none left open), and say nothing more nor keep any point.
    MisbehavingServer silent(MisbehavingServer::Mode::Silent);
    QVERIFY(silent.start());
    ApiConnection api(ServerProfile{silent.url(), {}, QStringLiteral("t")});
    PointsDownload download(api, {Run, Loss});
    QSignalSpy failed(&download, &PointsDownload::failed);
    QSignalSpy finished(&download, &PointsDownload::finished);
    QSignalSpy progressed(&download, &PointsDownload::progressed);
    download.start();
    QTRY_COMPARE(silent.requests(), 1);
    QCOMPARE(silent.openConnections(), 1);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    download.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(silent.closedConnections(), 1, 3000);
    QVERIFY2(sinceCancel.elapsed() < 3000, "closed by the cancel, not by the request's timeout");
    QCOMPARE(silent.openConnections(), 0);
    QCoreApplication::processEvents(); // the aborted reply's handler, had it been kept
    QVERIFY(failed.isEmpty() && finished.isEmpty() && progressed.isEmpty());
    QVERIFY(download.points().isEmpty());
    QCOMPARE(silent.requests(), 1); // not asked again
}

QTEST_GUILESS_MAIN(TestPointsDownload)
#include "test_pointsdownload.moc"
