// BinaryPoints: the binary form of a page of float-series points (docs/api.md, "Binary points"). What the server
// writes reads back bit for bit; anything else a server or a proxy could send is refused with a reason, never read
// in part or past its end.
#include "domain/binarypoints.h"

#include <bit>
#include <limits>
#include <QtEndian>
#include <QtTest>

using namespace nereid;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

QList<FloatPoint> somePoints()
{
    return {{0, 0.5, 1763805600}, {1, qQNaN(), 1763805600.25}, {2.5, Inf, 1763805601}, {3, -Inf, 1763805602},
            {1e15, -0.0, -5},     {1e15 + 1, 1e-300, 0}};
}

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

// A page of `count` points whose header is then changed by `edit`.
QByteArray edited(qsizetype count, const std::function<void(QByteArray &)> &edit)
{
    QList<FloatPoint> points;
    for (qsizetype i = 0; i < count; ++i)
        points.append({double(i), double(i) / 2, 100.0 + i});
    QByteArray bytes = BinaryPoints::encode(points, count > 0 ? std::optional<double>(count) : std::nullopt);
    edit(bytes);
    return bytes;
}

} // namespace

class TestBinaryPoints : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatItWrites_data();
    void readsBackWhatItWrites();
    void writesOneQuietNaN();
    void refusesWhatIsNotAWholePage_data();
    void refusesWhatIsNotAWholePage();
};

void TestBinaryPoints::readsBackWhatItWrites_data()
{
    QTest::addColumn<QList<FloatPoint>>("points");
    QTest::addColumn<std::optional<double>>("next");
    QTest::newRow("no points, no next") << QList<FloatPoint>() << std::optional<double>();
    QTest::newRow("non-finite values, a next") << somePoints() << std::optional<double>(1e15 + 2.5);
    QTest::newRow("the last page") << somePoints() << std::optional<double>();
}

void TestBinaryPoints::readsBackWhatItWrites()
{
    QFETCH(QList<FloatPoint>, points);
    QFETCH(std::optional<double>, next);
    const QByteArray bytes = BinaryPoints::encode(points, next);
    QCOMPARE(bytes.size(), 24 + 24 * points.size());
    const Result<BinaryPoints> page = BinaryPoints::decode(bytes);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
    QCOMPARE(page->next, next);
    QCOMPARE(page->points.size(), points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const FloatPoint &got = page->points[i], &want = points[i];
        QVERIFY2(sameBits(got.step, want.step) && sameBits(got.timestamp, want.timestamp),
                 qPrintable(QString::number(i)));
        QVERIFY2(std::isnan(want.value) ? std::isnan(got.value) : sameBits(got.value, want.value),
                 qPrintable(QString::number(i)));
    }
}

void TestBinaryPoints::writesOneQuietNaN()
{
    // Whatever NaN was stored, the wire carries 0x7ff8000000000000, as docs/api.md says.
    const double signalling = std::numeric_limits<double>::signaling_NaN(), negative = -qQNaN();
    const QByteArray bytes = BinaryPoints::encode({{0, signalling, 0}, {1, negative, 0}}, std::nullopt);
    QCOMPARE(bytes.mid(24 + 16, 16).toHex(), QByteArray("000000000000f87f000000000000f87f"));
}

void TestBinaryPoints::refusesWhatIsNotAWholePage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a word of the message
    const auto put64 = [](qsizetype at, quint64 value) {
        return [at, value](QByteArray &bytes) { qToLittleEndian<quint64>(value, bytes.data() + at); };
    };
    const auto putDouble = [](qsizetype at, double value) {
        return [at, value](QByteArray &bytes) { qToLittleEndian<double>(value, bytes.data() + at); };
    };
    QTest::newRow("empty") << QByteArray() << "header";
    QTest::newRow("shorter than the header") << edited(3, [](QByteArray &b) { b.truncate(20); }) << "header";
    QTest::newRow("JSON") << QByteArray(R"({"points": [], "next": null, "path": "x"})") << "NRDP";
    QTest::newRow("another version") << edited(3, [](QByteArray &b) { b[4] = 2; }) << "version";
    QTest::newRow("unknown flags") << edited(3, [](QByteArray &b) { b[6] = 3; }) << "flags";
    QTest::newRow("cut short") << edited(1000, [](QByteArray &b) { b.chop(qsizetype(8) * 1000); }) << "announces";
    QTest::newRow("cut mid-number") << edited(3, [](QByteArray &b) { b.chop(3); }) << "announces";
    QTest::newRow("bytes beyond the count") << edited(3, [](QByteArray &b) { b.append(24, '\0'); }) << "announces";
    QTest::newRow("a count that overflows") << edited(3, put64(8, 0x0aaaaaaaaaaaaaabULL)) << "announces";
    QTest::newRow("the largest count") << edited(3, put64(8, ~0ULL)) << "announces";
    QTest::newRow("steps going back") << edited(3, putDouble(24 + 8, -1)) << "step";
    QTest::newRow("a step twice") << edited(3, putDouble(24 + 16, 1)) << "step";
    QTest::newRow("a NaN step") << edited(3, putDouble(24, qQNaN())) << "step";
    QTest::newRow("an infinite timestamp") << edited(3, putDouble(24 + 48 + 8, Inf)) << "timestamp";
    QTest::newRow("a next before the last step") << edited(3, putDouble(16, 1)) << "next";
    QTest::newRow("a NaN next") << edited(3, putDouble(16, qQNaN())) << "next";
    QTest::newRow("a next without points") << edited(0, [](QByteArray &b) { b[6] = 1; }) << "next";
}

void TestBinaryPoints::refusesWhatIsNotAWholePage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const Result<BinaryPoints> page = BinaryPoints::decode(bytes);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::InvalidValue);
    QVERIFY2(page.error().message.contains(reason), qPrintable(page.error().message));
}

QTEST_GUILESS_MAIN(TestBinaryPoints)
#include "test_binarypoints.moc"
