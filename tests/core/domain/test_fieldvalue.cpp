#include "domain/fieldvalue.h"

#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace nereid;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nereid::FieldType)

namespace {

const QString Path = u"params/culprit"_s;

// A JSON value as a client would send it: parsed from text, so integers arrive as QJsonDocument reads them.
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", text.constData());
    return document.array().at(0);
}

QDateTime utc(int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 22), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

// FieldValue's JSON encoding: what a client may send for each atom type, and what is refused and why.
class TestFieldValue : public QObject
{
    Q_OBJECT

private slots:
    void acceptsJson_data();
    void acceptsJson();
    void refusesJson_data();
    void refusesJson();
    void keepsLargeIntegersExactOnTheWire();
    void stringSetIsSortedWithoutDuplicates();
    void dateTimeToWire_data();
    void dateTimeToWire();
    void dateTimeFromWire_data();
    void dateTimeFromWire();
    void dateTimeWithoutOffsetIgnoresLocalZone();
};

void TestFieldValue::acceptsJson_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QJsonValue>("wire"); // what toJson() gives back

    const QString bigAscii = u"x"_s.repeated(qsizetype(64) * 1024);
    const QString bigTwoByte = u"é"_s.repeated(qsizetype(32) * 1024);
    QTest::newRow("float") << FieldType::Float << json("0.5") << QJsonValue(0.5);
    QTest::newRow("float from integer") << FieldType::Float << json("3") << QJsonValue(3.0);
    QTest::newRow("float negative huge") << FieldType::Float << json("-1e300") << QJsonValue(-1e300);
    QTest::newRow("float tiny") << FieldType::Float << json("1e-300") << QJsonValue(1e-300);
    QTest::newRow("int") << FieldType::Int << json("42") << QJsonValue(42);
    QTest::newRow("int negative") << FieldType::Int << json("-7") << QJsonValue(-7);
    QTest::newRow("int zero") << FieldType::Int << json("0") << QJsonValue(0);
    QTest::newRow("int written as 1000.0") << FieldType::Int << json("1000.0") << QJsonValue(1000);
    QTest::newRow("int in exponent form") << FieldType::Int << json("1e3") << QJsonValue(1000);
    QTest::newRow("int 2^53") << FieldType::Int << json("9007199254740992") << QJsonValue(qint64(1) << 53);
    QTest::newRow("int -2^53") << FieldType::Int << json("-9007199254740992") << QJsonValue(-(qint64(1) << 53));
    QTest::newRow("bool true") << FieldType::Bool << json("true") << QJsonValue(true);
    QTest::newRow("bool false") << FieldType::Bool << json("false") << QJsonValue(false);
    QTest::newRow("string") << FieldType::String << json("\"adam\"") << QJsonValue(u"adam"_s);
    QTest::newRow("string empty") << FieldType::String << json("\"\"") << QJsonValue(QString());
    QTest::newRow("string unicode") << FieldType::String << json("\"λ = 0.1 🚀\"") << QJsonValue(u"λ = 0.1 🚀"_s);
    QTest::newRow("string 64 KiB ascii") << FieldType::String << QJsonValue(bigAscii) << QJsonValue(bigAscii);
    QTest::newRow("string 64 KiB two-byte") << FieldType::String << QJsonValue(bigTwoByte) << QJsonValue(bigTwoByte);
    QTest::newRow("datetime wire form") << FieldType::Datetime << json("\"2026-11-22T10:00:00.000Z\"")
                                        << QJsonValue(u"2026-11-22T10:00:00.000Z"_s);
    QTest::newRow("datetime without ms") << FieldType::Datetime << json("\"2026-11-22T10:00:00Z\"")
                                         << QJsonValue(u"2026-11-22T10:00:00.000Z"_s);
    QTest::newRow("datetime without offset is UTC")
        << FieldType::Datetime << json("\"2026-11-22T10:00:00\"") << QJsonValue(u"2026-11-22T10:00:00.000Z"_s);
    QTest::newRow("datetime ms without offset")
        << FieldType::Datetime << json("\"2026-11-22T10:00:00.123\"") << QJsonValue(u"2026-11-22T10:00:00.123Z"_s);
    QTest::newRow("datetime positive offset") << FieldType::Datetime << json("\"2026-11-22T12:00:00.250+02:00\"")
                                              << QJsonValue(u"2026-11-22T10:00:00.250Z"_s);
    QTest::newRow("datetime negative offset")
        << FieldType::Datetime << json("\"2026-11-22T05:30:00-04:30\"") << QJsonValue(u"2026-11-22T10:00:00.000Z"_s);
    QTest::newRow("datetime offset crosses midnight")
        << FieldType::Datetime << json("\"2026-11-23T01:00:00+09:00\"") << QJsonValue(u"2026-11-22T16:00:00.000Z"_s);
    // Python's datetime.isoformat() writes microseconds.
    QTest::newRow("datetime microseconds") << FieldType::Datetime << json("\"2026-11-22T10:00:00.123456+00:00\"")
                                           << QJsonValue(u"2026-11-22T10:00:00.123Z"_s);
    QTest::newRow("stringSet") << FieldType::StringSet << json(R"(["b", "a", "c"])")
                               << QJsonValue(QJsonArray{u"a"_s, u"b"_s, u"c"_s});
    QTest::newRow("stringSet duplicates")
        << FieldType::StringSet << json(R"(["b", "a", "b", "a"])") << QJsonValue(QJsonArray{u"a"_s, u"b"_s});
    QTest::newRow("stringSet empty") << FieldType::StringSet << json("[]") << QJsonValue(QJsonArray());
    QTest::newRow("stringSet unicode") << FieldType::StringSet << json(R"(["ü", "z", "a"])")
                                       << QJsonValue(QJsonArray{u"a"_s, u"z"_s, u"ü"_s});
    QTest::newRow("stringSet 64 KiB item")
        << FieldType::StringSet << QJsonValue(QJsonArray{bigAscii}) << QJsonValue(QJsonArray{bigAscii});
}

