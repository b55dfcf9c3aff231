// The three forms of GET .../series (issue 15): a JSON array per point (the default), JSON columns
// (layout=columns) and binary columns (Accept: application/x-nereid-points). Each page of the columns must hold
// exactly the points and the `next` of the same page in the per-point form, NaN and infinities included; the binary
// form is read here byte by byte as docs/api.md lays it out, not with the app's decoder.
#include "apiclient.h"
#include "helpers.h"
#include "seriespoints.h"
#include "testserver.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <QtEndian>
#include <QtTest>

using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/forms");
const QString Loss = QStringLiteral("train/loss");
const QByteArray BinaryType = "application/x-nereid-points";
constexpr double Inf = std::numeric_limits<double>::infinity();

// A page in one shape for every form: values in their wire form ("NaN", ...), `next` null or a number.
struct Page
{
    QList<double> steps, timestamps;
    QList<QJsonValue> values;
    QJsonValue next;
    QString problem; // why the answer could not be read
};

bool sameNumber(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() || b.isString())
        return a.isString() && a == b;
    return a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble();
}

// Where two pages differ, or empty.
QString difference(const Page &got, const Page &want)
{
    if (!got.problem.isEmpty())
        return got.problem;
    if (got.steps.size() != want.steps.size())
        return QStringLiteral("%1 points, not %2").arg(got.steps.size()).arg(want.steps.size());
    for (qsizetype i = 0; i < got.steps.size(); ++i) {
        if (got.steps[i] != want.steps[i] || got.timestamps[i] != want.timestamps[i] ||
            !sameNumber(got.values[i], want.values[i]))
            return QStringLiteral("point %1 is [%2, %3, %4], not [%5, %6, %7]")
                .arg(i)
                .arg(got.steps[i])
                .arg(QString::fromUtf8(show(got.values[i])))
                .arg(got.timestamps[i])
                .arg(want.steps[i])
                .arg(QString::fromUtf8(show(want.values[i])))
                .arg(want.timestamps[i]);
    }
    if (!(got.next.isNull() && want.next.isNull()) && !sameNumber(got.next, want.next))
        return QStringLiteral("next %1, not %2")
            .arg(QString::fromUtf8(show(got.next)), QString::fromUtf8(show(want.next)));
    return {};
}

Page fromPointsJson(const ApiReply &reply)
{
    Page page;
    for (const QJsonValue &point : reply[QStringLiteral("points")].toArray()) {
        page.steps.append(point[0].toDouble(NAN));
        page.values.append(point[1]);
        page.timestamps.append(point[2].toDouble(NAN));
    }
    page.next = reply[QStringLiteral("next")];
    return page;
}

Page fromColumnsJson(const ApiReply &reply)
{
    Page page;
    const QJsonArray steps = reply[QStringLiteral("steps")].toArray(),
                     values = reply[QStringLiteral("values")].toArray(),
                     timestamps = reply[QStringLiteral("timestamps")].toArray();
    if (values.size() != steps.size() || timestamps.size() != steps.size() ||
        reply.object().contains(QStringLiteral("points")))
        page.problem = QStringLiteral("columns of different lengths: ") + QString::fromUtf8(reply.body.left(300));
    for (qsizetype i = 0; i < steps.size() && page.problem.isEmpty(); ++i) {
        page.steps.append(steps[i].toDouble(NAN));
        page.values.append(values[i]);
        page.timestamps.append(timestamps[i].toDouble(NAN));
    }
    page.next = reply[QStringLiteral("next")];
    return page;
}

// docs/api.md, "Binary points": "NRDP", u16 version 1, u16 flags (bit 0: has next), u64 count, f64 next, then
// the steps, values and timestamps columns, all little-endian.
Page fromBinary(const QByteArray &bytes)
{
    Page page;
    const char *in = bytes.constData();
    if (bytes.size() < 24 || std::memcmp(in, "NRDP", 4) != 0 || qFromLittleEndian<quint16>(in + 4) != 1) {
        page.problem = QStringLiteral("not a binary page of version 1: ") + QString::fromLatin1(bytes.left(64).toHex());
        return page;
    }
    const quint16 flags = qFromLittleEndian<quint16>(in + 6);
    const qint64 count = qint64(qFromLittleEndian<quint64>(in + 8));
    if (flags > 1 || bytes.size() != 24 + 24 * count) {
        page.problem = QStringLiteral("flags %1, %2 points in %3 bytes").arg(flags).arg(count).arg(bytes.size());
        return page;
    }
    const auto column = [&](int c, qint64 i) { return qFromLittleEndian<double>(in + 24 + 8 * (c * count + i)); };
    for (qint64 i = 0; i < count; ++i) {
        page.steps.append(column(0, i));
        page.values.append(wire(column(1, i)));
        page.timestamps.append(column(2, i));
    }
    page.next = flags & 1 ? QJsonValue(qFromLittleEndian<double>(in + 16)) : QJsonValue();
    return page;
}

