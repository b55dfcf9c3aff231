// StrictJson (issue 15): every request body is parsed per RFC 8259. QJsonDocument alone accepted "\x41", "\q",
// raw TAB or NUL bytes and lone surrogates in strings; each bad text is refused at its first bad byte.
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

// A bad text as the part that is still JSON and the part from the first bad byte on, so the expected offset is
// the first part's length instead of a count by hand.
void badRow(const char *name, const QByteArray &good, const QByteArray &bad, const char *reason)
{
    QTest::newRow(name) << good + bad << good.size() << QString::fromLatin1(reason);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void refusesInvalidText_data();
    void refusesInvalidText();
    void acceptsValidText_data();
    void acceptsValidText();
    void refusesDeepNestingWithoutRecursion();
    void scalarTextIsNoDocument();
    void refusesNumbersBeyondDouble();
};

void TestStrictJson::refusesInvalidText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("reason"); // a word the reason must hold

    const QByteArray s = "{\"s\":\""; // inside a string value
    // Escapes QJsonDocument took.
    badRow("\\x41", s + '\\', "x41\"}", "escape");
    badRow("\\q", s + '\\', "q\"}", "escape");
    badRow("\\'", s + '\\', "'\"}", "escape");
    badRow("\\U0041", s + '\\', "U0041\"}", "escape");
    badRow("\\a", s + '\\', "a\"}", "escape");
    badRow("\\0", s + '\\', "0\"}", "escape");
    badRow("\\v", s + '\\', "v\"}", "escape");
    badRow("\\u with 2 digits", s + "\\u12", "\"}", "escape");
    badRow("\\u with a non-hex digit", s + "\\u12", "G4\"}", "escape");
    // Raw control characters in strings.
    badRow("raw TAB", s + 'a', "\tb\"}", "control");
    badRow("raw LF", s + 'a', "\nb\"}", "control");
    badRow("raw CR", s, "\r\"}", "control");
    badRow("raw NUL", s + 'a', QByteArray("\0b\"}", 4), "control");
    badRow("raw 0x01", s, "\x01\"}", "control");
    badRow("raw 0x1f", s, "\x1f\"}", "control");
    badRow("raw TAB in a key", "{\"a", "\tb\":1}", "control");
    // Surrogate escapes that are not one pair, high then low.
    badRow("lone high surrogate", s + "\\uD800", "\"}", "surrogate");
    badRow("high surrogate, then a letter", s + "\\uD800", "x\"}", "surrogate");
    badRow("high surrogate, then \\n", s + "\\uD800\\", "n\"}", "surrogate");
    badRow("high surrogate, then \\u0041", s + "\\uD800\\u", "0041\"}", "surrogate");
    badRow("two high surrogates", s + "\\uD800\\uD", "800\"}", "surrogate");
    badRow("low surrogate first", s + "\\uD", "C00\\uD800\"}", "surrogate");
    badRow("lone low surrogate, lower case", s + "\\ud", "fff\"}", "surrogate");
    badRow("high surrogate at the end", s + "\\uDBFF", "", "ends");
    // Bytes that are not UTF-8.
    badRow("0xff", s, "\xff\"}", "UTF-8");
    badRow("stray continuation byte", s + 'a', "\x80\"}", "UTF-8");
    badRow("overlong NUL (C0 80)", s, "\xc0\x80\"}", "UTF-8");
    badRow("overlong slash (E0 80 AF)", s + '\xe0', "\x80\xaf\"}", "UTF-8");
    badRow("overlong 4 bytes (F0 8F)", s + '\xf0', "\x8f\xbf\xbf\"}", "UTF-8");
    badRow("UTF-8 surrogate (ED A0 80)", s + '\xed', "\xa0\x80\"}", "UTF-8");
    badRow("beyond U+10FFFF (F4 90)", s + '\xf4', "\x90\x80\x80\"}", "UTF-8");
    badRow("F5 lead", s, "\xf5\x80\x80\x80\"}", "UTF-8");
    badRow("truncated sequence", s + "\xe2\x82", "\"}", "UTF-8");
    badRow("UTF-16 with a BOM", "", QByteArray("\xff\xfe{\0}\0", 6), "unexpected");
    badRow("UTF-8 BOM", "", "\xef\xbb\xbf{}", "unexpected");
    // Numbers outside JSON's grammar.
    badRow("leading zero", "[0", "1]", "number");
    badRow("leading zero alone", "0", "1", "number");
    badRow("negative leading zero", "[-0", "7]", "number");
    badRow("plus sign", "[", "+1]", "number");
    badRow("no integer part", "[", ".5]", "number");
    badRow("nothing after the point", "[1.", "]", "number");
    badRow("point then exponent", "[1.", "e5]", "number");
    badRow("nothing after e", "[1e", "]", "number");
    badRow("nothing after e+", "[1e+", "]", "number");
    badRow("minus alone", "[-", "]", "number");
    badRow("minus at the end", "-", "", "number");
    badRow("hexadecimal", "[0", "x10]", "unexpected");
    // NaN and infinities as bare tokens: clients send them as strings (docs/api.md).
    badRow("NaN", "[", "NaN]", "NaN");
    badRow("Infinity", "{\"v\":", "Infinity}", "NaN");
    badRow("-Infinity", "[-", "Infinity]", "NaN");
    badRow("nan, lower case", "[n", "an]", "unexpected");
    // The text is one value, and it is whole.
    badRow("empty body", "", "", "ends");
    badRow("whitespace only", " \n", "", "ends");
    badRow("garbage after the object", "{} ", "x", "after");
    badRow("two objects", "{}", "{}", "after");
    badRow("an extra brace", "{\"a\":1}", "}", "after");
    badRow("a NUL after the object", "{}", QByteArray("\0", 1), "after");
    badRow("unterminated object", "{\"a\":1", "", "ends");
    badRow("unterminated string", "[\"abc", "", "ends");
    badRow("missing colon", "{\"a\" ", "1}", "unexpected");
    badRow("trailing comma in an object", "{\"a\":1,", "}", "unexpected");
    badRow("trailing comma in an array", "[1,", "]", "unexpected");
    badRow("single-quoted key", "{", "'a':1}", "unexpected");
    badRow("bare key", "{", "a:1}", "unexpected");
    badRow("truncated literal", "[tru", "", "ends");
    badRow("misspelt literal", "[tru", "x]", "unexpected");
    badRow("form feed as whitespace", "[1", "\f]", "unexpected");
    badRow("513 levels deep", QByteArray(512, '['), "[]" + QByteArray(512, ']'), "nested");
}