void TestFieldValue::acceptsJson()
{
    QFETCH(FieldType, type);
    QFETCH(QJsonValue, input);
    QFETCH(QJsonValue, wire);

    const Result<FieldValue> value = FieldValue::fromJson(type, input, Path);
    QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().message));
    QCOMPARE(value->type(), type);
    QCOMPARE(value->toJson(), wire);

    // What the server writes, a client reads back unchanged.
    const Result<FieldValue> again = FieldValue::fromJson(type, value->toJson(), Path);
    QVERIFY(again.ok());
    QVERIFY(again.value() == value.value());
    if (type == FieldType::Datetime)
        QCOMPARE(value->toDateTime().timeSpec(), Qt::UTC);
}

void TestFieldValue::refusesJson_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("code");

    const QString invalid = ErrorCode::InvalidValue;
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("float from string") << FieldType::Float << json("\"1.5\"") << invalid;
    QTest::newRow("float from bool") << FieldType::Float << json("true") << invalid;
    QTest::newRow("float from null") << FieldType::Float << json("null") << invalid;
    QTest::newRow("float from array") << FieldType::Float << json("[1.5]") << invalid;
    QTest::newRow("float from undefined") << FieldType::Float << QJsonValue(QJsonValue::Undefined) << invalid;
    QTest::newRow("float NaN") << FieldType::Float << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << invalid;
    QTest::newRow("float +Inf") << FieldType::Float << QJsonValue(inf) << invalid;
    QTest::newRow("float -Inf") << FieldType::Float << QJsonValue(-inf) << invalid;
    QTest::newRow("float NaN as string") << FieldType::Float << json("\"NaN\"") << invalid;
    QTest::newRow("int with fraction") << FieldType::Int << json("1.5") << invalid;
    QTest::newRow("int tiny fraction") << FieldType::Int << json("-0.000001") << invalid;
    QTest::newRow("int 2^53 + 1") << FieldType::Int << json("9007199254740993") << invalid;
    QTest::newRow("int -2^53 - 1") << FieldType::Int << json("-9007199254740993") << invalid;
    QTest::newRow("int 2^53 + 2 as double") << FieldType::Int << json("9007199254740994.0") << invalid;
    QTest::newRow("int qint64 max") << FieldType::Int << json("9223372036854775807") << invalid;
    QTest::newRow("int qint64 min") << FieldType::Int << json("-9223372036854775808") << invalid;
    QTest::newRow("int 1e300") << FieldType::Int << json("1e300") << invalid;
    QTest::newRow("int from string") << FieldType::Int << json("\"42\"") << invalid;
    QTest::newRow("int from bool") << FieldType::Int << json("true") << invalid;
    QTest::newRow("int NaN") << FieldType::Int << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << invalid;
    QTest::newRow("int Inf") << FieldType::Int << QJsonValue(inf) << invalid;
    QTest::newRow("bool from 1") << FieldType::Bool << json("1") << invalid;
    QTest::newRow("bool from string") << FieldType::Bool << json("\"true\"") << invalid;
    QTest::newRow("bool from null") << FieldType::Bool << json("null") << invalid;
    QTest::newRow("string from number") << FieldType::String << json("5") << invalid;
    QTest::newRow("string from null") << FieldType::String << json("null") << invalid;
    QTest::newRow("string from object") << FieldType::String << json(R"({"a": "b"})") << invalid;
    QTest::newRow("string 64 KiB + 1") << FieldType::String << QJsonValue(u"x"_s.repeated(64 * 1024 + 1)) << invalid;
    // Half as many characters as bytes: the limit counts UTF-8 bytes.
    QTest::newRow("string 32769 two-byte chars")
        << FieldType::String << QJsonValue(u"é"_s.repeated(32 * 1024 + 1)) << invalid;
    QTest::newRow("string 16385 four-byte chars")
        << FieldType::String << QJsonValue(u"🚀"_s.repeated(16 * 1024 + 1)) << invalid;
    QTest::newRow("datetime garbage") << FieldType::Datetime << json("\"yesterday\"") << invalid;
    QTest::newRow("datetime empty") << FieldType::Datetime << json("\"\"") << invalid;
    QTest::newRow("datetime date only") << FieldType::Datetime << json("\"2026-11-22\"") << invalid;
    QTest::newRow("datetime time only") << FieldType::Datetime << json("\"10:00:00\"") << invalid;
    QTest::newRow("datetime month 13") << FieldType::Datetime << json("\"2026-13-01T10:00:00Z\"") << invalid;
    QTest::newRow("datetime 30 February") << FieldType::Datetime << json("\"2026-02-30T10:00:00Z\"") << invalid;
    QTest::newRow("datetime hour 25") << FieldType::Datetime << json("\"2026-11-22T25:00:00Z\"") << invalid;
    QTest::newRow("datetime trailing junk") << FieldType::Datetime << json("\"2026-11-22T10:00:00Zjunk\"") << invalid;
    QTest::newRow("datetime as number") << FieldType::Datetime << json("1795341600") << invalid;
    QTest::newRow("datetime null") << FieldType::Datetime << json("null") << invalid;
    QTest::newRow("stringSet from string") << FieldType::StringSet << json("\"a\"") << invalid;
    QTest::newRow("stringSet from object") << FieldType::StringSet << json(R"({"a": 1})") << invalid;
    QTest::newRow("stringSet number item") << FieldType::StringSet << json(R"(["a", 1])") << invalid;
    QTest::newRow("stringSet null item") << FieldType::StringSet << json(R"(["a", null])") << invalid;
    QTest::newRow("stringSet nested array") << FieldType::StringSet << json(R"([["a"]])") << invalid;
    QTest::newRow("stringSet item over 64 KiB")
        << FieldType::StringSet << QJsonValue(QJsonArray{u"a"_s, u"é"_s.repeated(32 * 1024 + 1)}) << invalid;
    QTest::newRow("floatSeries") << FieldType::FloatSeries << json("1.5") << ErrorCode::InvalidType;
    QTest::newRow("stringSeries") << FieldType::StringSeries << json("\"a\"") << ErrorCode::InvalidType;
}