// Every fourth point or so is NaN or an infinity, in runs as well as alone.
Points withNonFinite(Points points)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i % 7 == 3 || (i / 50) % 9 == 4)
            points[i].value = NAN;
        else if (i % 11 == 5)
            points[i].value = Inf;
        else if (i % 13 == 6)
            points[i].value = -Inf;
    }
    return points;
}

} // namespace

class TestServerSeriesForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormPagesAlike_data();
    void everyFormPagesAlike();
    void largestPageInEveryForm();
    void binaryBytesAsDocumented();
    void stringSeriesAnswerJson();
    void acceptAndLayoutChoices_data();
    void acceptAndLayoutChoices();
    void refusesBadLayoutAndLimit_data();
    void refusesBadLayoutAndLimit();

private:
    QString newRun(const Points &points);
    ApiReply page(const QString &run, const QString &query, const QByteArray &accept = {})
    {
        const QString path = runPath(run) + QStringLiteral("/series?") + query;
        return accept.isEmpty() ? m_api->get(path) : m_api->sendRaw("GET", path, {}, {{"Accept", accept}});
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};

void TestServerSeriesForms::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("FRM")), 201);
}

QString TestServerSeriesForms::newRun(const Points &points)
{
    QString run = createRun(*m_api, Project)[QStringLiteral("id")].toString();
    const ApiReply written = appendPoints(*m_api, run, Loss, points);
    if (written.status != 200)
        qWarning() << "points not written:" << written.describe();
    return run;
}

void TestServerSeriesForms::everyFormPagesAlike_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("from"); // empty: not given
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("uneven pages across blocks") << 2000 << 333 << QString() << QString() << 2000;
    QTest::newRow("limit divides the count") << 1000 << 250 << QString() << QString() << 1000;
    QTest::newRow("one point a page") << 7 << 1 << QString() << QString() << 7;
    QTest::newRow("a range starting mid-block") << 1500 << 97 << QStringLiteral("200") << QStringLiteral("900") << 701;
    QTest::newRow("bounds between steps") << 1500 << 100 << QStringLiteral("99.5") << QStringLiteral("1049.25") << 950;
    QTest::newRow("an empty range") << 100 << 10 << QStringLiteral("500") << QString() << 0;
}

void TestServerSeriesForms::everyFormPagesAlike()
{
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, expected);
    const QString run = newRun(withNonFinite(randomWalk(count, 0, 1, quint32(count + limit))));
    qsizetype read = 0;
    for (int pages = 0; pages < 10000; ++pages) {
        QString query = QStringLiteral("path=train/loss&limit=%1").arg(limit);
        if (!from.isEmpty())
            query += QStringLiteral("&from=") + from;
        if (!to.isEmpty())
            query += QStringLiteral("&to=") + to;
        const ApiReply points = page(run, query);
        NEREID_EXPECT_STATUS(points, 200);
        const Page want = fromPointsJson(points);
        const ApiReply columns = page(run, query + QStringLiteral("&layout=columns"));
        NEREID_EXPECT_STATUS(columns, 200);
        QVERIFY2(columns.contentType.startsWith("application/json"), columns.contentType.constData());
        QCOMPARE(columns[QStringLiteral("path")].toString(), Loss);
        QCOMPARE(columns[QStringLiteral("type")].toString(), QStringLiteral("floatSeries"));
        const QString columnsDiffer = difference(fromColumnsJson(columns), want);
        QVERIFY2(columnsDiffer.isEmpty(), qPrintable(QStringLiteral("columns, page %1: ").arg(pages) + columnsDiffer));
        const ApiReply binary = page(run, query, BinaryType);
        NEREID_EXPECT_STATUS(binary, 200);
        QCOMPARE(binary.contentType, BinaryType);
        const QString binaryDiffers = difference(fromBinary(binary.body), want);
        QVERIFY2(binaryDiffers.isEmpty(), qPrintable(QStringLiteral("binary, page %1: ").arg(pages) + binaryDiffers));
        read += want.steps.size();
        if (want.next.isNull())
            break;
        from = QString::number(want.next.toDouble(), 'g', 17);
    }
    QCOMPARE(read, qsizetype(expected));
}

