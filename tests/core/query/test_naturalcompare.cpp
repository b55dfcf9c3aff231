#include "query/naturalcompare.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// The order of text in sorted tables: numbers inside names by value, case aside.
class TestNaturalCompare : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
};

void TestNaturalCompare::order_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second"); // strictly after `first`
    QTest::newRow("run ids") << u"CLS-9"_s << u"CLS-10"_s;
    QTest::newRow("numbers inside") << u"resnet50-v2"_s << u"resnet101-v1"_s;
    QTest::newRow("case aside") << u"alpha"_s << u"Beta"_s;
    QTest::newRow("prefix first") << u"base"_s << u"baseline"_s;
    QTest::newRow("same but case") << u"Adam"_s << u"adam"_s;
    QTest::newRow("same but leading zeros") << u"run-007"_s << u"run-7"_s;
    QTest::newRow("zero") << u"v0"_s << u"v1"_s;
    QTest::newRow("long numbers") << u"99999999999999999999"_s << u"100000000000000000000"_s;
    QTest::newRow("digits before letters") << u"1a"_s << u"a1"_s;
}

void TestNaturalCompare::order()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(naturalCompare(first, second) < 0);
    QVERIFY(naturalCompare(second, first) > 0);
    QCOMPARE(naturalCompare(first, first), 0);
}

QTEST_GUILESS_MAIN(TestNaturalCompare)
#include "test_naturalcompare.moc"
