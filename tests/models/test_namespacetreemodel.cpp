#include "models/namespacetreemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

QJsonObject fields()
{
    return {{u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.001)},
            {u"params/optimizer/name"_s, RunFixtures::atom(u"string"_s, u"Adam"_s)},
            {u"params/layer10"_s, RunFixtures::atom(u"int"_s, 64)},
            {u"params/layer2"_s, RunFixtures::atom(u"int"_s, 128)},
            {u"data/sets"_s, RunFixtures::atom(u"stringSet"_s, QJsonArray{u"train"_s, u"val"_s})},
            {u"train/loss"_s, RunFixtures::floatSeries(1500, 0.125, 0.1, 2.3)},
            {u"train/log"_s, RunFixtures::stringSeries(3, u"epoch 2 done"_s)},
            {u"finished"_s, RunFixtures::atom(u"bool"_s, true)}};
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, NamespaceTreeModel::NameColumn, parent).data().toString());
    return names;
}

} // namespace

// The namespace tree of the current run: its shape and values, and updates that change only what changed.
class TestNamespaceTreeModel : public QObject
{
    Q_OBJECT

private slots:
    // Numbers are formatted in the user's locale: pin one, so the expected texts hold on every machine.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void showsNamespacesFirstWithTypesAndValues();
    void syncUpdatesInPlace();
    void otherRunKeepsCommonNamespaces();
    void noRunEmptiesTheTree();
    void runOfNineThousandFields();

private:
    QString value(const QString &path, int column = NamespaceTreeModel::ValueColumn) const
    {
        const QModelIndex index = m_model->indexOfPath(path);
        return index.siblingAtColumn(column).data().toString();
    }

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<NamespaceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestNamespaceTreeModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QJsonObject other{{u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.1)},
                      {u"eval/acc"_s, RunFixtures::atom(u"float"_s, 0.9)}};
    QVERIFY(m_fixtures->apply({RunFixtures::run(1, {}, fields()), RunFixtures::run(2, {}, other)}));
    m_model = std::make_unique<NamespaceTreeModel>(&m_fixtures->cache());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setRun(u"SWP-1"_s);
}

void TestNamespaceTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixtures.reset();
}

void TestNamespaceTreeModel::showsNamespacesFirstWithTypesAndValues()
{
    QCOMPARE(childNames(*m_model), (QStringList{u"data"_s, u"params"_s, u"sys"_s, u"train"_s, u"finished"_s}));
    const QModelIndex params = m_model->indexOfPath(u"params"_s);
    QCOMPARE(childNames(*m_model, params), (QStringList{u"optimizer"_s, u"layer2"_s, u"layer10"_s, u"lr"_s}));
    QVERIFY(params.data(NamespaceTreeModel::IsNamespaceRole).toBool());
    QCOMPARE(value(u"params"_s, NamespaceTreeModel::TypeColumn), u"Namespace"_s);
    QCOMPARE(value(u"params/lr"_s), u"0.001"_s);
    QCOMPARE(value(u"params/lr"_s, NamespaceTreeModel::TypeColumn), fieldTypeDisplayName(FieldType::Float));
    QCOMPARE(value(u"params/optimizer/name"_s), u"Adam"_s);
    QCOMPARE(value(u"data/sets"_s), u"train, val"_s);
    QCOMPARE(value(u"finished"_s), u"yes"_s);
    QCOMPARE(value(u"train/loss"_s), u"0.125 (1,500 points)"_s);
    QCOMPARE(value(u"train/log"_s), u"epoch 2 done (3 points)"_s);
    QCOMPARE(value(u"sys/owner"_s), u"alice"_s);
    QCOMPARE(value(u"sys/tags"_s), u"sweep"_s);
    QCOMPARE(m_model->indexOfPath(u"params/optimizer/name"_s).data(NamespaceTreeModel::PathRole).toString(),
             u"params/optimizer/name"_s);
    QVERIFY(!m_model->indexOfPath(u"params/nope"_s).isValid());
}

