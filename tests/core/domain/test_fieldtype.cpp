#include "domain/fieldtype.h"

#include <QSet>
#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nereid::FieldType)

// The wire names of field types (docs/api.md) and the names people see.
class TestFieldType : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void unknownNames_data();
    void unknownNames();
    void namesAreDistinct();
};

void TestFieldType::names_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("wireName");
    QTest::addColumn<bool>("series");

    QTest::newRow("float") << FieldType::Float << u"float"_s << false;
    QTest::newRow("int") << FieldType::Int << u"int"_s << false;
    QTest::newRow("bool") << FieldType::Bool << u"bool"_s << false;
    QTest::newRow("string") << FieldType::String << u"string"_s << false;
    QTest::newRow("datetime") << FieldType::Datetime << u"datetime"_s << false;
    QTest::newRow("stringSet") << FieldType::StringSet << u"stringSet"_s << false;
    QTest::newRow("floatSeries") << FieldType::FloatSeries << u"floatSeries"_s << true;
    QTest::newRow("stringSeries") << FieldType::StringSeries << u"stringSeries"_s << true;
    QTest::newRow("file") << FieldType::File << u"file"_s << false;
    QTest::newRow("fileSet") << FieldType::FileSet << u"fileSet"_s << false;
    QTest::newRow("fileSeries") << FieldType::FileSeries << u"fileSeries"_s << true;
    QTest::newRow("artifact") << FieldType::Artifact << u"artifact"_s << false;
}

void TestFieldType::names()
{
    QFETCH(FieldType, type);
    QFETCH(QString, wireName);
    QFETCH(bool, series);

    QCOMPARE(fieldTypeName(type), wireName);
    QCOMPARE(fieldTypeFromName(wireName), std::optional<FieldType>(type));
    QCOMPARE(isSeries(type), series);
    QVERIFY(!fieldTypeDisplayName(type).isEmpty());
}

void TestFieldType::unknownNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Float"_s;
    QTest::newRow("upper case") << u"FLOAT"_s;
    QTest::newRow("display name") << u"Float series"_s;
    QTest::newRow("lower-cased camel") << u"stringset"_s;
    QTest::newRow("snake case") << u"string_set"_s;
    QTest::newRow("long form") << u"integer"_s;
    QTest::newRow("leading space") << u" float"_s;
    QTest::newRow("trailing space") << u"float "_s;
    QTest::newRow("neptune's name for a file set") << u"fileSetAttribute"_s;
    QTest::newRow("file, capitalised") << u"File"_s;
    QTest::newRow("prefix") << u"flo"_s;
}

void TestFieldType::unknownNames()
{
    QFETCH(QString, name);

    QCOMPARE(fieldTypeFromName(name), std::nullopt);
}

void TestFieldType::namesAreDistinct()
{
    QSet<QString> wireNames;
    QSet<QString> displayNames;
    for (int i = 0; i <= int(FieldType::Artifact); ++i) {
        wireNames.insert(fieldTypeName(FieldType(i)));
        displayNames.insert(fieldTypeDisplayName(FieldType(i)));
    }
    QCOMPARE(wireNames.size(), 12);
    QCOMPARE(displayNames.size(), 12);
}

QTEST_GUILESS_MAIN(TestFieldType)
#include "test_fieldtype.moc"