void TestServerSeriesForms::largestPageInEveryForm()
{
    // Pages of at most 100,000 points in every form (docs/api.md): the largest holds the same in each.
    constexpr int Count = 100001;
    const QString run = newRun(withNonFinite(randomWalk(Count, 0, 1, 5)));
    const QString query = QStringLiteral("path=train/loss&limit=100000");
    const ApiReply points = page(run, query);
    NEREID_EXPECT_STATUS(points, 200);
    const Page want = fromPointsJson(points);
    QCOMPARE(want.steps.size(), 100000);
    QCOMPARE(want.next.toDouble(), 100000.0);
    const ApiReply columns = page(run, query + QStringLiteral("&layout=columns"));
    NEREID_EXPECT_STATUS(columns, 200);
    const QString columnsDiffer = difference(fromColumnsJson(columns), want);
    QVERIFY2(columnsDiffer.isEmpty(), qPrintable(columnsDiffer));
    const ApiReply binary = page(run, query, BinaryType);
    NEREID_EXPECT_STATUS(binary, 200);
    const QString binaryDiffers = difference(fromBinary(binary.body), want);
    QVERIFY2(binaryDiffers.isEmpty(), qPrintable(binaryDiffers));
}

void TestServerSeriesForms::binaryBytesAsDocumented()
{
    const QString run = newRun({{0, NAN, 10}, {1.5, -Inf, 11.25}, {7, 0.1, 12}});
    const ApiReply first = page(run, QStringLiteral("path=train/loss&limit=2"), BinaryType);
    NEREID_EXPECT_STATUS(first, 200);
    QCOMPARE(first.contentType, BinaryType);
    const auto f64 = [](double value) {
        QByteArray bytes(8, Qt::Uninitialized);
        qToLittleEndian<double>(value, bytes.data());
        return bytes;
    };
    const QByteArray nan = QByteArray::fromHex("000000000000f87f"), minusInf = QByteArray::fromHex("000000000000f0ff");
    QByteArray want = "NRDP" +
                      QByteArray::fromHex("0100"
                                          "0100"
                                          "0200000000000000") +
                      f64(7);
    want += f64(0) + f64(1.5) + nan + minusInf + f64(10) + f64(11.25);
    QCOMPARE(first.body.toHex(), want.toHex());
    const ApiReply last = page(run, QStringLiteral("path=train/loss&limit=2&from=7"), BinaryType);
    want = "NRDP" +
           QByteArray::fromHex("0100"
                               "0000"
                               "0100000000000000") +
           f64(0);
    want += f64(7) + f64(0.1) + f64(12);
    QCOMPARE(last.body.toHex(), want.toHex());
    const ApiReply none = page(run, QStringLiteral("path=train/loss&from=100"), BinaryType);
    want = "NRDP" +
           QByteArray::fromHex("0100"
                               "0000") +
           QByteArray(16, '\0');
    QCOMPARE(none.body.toHex(), want.toHex());
}

void TestServerSeriesForms::stringSeriesAnswerJson()
{
    // A string series has no binary form: asked for it, the server answers JSON, by `layout` as without Accept.
    const QString run = createRun(*m_api, Project)[QStringLiteral("id")].toString();
    QList<QJsonArray> lines;
    for (int i = 0; i < 25; ++i)
        lines.append(point(i * 3, QStringLiteral("line \"%1\"\n\t✓").arg(i), 100.5 + i));
    NEREID_EXPECT_STATUS(
        applyOperations(*m_api, run, {appendOp(QStringLiteral("log"), QStringLiteral("stringSeries"), lines)}), 200);
    QString from = QStringLiteral("0");
    qsizetype read = 0;
    while (!from.isEmpty()) {
        const QString query = QStringLiteral("path=log&limit=10&from=") + from;
        const ApiReply points = page(run, query);
        const Page want = fromPointsJson(points);
        const ApiReply asked = page(run, query, BinaryType);
        NEREID_EXPECT_STATUS(asked, 200);
        QVERIFY2(asked.contentType.startsWith("application/json"), asked.contentType.constData());
        QCOMPARE(asked.body, points.body);
        const ApiReply columns = page(run, query + QStringLiteral("&layout=columns"), BinaryType);
        NEREID_EXPECT_STATUS(columns, 200);
        QCOMPARE(columns[QStringLiteral("type")].toString(), QStringLiteral("stringSeries"));
        const QString differ = difference(fromColumnsJson(columns), want);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
        for (qsizetype i = 0; i < want.values.size(); ++i)
            QCOMPARE(columns[QStringLiteral("values")][i], lines[read + i][1]);
        read += want.steps.size();
        from = want.next.isNull() ? QString() : QString::number(want.next.toDouble());
    }
    QCOMPARE(read, lines.size());
}