void TestNamespaceTreeModel::syncUpdatesInPlace()
{
    const QPersistentModelIndex optimizer = m_model->indexOfPath(u"params/optimizer"_s);
    const QPersistentModelIndex loss = m_model->indexOfPath(u"train/loss"_s);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QJsonObject next = fields();
    next.insert(u"train/loss"_s, RunFixtures::floatSeries(1600, 0.11, 0.1, 2.3));
    next.insert(u"train/acc"_s, RunFixtures::floatSeries(10, 0.8, 0.1, 0.8));
    next.remove(u"train/log"_s);
    QVERIFY(m_fixtures->apply({RunFixtures::run(1, {{u"name"_s, u"renamed"_s}}, next)}));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QVERIFY(optimizer.isValid());
    QCOMPARE(optimizer.data(NamespaceTreeModel::PathRole).toString(), u"params/optimizer"_s);
    QCOMPARE(QModelIndex(loss).siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString(),
             u"0.11 (1,600 points)"_s);
    QCOMPARE(childNames(*m_model, m_model->indexOfPath(u"train"_s)), (QStringList{u"acc"_s, u"loss"_s}));
    QCOMPARE(value(u"sys/name"_s), u"renamed"_s);
    // One dataChanged per parent whose fields changed (sys, train), none for untouched params.
    QStringList parents;
    for (const QList<QVariant> &signal : changed)
        parents.append(signal[0].toModelIndex().parent().data(NamespaceTreeModel::PathRole).toString());
    parents.sort();
    QCOMPARE(parents, (QStringList{u"sys"_s, u"train"_s}));
}

void TestNamespaceTreeModel::otherRunKeepsCommonNamespaces()
{
    const QPersistentModelIndex params = m_model->indexOfPath(u"params"_s);
    const QPersistentModelIndex lr = m_model->indexOfPath(u"params/lr"_s);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"SWP-1 · run 1"_s);
    m_model->setRun(u"SWP-2"_s);
    QCOMPARE(reset.size(), 0);
    // The header names the run shown.
    QCOMPARE(header.size(), 1);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"SWP-2 · run 2"_s);
    QVERIFY(params.isValid()); // a view keeps it expanded
    QVERIFY(lr.isValid());
    QCOMPARE(QModelIndex(lr).siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString(), u"0.1"_s);
    QCOMPARE(childNames(*m_model), (QStringList{u"eval"_s, u"params"_s, u"sys"_s}));
    QCOMPARE(childNames(*m_model, params), QStringList{u"lr"_s});
    QCOMPARE(value(u"sys/id"_s), u"SWP-2"_s);
}

void TestNamespaceTreeModel::noRunEmptiesTheTree()
{
    m_model->setRun(QString());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    m_model->setRun(u"SWP-404"_s);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setRun(u"SWP-1"_s);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestNamespaceTreeModel::runOfNineThousandFields()
{
    // The most a run may hold, in one namespace, logged in reverse order: rows must still come out sorted.
    QJsonObject many;
    for (int i = 8999; i >= 0; --i)
        many.insert(u"metrics/m%1"_s.arg(i), RunFixtures::atom(u"float"_s, i / 10.0));
    QVERIFY(m_fixtures->apply({RunFixtures::run(3, {}, many)}));
    QElapsedTimer timer;
    timer.start();
    m_model->setRun(u"SWP-3"_s);
    qInfo("a run of 9,000 fields: %lld ms", qint64(timer.elapsed()));
    const QModelIndex metrics = m_model->indexOfPath(u"metrics"_s);
    QCOMPARE(m_model->rowCount(metrics), 9000);
    QCOMPARE(m_model->index(10, 0, metrics).data().toString(), u"m10"_s); // m9 before m10, naturally
    const QModelIndex last = m_model->indexOfPath(u"metrics/m8999"_s);
    QCOMPARE(last.row(), 8999);
    QCOMPARE(last.parent(), metrics);
    QCOMPARE(last.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString(), u"899.9"_s);
}

QTEST_GUILESS_MAIN(TestNamespaceTreeModel)
#include "test_namespacetreemodel.moc"
