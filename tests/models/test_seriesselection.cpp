// SeriesSelection (issue 17): what a chart of several series draws, from the text the user typed.
#include "models/seriesselection.h"

#include <QTest>

using namespace nereid;

class TestSeriesSelection : public QObject
{
    Q_OBJECT

private slots:
    void onePathIsOnePath();
    void globStaysWithinANamespace();
    void listKeepsTheUsersOrder();
    void regularExpressionBetweenSlashes();
    void brokenInputSaysWhy();
};

namespace {

const QStringList Available{QStringLiteral("train/loss"), QStringLiteral("val/loss"), QStringLiteral("train/acc"),
                            QStringLiteral("deep/nested/loss"), QStringLiteral("val/acc")};

} // namespace

void TestSeriesSelection::onePathIsOnePath()
{
    const SeriesSelection selection(QStringLiteral(" train/loss "));
    QVERIFY(selection.isSinglePath());
    QCOMPARE(selection.text(), QStringLiteral("train/loss"));
    QVERIFY(selection.error().isEmpty());
    QCOMPARE(selection.resolve(Available), QStringList{QStringLiteral("train/loss")});
    QCOMPARE(selection.resolve({}), QStringList{QStringLiteral("train/loss")}); // drawn before a run logs it
}

void TestSeriesSelection::globStaysWithinANamespace()
{
    const SeriesSelection selection(QStringLiteral("*/loss"));
    QVERIFY(!selection.isSinglePath());
    QCOMPARE(selection.resolve(Available), (QStringList{QStringLiteral("train/loss"), QStringLiteral("val/loss")}));
    QVERIFY(!selection.matches(QStringLiteral("deep/nested/loss")));
    QVERIFY(!selection.matches(QStringLiteral("train/loss2")));
    QVERIFY(!selection.matches(QStringLiteral("train/Loss"))); // paths are case-sensitive
    QCOMPARE(SeriesSelection(QStringLiteral("val/*")).resolve(Available),
             (QStringList{QStringLiteral("val/acc"), QStringLiteral("val/loss")}));
}

void TestSeriesSelection::listKeepsTheUsersOrder()
{
    const SeriesSelection selection(QStringLiteral("val/loss, train/loss,train/*"));
    QCOMPARE(selection.resolve(Available),
             (QStringList{QStringLiteral("val/loss"), QStringLiteral("train/loss"), QStringLiteral("train/acc")}));
    QCOMPARE(SeriesSelection(QStringLiteral("val/loss, test/loss")).resolve(Available),
             (QStringList{QStringLiteral("val/loss"), QStringLiteral("test/loss")}));
    QVERIFY(!SeriesSelection(QStringLiteral("a, b")).isSinglePath());
}

void TestSeriesSelection::regularExpressionBetweenSlashes()
{
    const SeriesSelection selection(QStringLiteral("/loss$/"));
    QCOMPARE(selection.resolve(Available), (QStringList{QStringLiteral("deep/nested/loss"),
                                                        QStringLiteral("train/loss"), QStringLiteral("val/loss")}));
    QCOMPARE(SeriesSelection(QStringLiteral("/^(train|val)/acc/")).resolve(Available),
             (QStringList{QStringLiteral("train/acc"), QStringLiteral("val/acc")}));
}

void TestSeriesSelection::brokenInputSaysWhy()
{
    const SeriesSelection broken(QStringLiteral("/(unclosed/"));
    QVERIFY(broken.error().contains(QStringLiteral("/(unclosed/")));
    QCOMPARE(broken.resolve(Available), QStringList());
    QVERIFY(!SeriesSelection(QStringLiteral(" , ")).error().isEmpty());
    QVERIFY(!SeriesSelection().isSinglePath());
}

QTEST_GUILESS_MAIN(TestSeriesSelection)
#include "test_seriesselection.moc"