void TestStrictJson::refusesInvalidText()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QFETCH(QString, reason);

    StrictJson::Error error;
    const QJsonDocument document = StrictJson::parse(text, &error);
    QVERIFY(document.isNull());
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.reason.contains(reason, Qt::CaseInsensitive), qPrintable(error.reason));
}

void TestStrictJson::acceptsValidText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QJsonValue>("value"); // of the member "s", or the array when the text is one

    QTest::newRow("escaped surrogate pair") << QByteArray("{\"s\":\"\\uD83D\\uDE80\"}") << QJsonValue(u"🚀"_s);
    QTest::newRow("escaped pair, lower case") << QByteArray("{\"s\":\"\\ud83d\\ude80\"}") << QJsonValue(u"🚀"_s);
    QTest::newRow("highest pair") << QByteArray("{\"s\":\"\\uDBFF\\uDFFF\"}") << QJsonValue(u"\U0010FFFF"_s);
    QTest::newRow("escaped NUL") << QByteArray("{\"s\":\"a\\u0000b\"}") << QJsonValue(QString(u"a\0b"_s));
    QTest::newRow("every short escape") << QByteArray(R"({"s":"\"\\\/\b\f\n\r\t"})")
                                        << QJsonValue(u"\"\\/\b\f\n\r\t"_s);
    QTest::newRow("BMP escapes around the surrogates")
        << QByteArray("{\"s\":\"\\uD7FF\\uE000\\uFFFF\"}") << QJsonValue(u"\uD7FF\uE000\uFFFF"_s);
    QTest::newRow("raw UTF-8 of every length")
        << QByteArray("{\"s\":\"\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e\"}") << QJsonValue(u"é€𝄞"_s);
    QTest::newRow("raw UTF-8 at the edges")
        << QByteArray("{\"s\":\"\xc2\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf\xf4\x8f\xbf\xbf\"}")
        << QJsonValue(u"\u0080\uD7FF\uE000\uFFFF\U0010FFFF"_s);
    QTest::newRow("raw DEL") << QByteArray("{\"s\":\"a\x7f\"}") << QJsonValue(u"a\x7f"_s);
    QTest::newRow("empty key and value") << QByteArray("{\"\":1,\"s\":\"\"}") << QJsonValue(u""_s);
    QTest::newRow("numbers") << QByteArray("[0,-0,1.5e-3,1E+2,-1.0e10,2e0,123456789012345678901234567890]")
                             << QJsonValue(QJsonArray{0, 0.0, 1.5e-3, 100, -1e10, 2, 1.2345678901234568e29});
    QTest::newRow("literals") << QByteArray("[true,false,null]") << QJsonValue(QJsonArray{true, false, QJsonValue()});
    QTest::newRow("whitespace everywhere") << QByteArray(" \t\r\n[ 1 , { \"a\" : [ ] } ]\n")
                                           << QJsonValue(QJsonArray{1, QJsonObject{{u"a"_s, QJsonArray()}}});
    QTest::newRow("float series points as the API sends them")
        << QByteArray(R"({"s":[[0,0.9,1763805600.0],[1,"NaN",1763805601.5],[null,"-Infinity",null]]})")
        << QJsonValue(QJsonArray{QJsonArray{0, 0.9, 1763805600.0}, QJsonArray{1, u"NaN"_s, 1763805601.5},
                                 QJsonArray{QJsonValue(), u"-Infinity"_s, QJsonValue()}});
}

