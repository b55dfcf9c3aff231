#include "cache/vieweditor.h"
#include "models/savedviewsmodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace nereid;
using nereid::test::RunFixtures;

namespace {
QJsonObject query(const QString &text)
{
    return {{QStringLiteral("query"), text}};
}
} // namespace

// The open project's saved views as the toolbar's combo box shows them: from the cache, by name, the default marked,
// changes shown at once (before any server has them), other projects' views left out.
class TestSavedViewsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheProjectsViewsByName();
    void changesShowAtOnce();
    void withoutEditorIsEmptyAndRefusesChanges();

private:
    QStringList names() const;

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<ViewEditor> m_editor;
    std::unique_ptr<SavedViewsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSavedViewsModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    m_editor = std::make_unique<ViewEditor>(m_fixtures->cache());
    m_model = std::make_unique<SavedViewsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSavedViewsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_editor.reset();
    m_fixtures.reset();
}

QStringList TestSavedViewsModel::names() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row).data(SavedViewsModel::NameRole).toString());
    return names;
}

void TestSavedViewsModel::listsTheProjectsViewsByName()
{
    QVERIFY(m_editor->save(RunFixtures::Project, QStringLiteral("zeta"), query(QStringLiteral("z"))));
    QVERIFY(m_editor->save(RunFixtures::Project, QStringLiteral("Alpha"), query(QStringLiteral("a")), true));
    QVERIFY(m_editor->save(QStringLiteral("other/project"), QStringLiteral("elsewhere"), {}));
    m_model->setEditor(m_editor.get());
    m_model->setProject(RunFixtures::Project);
    QCOMPARE(names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("zeta")}));
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Alpha (default)"));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("zeta"));
    QCOMPARE(m_model->index(0).data(SavedViewsModel::DefaultRole).toBool(), true);
    QCOMPARE(m_model->defaultView(), QStringLiteral("Alpha"));
    QCOMPARE(m_model->state(QStringLiteral("zeta")), std::optional<QJsonObject>(query(QStringLiteral("z"))));
    QCOMPARE(m_model->state(QStringLiteral("elsewhere")), std::nullopt);
}

void TestSavedViewsModel::changesShowAtOnce()
{
    m_model->setEditor(m_editor.get());
    m_model->setProject(RunFixtures::Project);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->save(QStringLiteral("first"), query(QStringLiteral("1"))));
    QCOMPARE(names(), QStringList{QStringLiteral("first")});
    QVERIFY(m_model->save(QStringLiteral("second"), query(QStringLiteral("2"))));
    QVERIFY(m_model->setDefault(QStringLiteral("second")));
    QCOMPARE(m_model->defaultView(), QStringLiteral("second"));
    QVERIFY(m_model->setDefault(QStringLiteral("first")));
    QCOMPARE(m_model->defaultView(), QStringLiteral("first")); // one default per project
    QVERIFY(m_model->rename(QStringLiteral("first"), QStringLiteral("renamed")));
    QCOMPARE(names(), (QStringList{QStringLiteral("renamed"), QStringLiteral("second")}));
    QCOMPARE(m_model->defaultView(), QStringLiteral("renamed"));
    QVERIFY(!m_model->rename(QStringLiteral("renamed"), QStringLiteral("second"))); // taken
    QVERIFY(m_model->remove(QStringLiteral("second")));
    QCOMPARE(names(), QStringList{QStringLiteral("renamed")});
    // Every change waits for the server in the view outbox, in order.
    QCOMPARE(m_editor->outbox().size(), 7);
}

void TestSavedViewsModel::withoutEditorIsEmptyAndRefusesChanges()
{
    m_model->setProject(RunFixtures::Project);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->save(QStringLiteral("x"), {}));
    QVERIFY(!m_model->errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSavedViewsModel)
#include "test_savedviewsmodel.moc"
