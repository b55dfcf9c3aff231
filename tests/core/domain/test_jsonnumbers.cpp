#include "domain/jsonnumbers.h"

#include <cmath>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

// How the values of float series carry NaN and ±Infinity through JSON, which has neither.
class TestJsonNumbers : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void refusesOtherJson_data();
    void refusesOtherJson();
};

void TestJsonNumbers::roundTrip_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("written"); // the value inside a compact JSON array

    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("fraction") << 0.25 << QByteArray("0.25");
    QTest::newRow("negative") << -3.5 << QByteArray("-3.5");
    QTest::newRow("huge") << 1e300 << QByteArray("1e+300");
    QTest::newRow("max double") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157e+308");
    QTest::newRow("NaN") << NaN << QByteArray("\"NaN\"");
    QTest::newRow("+Infinity") << Inf << QByteArray("\"Infinity\"");
    QTest::newRow("-Infinity") << -Inf << QByteArray("\"-Infinity\"");
}

void TestJsonNumbers::roundTrip()
{
    QFETCH(double, number);
    QFETCH(QByteArray, written);

    const QByteArray text = QJsonDocument(QJsonArray{jsonFromDouble(number)}).toJson(QJsonDocument::Compact);
    QCOMPARE(text, "[" + written + "]");

    // Read back as a client or server would, from the text.
    const std::optional<double> read = doubleFromJson(QJsonDocument::fromJson(text).array().at(0));
    QVERIFY(read.has_value());
    if (std::isnan(number))
        QVERIFY(std::isnan(*read));
    else
        QCOMPARE(*read, number);
}

void TestJsonNumbers::refusesOtherJson_data()
{
    QTest::addColumn<QJsonValue>("json");

    QTest::newRow("lower-case nan") << QJsonValue(u"nan"_s);
    QTest::newRow("inf") << QJsonValue(u"inf"_s);
    QTest::newRow("+Infinity") << QJsonValue(u"+Infinity"_s);
    QTest::newRow("padded") << QJsonValue(u" Infinity"_s);
    QTest::newRow("number as string") << QJsonValue(u"1.5"_s);
    QTest::newRow("empty string") << QJsonValue(QString());
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("array") << QJsonValue(QJsonArray{1.5});
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_s, 1.5}});
}

void TestJsonNumbers::refusesOtherJson()
{
    QFETCH(QJsonValue, json);

    QCOMPARE(doubleFromJson(json), std::nullopt);
}

QTEST_GUILESS_MAIN(TestJsonNumbers)
#include "test_jsonnumbers.moc"