void TestStrictJson::acceptsValidText()
{
    QFETCH(QByteArray, text);
    QFETCH(QJsonValue, value);

    StrictJson::Error error;
    const QJsonDocument document = StrictJson::parse(text, &error);
    QVERIFY2(error.offset < 0, qPrintable(u"%1 at byte %2"_s.arg(error.reason).arg(error.offset)));
    QCOMPARE(document.isArray() ? QJsonValue(document.array()) : document.object().value(u"s"_s), value);
}

void TestStrictJson::refusesDeepNestingWithoutRecursion()
{
    // 512 levels are fine; a megabyte of '[' is refused at the 513th instead of overflowing a stack.
    StrictJson::Error error;
    QVERIFY(StrictJson::parse(nested(512), &error).isArray());
    QCOMPARE(error.offset, qsizetype(-1));
    QVERIFY(StrictJson::parse("{\"a\":" + nested(511) + '}', &error).isObject());

    QVERIFY(StrictJson::parse(QByteArray(1 << 20, '['), &error).isNull());
    QCOMPARE(error.offset, qsizetype(512));
    QVERIFY2(error.reason.contains(u"512"_s), qPrintable(error.reason));
    QVERIFY(StrictJson::parse(QByteArray(1 << 20, '{').replace("{{", "{\"\":"), &error).isNull());
    QCOMPARE(error.offset, qsizetype(512 * 4));
}

void TestStrictJson::scalarTextIsNoDocument()
{
    // A string, number or literal alone is valid JSON, but no document: callers that want an object say so.
    for (const QByteArray text : {"\"x\"", " 1 ", "null", "-0.5e3"}) {
        StrictJson::Error error;
        QVERIFY(StrictJson::parse(text, &error).isNull());
        QVERIFY2(error.offset < 0, text.constData());
    }
}

void TestStrictJson::refusesNumbersBeyondDouble()
{
    // JSON's grammar has no limit; QJsonDocument refuses what a double cannot hold, at the byte after the number.
    for (const QByteArray text : {"[1e400]", "[-1e400]", "[1e-400]"}) {
        StrictJson::Error error;
        QVERIFY(StrictJson::parse(text, &error).isNull());
        QCOMPARE(error.offset, text.size() - 1);
    }
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "test_strictjson.moc"