void TestFieldValue::refusesJson()
{
    QFETCH(FieldType, type);
    QFETCH(QJsonValue, input);
    QFETCH(QString, code);

    const Result<FieldValue> value = FieldValue::fromJson(type, input, Path);
    QVERIFY2(!value.ok(), qPrintable(value.ok() ? QString::number(value->toJson().toDouble(), 'g', 20) : QString()));
    QCOMPARE(value.error().code, code);
    QVERIFY2(value.error().message.contains(Path), qPrintable(value.error().message));
}

void TestFieldValue::keepsLargeIntegersExactOnTheWire()
{
    const qint64 twoTo53 = qint64(1) << 53;
    const FieldValue value = FieldValue::fromJson(FieldType::Int, json("9007199254740991"), Path).value();
    QCOMPARE(value.toInt(), twoTo53 - 1);
    const QByteArray written = QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact);
    QCOMPARE(written, QByteArray("[9007199254740991]"));
}

void TestFieldValue::stringSetIsSortedWithoutDuplicates()
{
    const FieldValue value = FieldValue::fromStringSet({u"v2"_s, u"best"_s, u"v2"_s, u"Best"_s});
    QCOMPARE(value.type(), FieldType::StringSet);
    QCOMPARE(value.toStringSet(), (QStringList{u"Best"_s, u"best"_s, u"v2"_s}));
    QVERIFY(value == FieldValue::fromStringSet({u"best"_s, u"Best"_s, u"v2"_s}));
}

