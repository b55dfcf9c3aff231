#include "domain/fieldpath.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

namespace {

// A string of one UTF-16 code unit, for the control characters and lone surrogates literals cannot hold.
QString unit(char16_t code)
{
    return QString(QChar(code));
}

} // namespace

// The path rules of fieldpath.h: every path the server, cache and app accept goes through FieldPath.
class TestFieldPath : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidPaths_data();
    void acceptsValidPaths();
    void refusesInvalidPaths_data();
    void refusesInvalidPaths();
    void refusesInvalidUtf8_data();
    void refusesInvalidUtf8();
    void nameAndParent_data();
    void nameAndParent();
    void isSys_data();
    void isSys();
    void isWithin_data();
    void isWithin();
};

void TestFieldPath::acceptsValidPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("name only") << u"lr"_s << QStringList{u"lr"_s};
    QTest::newRow("namespace") << u"params/lr"_s << QStringList{u"params"_s, u"lr"_s};
    QTest::newRow("deep") << u"a/b/c/d"_s << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("inner spaces") << u"train metrics/batch loss"_s << QStringList{u"train metrics"_s, u"batch loss"_s};
    QTest::newRow("sys") << u"sys/name"_s << QStringList{u"sys"_s, u"name"_s};
    QTest::newRow("cyrillic") << u"параметры/скорость"_s << QStringList{u"параметры"_s, u"скорость"_s};
    QTest::newRow("cjk") << u"数据/损失"_s << QStringList{u"数据"_s, u"损失"_s};
    QTest::newRow("astral plane") << u"metrics/🚀"_s << QStringList{u"metrics"_s, u"🚀"_s};
    QTest::newRow("punctuation") << u"a.b/c-d_e:f"_s << QStringList{u"a.b"_s, u"c-d_e:f"_s};
    // Exactly the limit of 1024 bytes, with characters of every UTF-8 length.
    QTest::newRow("1024 ascii") << u"a"_s.repeated(1024) << QStringList{u"a"_s.repeated(1024)};
    QTest::newRow("1024 bytes of 2-byte") << u"é"_s.repeated(512) << QStringList{u"é"_s.repeated(512)};
    QTest::newRow("1024 bytes of 3-byte")
        << u"€"_s.repeated(341) + u"a"_s << QStringList{u"€"_s.repeated(341) + u"a"_s};
    QTest::newRow("1024 bytes of 4-byte") << u"🚀"_s.repeated(256) << QStringList{u"🚀"_s.repeated(256)};
    QTest::newRow("1024 bytes in namespaces") << u"a"_s.repeated(511) + u"/"_s + u"b"_s.repeated(512)
                                              << QStringList{u"a"_s.repeated(511), u"b"_s.repeated(512)};
}

void TestFieldPath::acceptsValidPaths()
{
    QFETCH(QString, text);
    QFETCH(QStringList, segments);

    const Result<FieldPath> parsed = FieldPath::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(), text);
    QCOMPARE(parsed->segments(), segments);
    QVERIFY(!parsed->isEmpty());

    // The same path arriving as bytes from the wire.
    const Result<FieldPath> fromBytes = FieldPath::parseUtf8(text.toUtf8());
    QVERIFY(fromBytes.ok());
    QCOMPARE(fromBytes.value(), parsed.value());
}

void TestFieldPath::refusesInvalidPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the message must quote

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("1025 ascii") << u"a"_s.repeated(1025) << u"a"_s.repeated(40);
    // Fewer than 1024 characters, more than 1024 bytes: the limit counts bytes.
    QTest::newRow("513 two-byte chars") << u"é"_s.repeated(513) << u"é"_s.repeated(40);
    QTest::newRow("342 three-byte chars") << u"€"_s.repeated(342) << u"€"_s.repeated(40);
    QTest::newRow("257 four-byte chars") << u"🚀"_s.repeated(257) << u"🚀"_s.repeated(20);
    QTest::newRow("1024 chars, 1025 bytes") << u"a"_s.repeated(1023) + u"é"_s << u"a"_s.repeated(40);
    QTest::newRow("leading slash") << u"/lr"_s << u"/lr"_s;
    QTest::newRow("trailing slash") << u"params/"_s << u"params/"_s;
    QTest::newRow("double slash") << u"params//lr"_s << u"params//lr"_s;
    QTest::newRow("slash only") << u"/"_s << u"/"_s;
    QTest::newRow("leading space") << u" lr"_s << u" lr"_s;
    QTest::newRow("trailing space") << u"lr "_s << u"lr "_s;
    QTest::newRow("space after slash") << u"params/ lr"_s << u"params/ lr"_s;
    QTest::newRow("space before slash") << u"params /lr"_s << u"params /lr"_s;
    QTest::newRow("no-break space") << u"params/\u00a0lr"_s << u"params/\u00a0lr"_s;
    QTest::newRow("ideographic space") << u"params/lr\u3000"_s << u"params/lr\u3000"_s;
    QTest::newRow("U+0000") << u"a"_s + unit(0x0) + u"b"_s << u"U+0000"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"U+0009"_s;
    QTest::newRow("newline") << u"params/lr\n"_s << u"U+000a"_s;
    QTest::newRow("U+001F") << u"a"_s + unit(0x1f) + u"b"_s << u"U+001f"_s;
    QTest::newRow("U+007F delete") << u"a"_s + unit(0x7f) + u"b"_s << u"U+007f"_s;
    QTest::newRow("U+0085 next line") << u"a"_s + unit(0x85) + u"b"_s << u"U+0085"_s;
    QTest::newRow("U+009F") << u"a"_s + unit(0x9f) + u"b"_s << u"U+009f"_s;
    QTest::newRow("lone high surrogate") << u"a"_s + unit(0xd800) << u"a"_s;
    QTest::newRow("lone low surrogate") << unit(0xdc00) + u"/b"_s << u"/b"_s;
    QTest::newRow("swapped surrogates") << u"a/"_s + unit(0xdc00) + unit(0xd800) << u"a/"_s;
}

