#include "views/filterbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// The filter box on its own: Esc clears it, field paths and keywords complete the word being typed, and a hint
// (a query searched as words) shows under the line unless an error does.
class TestFilterBox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FilterBox> m_box;
    QLineEdit *m_edit = nullptr;

    QStringList offered() const
    {
        QStringList items;
        QCompleter *completer = m_box->findChild<QCompleter *>(u"filterCompleter"_s);
        if (!completer->popup()->isVisible())
            return items;
        for (int row = 0; completer->setCurrentRow(row); ++row)
            items.append(completer->currentCompletion());
        return items;
    }

private slots:
    void init()
    {
        m_box = std::make_unique<FilterBox>();
        m_box->setPathSource([] {
            return QStringList{u"sys/id"_s, u"sys/name"_s, u"params/lr"_s, u"params/lr_decay"_s, u"train/loss"_s};
        });
        m_box->resize(600, 60);
        m_box->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
        m_edit = m_box->findChild<QLineEdit *>(u"filterEdit"_s);
        m_edit->setFocus();
    }

    void cleanup() { m_box.reset(); }

    void escapeClearsTheFilter()
    {
        QSignalSpy requested(m_box.get(), &FilterBox::filterRequested);
        QTest::keyClicks(m_edit, u"resnet"_s);
        QTRY_COMPARE(requested.size(), 1); // after the typing pause
        QCOMPARE(requested.last().first().toString(), u"resnet"_s);
        QTest::keyClick(m_edit, Qt::Key_Escape);
        QVERIFY(m_edit->text().isEmpty());
        QCOMPARE(requested.size(), 2); // at once: no pause to wait for
        QCOMPARE(requested.last().first().toString(), QString());
    }

    void completesPathsAndKeywordsOfTheWordTyped()
    {
        QTest::keyClicks(m_edit, u"lr"_s);
        // Anywhere in the path: the namespace need not be typed.
        QTRY_COMPARE(offered(), (QStringList{u"params/lr"_s, u"params/lr_decay"_s}));
        QCompleter *completer = m_box->findChild<QCompleter *>(u"filterCompleter"_s);
        completer->setCurrentRow(0);
        emit completer->activated(completer->currentCompletion()); // as a click or Enter on the row does
        QCOMPARE(m_edit->text(), u"params/lr"_s);

        QTest::keyClicks(m_edit, u" > 0.01 an"_s);
        QTRY_COMPARE(offered(), QStringList{u"AND"_s});
        emit completer->activated(u"AND"_s);
        QCOMPARE(m_edit->text(), u"params/lr > 0.01 AND"_s);
        QTest::keyClicks(m_edit, u" train/lo"_s);
        QTRY_COMPARE(offered(), QStringList{u"train/loss"_s});
        QSignalSpy requested(m_box.get(), &FilterBox::filterRequested);
        emit completer->activated(u"train/loss"_s);
        QCOMPARE(m_edit->text(), u"params/lr > 0.01 AND train/loss"_s);
        QTRY_COMPARE(requested.size(), 1); // a completion filters as typing does
    }

    void noCompletionWhereAValueGoes()
    {
        QTest::keyClicks(m_edit, u"sys/name = lr"_s);
        QTest::qWait(50);
        QVERIFY(offered().isEmpty());
    }

    void hintShowsUnlessAnErrorDoes()
    {
        auto *hint = m_box->findChild<QLabel *>(u"filterHint"_s);
        auto *error = m_box->findChild<QLabel *>(u"filterError"_s);
        m_box->showHint(u"No run has a field lr"_s);
        QVERIFY(hint->isVisible());
        m_box->showError(QueryError::syntax(3, u"a value"_s, u"the end of the query"_s));
        QVERIFY(error->isVisible());
        QVERIFY(!hint->isVisible());
        m_box->showError(QueryError());
        QVERIFY(hint->isVisible());
        m_box->showHint(QString());
        QVERIFY(!hint->isVisible());
    }
};

QTEST_MAIN(TestFilterBox)
#include "test_filterbox.moc"