void TestFieldValue::dateTimeToWire_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("wire");

    QTest::newRow("utc") << utc(10, 0, 0) << u"2026-11-22T10:00:00.000Z"_s;
    QTest::newRow("milliseconds") << utc(10, 0, 0, 7) << u"2026-11-22T10:00:00.007Z"_s;
    QTest::newRow("offset") << QDateTime(QDate(2026, 11, 22), QTime(12, 30), Qt::OffsetFromUTC, 2 * 3600)
                            << u"2026-11-22T10:30:00.000Z"_s;
    QTest::newRow("time zone") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Berlin"))
                               << u"2026-07-01T10:00:00.000Z"_s;
    QTest::newRow("new year") << QDateTime(QDate(2027, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 3 * 3600)
                              << u"2026-12-31T22:00:00.000Z"_s;
}

void TestFieldValue::dateTimeToWire()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, wire);

    QCOMPARE(nereid::dateTimeToWire(dateTime), wire);
    QCOMPARE(nereid::dateTimeFromWire(wire), std::optional<QDateTime>(dateTime));
    QCOMPARE(FieldValue::fromDateTime(dateTime).toJson(), QJsonValue(wire));
}

void TestFieldValue::dateTimeFromWire_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    QTest::newRow("wire form") << u"2026-11-22T10:00:00.000Z"_s << utc(10, 0, 0);
    QTest::newRow("no ms") << u"2026-11-22T10:00:00Z"_s << utc(10, 0, 0);
    QTest::newRow("no offset") << u"2026-11-22T10:00:00"_s << utc(10, 0, 0);
    QTest::newRow("no offset, ms") << u"2026-11-22T10:00:00.999"_s << utc(10, 0, 0, 999);
    QTest::newRow("no seconds") << u"2026-11-22T10:00Z"_s << utc(10, 0, 0);
    QTest::newRow("+00:00") << u"2026-11-22T10:00:00+00:00"_s << utc(10, 0, 0);
    QTest::newRow("+05:30") << u"2026-11-22T15:30:00.100+05:30"_s << utc(10, 0, 0, 100);
    QTest::newRow("-08:00") << u"2026-11-22T02:00:00-08:00"_s << utc(10, 0, 0);
    QTest::newRow("+0200") << u"2026-11-22T12:00:00+0200"_s << utc(10, 0, 0);
    QTest::newRow("garbage") << u"soon"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("date only") << u"2026-11-22"_s << QDateTime();
    QTest::newRow("space instead of T") << u"2026-11-22 10:00:00Z"_s << QDateTime();
    QTest::newRow("day 32") << u"2026-11-32T10:00:00Z"_s << QDateTime();
    QTest::newRow("minute 60") << u"2026-11-22T10:60:00Z"_s << QDateTime();
    QTest::newRow("unix time") << u"1795341600"_s << QDateTime();
}

void TestFieldValue::dateTimeFromWire()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const std::optional<QDateTime> parsed = nereid::dateTimeFromWire(text);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

// A wall-clock time that does not exist in the machine's zone (a DST gap) still means that time in UTC.
void TestFieldValue::dateTimeWithoutOffsetIgnoresLocalZone()
{
    const QByteArray savedZone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    const auto restore = qScopeGuard([&] { savedZone.isNull() ? qunsetenv("TZ") : qputenv("TZ", savedZone); });

    const QDateTime expected(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC);
    QCOMPARE(nereid::dateTimeFromWire(u"2026-03-29T02:30:00"_s), std::optional<QDateTime>(expected));
    QCOMPARE(nereid::dateTimeFromWire(u"2026-10-25T02:30:00"_s),
             std::optional<QDateTime>(QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC)));
}

QTEST_GUILESS_MAIN(TestFieldValue)
#include "test_fieldvalue.moc"