void TestServerSeriesForms::acceptAndLayoutChoices_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("form"); // points, columns or binary
    QTest::newRow("default") << QByteArray() << QString() << "points";
    QTest::newRow("layout=points") << QByteArray() << "points"
                                   << "points";
    QTest::newRow("layout=columns") << QByteArray() << "columns"
                                    << "columns";
    QTest::newRow("any type") << QByteArray("*/*") << QString() << "points";
    QTest::newRow("JSON") << QByteArray("application/json") << "columns"
                          << "columns";
    QTest::newRow("binary") << BinaryType << QString() << "binary";
    QTest::newRow("binary before layout") << BinaryType << "columns"
                                          << "binary";
    QTest::newRow("binary among others") << QByteArray("application/json;q=0.5, application/x-nereid-points;q=0.9")
                                         << QString() << "binary";
    QTest::newRow("binary in capitals") << QByteArray("Application/X-Nereid-Points") << QString() << "binary";
    QTest::newRow("binary refused with q=0") << QByteArray("application/x-nereid-points;q=0") << QString() << "points";
}

void TestServerSeriesForms::acceptAndLayoutChoices()
{
    QFETCH(QByteArray, accept);
    QFETCH(QString, layout);
    QFETCH(QString, form);
    static const QString run = newRun({{0, 1.5, 10}, {1, NAN, 11}});
    const ApiReply reply = page(
        run, QStringLiteral("path=train/loss") + (layout.isEmpty() ? QString() : QStringLiteral("&layout=") + layout),
        accept);
    NEREID_EXPECT_STATUS(reply, 200);
    const QString got = reply.contentType == BinaryType                     ? QStringLiteral("binary")
                        : reply.object().contains(QStringLiteral("steps"))  ? QStringLiteral("columns")
                        : reply.object().contains(QStringLiteral("points")) ? QStringLiteral("points")
                                                                            : QString::fromUtf8(reply.describe());
    QCOMPARE(got, form);
}

void TestServerSeriesForms::refusesBadLayoutAndLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString invalid = QStringLiteral("invalid_request");
    QTest::newRow("unknown layout") << "path=train/loss&layout=rows" << QByteArray() << 400 << invalid;
    QTest::newRow("points over 100000") << "path=train/loss&limit=100001" << QByteArray() << 400 << invalid;
    QTest::newRow("columns over 100000") << "path=train/loss&layout=columns&limit=100001" << QByteArray() << 400
                                         << invalid;
    QTest::newRow("binary over 100000") << "path=train/loss&limit=100001" << BinaryType << 400 << invalid;
    QTest::newRow("binary, limit 0") << "path=train/loss&limit=0" << BinaryType << 400 << invalid;
    QTest::newRow("binary, unknown layout") << "path=train/loss&layout=x" << BinaryType << 400 << invalid;
    QTest::newRow("binary, unknown series") << "path=train/nothing" << BinaryType << 404 << "unknown_field";
    QTest::newRow("string series over 100000")
        << "path=log&layout=columns&limit=100001" << QByteArray() << 400 << invalid;
}

void TestServerSeriesForms::refusesBadLayoutAndLimit()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    QFETCH(QString, error);
    static const QString run = [this] {
        QString id = newRun({{0, 1.5, 10}});
        applyOperations(
            *m_api, id,
            {appendOp(QStringLiteral("log"), QStringLiteral("stringSeries"), {point(0, QStringLiteral("x"))})});
        return id;
    }();
    // Refusals are JSON errors whatever the client accepts.
    const ApiReply reply = page(run, query, accept);
    NEREID_EXPECT_STATUS(reply, status);
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
    QCOMPARE(reply.errorCode(), error);
    QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
}

QTEST_GUILESS_MAIN(TestServerSeriesForms)
#include "test_server_seriesforms.moc"