void TestFieldPath::refusesInvalidPaths()
{
    QFETCH(QString, text);
    QFETCH(QString, named);

    const Result<FieldPath> parsed = FieldPath::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidPath);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY2(parsed.error().message.contains(named, Qt::CaseInsensitive), qPrintable(parsed.error().message));
    if (text.size() <= 40 && text.isValidUtf16())
        QVERIFY2(parsed.error().message.contains(text), qPrintable(parsed.error().message));
}

void TestFieldPath::refusesInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("0xff") << QByteArray("params/\xff");
    QTest::newRow("lone continuation byte") << QByteArray("a\x80"
                                                          "b");
    QTest::newRow("truncated sequence") << QByteArray("params/\xc3");
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf"
                                                  "b");
    QTest::newRow("encoded surrogate") << QByteArray("a\xed\xa0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80");
}

void TestFieldPath::refusesInvalidUtf8()
{
    QFETCH(QByteArray, bytes);

    const Result<FieldPath> parsed = FieldPath::parseUtf8(bytes);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidPath);
    QVERIFY(parsed.error().message.contains(u"UTF-8"_s));
}

void TestFieldPath::nameAndParent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent"); // empty: no parent

    QTest::newRow("top level") << u"lr"_s << u"lr"_s << QString();
    QTest::newRow("one namespace") << u"params/lr"_s << u"lr"_s << u"params"_s;
    QTest::newRow("deep") << u"a/b/c"_s << u"c"_s << u"a/b"_s;
    QTest::newRow("unicode") << u"数据/训练/损失"_s << u"损失"_s << u"数据/训练"_s;
}

void TestFieldPath::nameAndParent()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, parent);

    const FieldPath path = FieldPath::parse(text).value();
    QCOMPARE(path.name(), name);
    QCOMPARE(path.parent().toString(), parent);
    QCOMPARE(path.parent().isEmpty(), parent.isEmpty());
    if (!parent.isEmpty()) {
        QCOMPARE(path.parent(), FieldPath::parse(parent).value());
        QVERIFY(path.isWithin(path.parent()));
    }
}

void TestFieldPath::isSys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sys");

    QTest::newRow("sys itself") << u"sys"_s << true;
    QTest::newRow("sys field") << u"sys/name"_s << true;
    QTest::newRow("deeper") << u"sys/a/b"_s << true;
    QTest::newRow("prefix only") << u"system/name"_s << false;
    QTest::newRow("sysx") << u"sysx"_s << false;
    QTest::newRow("nested sys") << u"params/sys"_s << false;
    QTest::newRow("capitalised") << u"Sys/name"_s << false;
}

void TestFieldPath::isSys()
{
    QFETCH(QString, text);
    QFETCH(bool, sys);

    QCOMPARE(FieldPath::parse(text)->isSys(), sys);
}

void TestFieldPath::isWithin_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ancestor"); // empty: the root
    QTest::addColumn<bool>("within");

    QTest::newRow("itself") << u"params/lr"_s << u"params/lr"_s << true;
    QTest::newRow("child") << u"params/lr"_s << u"params"_s << true;
    QTest::newRow("grandchild") << u"a/b/c"_s << u"a"_s << true;
    QTest::newRow("root holds all") << u"a/b/c"_s << QString() << true;
    QTest::newRow("name prefix is not a namespace") << u"params2/lr"_s << u"params"_s << false;
    QTest::newRow("segment prefix") << u"a/bc"_s << u"a/b"_s << false;
    QTest::newRow("parent is not within child") << u"params"_s << u"params/lr"_s << false;
    QTest::newRow("sibling") << u"params/lr"_s << u"params/wd"_s << false;
    QTest::newRow("case matters") << u"Params/lr"_s << u"params"_s << false;
}

void TestFieldPath::isWithin()
{
    QFETCH(QString, path);
    QFETCH(QString, ancestor);
    QFETCH(bool, within);

    const FieldPath ancestorPath = ancestor.isEmpty() ? FieldPath() : FieldPath::parse(ancestor).value();
    QCOMPARE(FieldPath::parse(path)->isWithin(ancestorPath), within);
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "test_fieldpath.moc"
