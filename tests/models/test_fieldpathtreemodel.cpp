#include "domain/syscatalogue.h"
#include "models/fieldpathtreemodel.h"
#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, FieldPathTreeModel::NameColumn, parent).data().toString());
    return names;
}

// Every field path the model shows under `parent`, depth first.
QStringList fieldPaths(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, FieldPathTreeModel::NameColumn, parent);
        if (index.data(FieldPathTreeModel::IsFieldRole).toBool())
            paths.append(index.data(FieldPathTreeModel::PathRole).toString());
        paths += fieldPaths(model, index);
    }
    return paths;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, FieldPathTreeModel::NameColumn, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

// The column chooser's tree of a project's field paths: its shape, types, checkboxes, and the recursive
// filter the dialog puts over it, on runs written into a real cache.
class TestFieldPathTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sysFirstThenNamespacesInNaturalOrder();
    void fieldsCarryTheirTypes();
    void checkingByTheUserIsReported();
    void checksSurviveNewFieldsAndDropWithGoneOnes();
    void recursiveFilterKeepsMatchesAndTheirNamespaces();
    void fieldAndNamespaceOfOneName();
    void thousandsOfPaths();

private:
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunTableModel> m_runs;
    std::unique_ptr<FieldPathTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFieldPathTreeModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    const QJsonObject first{{u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.01)},
                            {u"params/layer10"_s, RunFixtures::atom(u"int"_s, 64)},
                            {u"params/layer2"_s, RunFixtures::atom(u"int"_s, 128)},
                            {u"params/model/depth"_s, RunFixtures::atom(u"int"_s, 18)},
                            {u"train/loss"_s, RunFixtures::floatSeries(100, 0.2, 0.1, 2.0)},
                            {u"train/accuracy"_s, RunFixtures::floatSeries(100, 0.9, 0.1, 0.95)}};
    // The second run has fields the first has not: the tree is the union of the project's runs.
    const QJsonObject second{{u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.1)},
                             {u"val/loss"_s, RunFixtures::floatSeries(10, 0.3, 0.25, 1.0)},
                             {u"monitoring/log"_s, RunFixtures::stringSeries(5, u"done"_s)},
                             {u"finished"_s, RunFixtures::atom(u"bool"_s, true)}};
    QVERIFY(m_fixtures->apply({RunFixtures::run(1, {}, first), RunFixtures::run(2, {}, second)}));
    m_runs = std::make_unique<RunTableModel>(&m_fixtures->cache());
    m_runs->setProject(RunFixtures::Project);
    QCOMPARE(m_runs->rowCount(), 2);
    m_model = std::make_unique<FieldPathTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setFields(FieldPathTreeModel::fieldsOf(*m_runs));
}

void TestFieldPathTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_runs.reset();
    m_fixtures.reset();
}

void TestFieldPathTreeModel::sysFirstThenNamespacesInNaturalOrder()
{
    QCOMPARE(childNames(*m_model),
             (QStringList{u"sys"_s, u"monitoring"_s, u"params"_s, u"train"_s, u"val"_s, u"finished"_s}));
    const QModelIndex params = childNamed(*m_model, u"params"_s);
    QCOMPARE(childNames(*m_model, params), (QStringList{u"model"_s, u"layer2"_s, u"layer10"_s, u"lr"_s}));
    QCOMPARE(params.data(FieldPathTreeModel::PathRole).toString(), u"params"_s);
    QVERIFY(!params.data(FieldPathTreeModel::IsFieldRole).toBool());
    const QModelIndex depth = m_model->indexOfPath(u"params/model/depth"_s);
    QCOMPARE(depth.data().toString(), u"depth"_s);
    QCOMPARE(depth.parent().data(FieldPathTreeModel::PathRole).toString(), u"params/model"_s);
    QCOMPARE(depth.parent().parent(), params);

    // sys in the catalogue's order, as the header menu lists them.
    QStringList sys;
    for (const SysField &field : SysCatalogue::fields()) {
        if (!field.modelVersionOnly)
            sys.append(field.name);
    }
    QCOMPARE(childNames(*m_model, childNamed(*m_model, u"sys"_s)), sys);
}

void TestFieldPathTreeModel::fieldsCarryTheirTypes()
{
    QCOMPARE(m_model->typeOf(u"train/loss"_s), FieldType::FloatSeries);
    QCOMPARE(m_model->typeOf(u"val/loss"_s), FieldType::FloatSeries); // only in the second run
    QCOMPARE(m_model->typeOf(u"monitoring/log"_s), FieldType::StringSeries);
    QCOMPARE(m_model->typeOf(u"params/model/depth"_s), FieldType::Int);
    QCOMPARE(m_model->typeOf(u"sys/creation_time"_s), FieldType::Datetime);
    QCOMPARE(m_model->typeOf(u"sys/tags"_s), FieldType::StringSet);
    QCOMPARE(m_model->typeOf(u"params"_s), std::nullopt); // a namespace
    QCOMPARE(m_model->typeOf(u"params/nope"_s), std::nullopt);
    const QModelIndex loss = m_model->indexOfPath(u"train/loss"_s);
    QCOMPARE(loss.siblingAtColumn(FieldPathTreeModel::TypeColumn).data().toString(),
             fieldTypeDisplayName(FieldType::FloatSeries));
    QCOMPARE(loss.data(FieldPathTreeModel::TypeRole).toInt(), int(FieldType::FloatSeries));
}

void TestFieldPathTreeModel::checkingByTheUserIsReported()
{
    QSignalSpy toggled(m_model.get(), &FieldPathTreeModel::checkToggled);
    const QModelIndex loss = m_model->indexOfPath(u"train/loss"_s);
    QVERIFY(loss.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->indexOfPath(u"params/model/depth"_s).parent().flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(loss.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QVERIFY(m_model->setData(loss, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(loss.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0), (QVariantList{u"train/loss"_s, true}));
    // Checked from code (the dialog following its list): shown, not reported back.
    m_model->setChecked(u"val/loss"_s, true);
    QVERIFY(m_model->isChecked(u"val/loss"_s));
    QCOMPARE(toggled.count(), 1);
    // A namespace has no checkbox.
    QVERIFY(!m_model->setData(loss.parent(), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!loss.parent().data(Qt::CheckStateRole).isValid());
}

void TestFieldPathTreeModel::checksSurviveNewFieldsAndDropWithGoneOnes()
{
    m_model->setChecked(u"train/loss"_s, true);
    m_model->setChecked(u"val/loss"_s, true);
    QList<FieldPathTreeModel::Field> fields = FieldPathTreeModel::fieldsOf(*m_runs);
    fields.removeIf([](const auto &field) { return field.path == u"val/loss"_s; });
    fields.append({u"test/loss"_s, FieldType::FloatSeries});
    m_model->setFields(fields);
    QVERIFY(m_model->isChecked(u"train/loss"_s));
    QVERIFY(!m_model->isChecked(u"val/loss"_s));
    QVERIFY(!m_model->indexOfPath(u"val/loss"_s).isValid());
    QVERIFY(!childNamed(*m_model, u"val"_s).isValid()); // the namespace went with its only field
    QVERIFY(m_model->indexOfPath(u"test/loss"_s).isValid());
}

void TestFieldPathTreeModel::recursiveFilterKeepsMatchesAndTheirNamespaces()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterRole(FieldPathTreeModel::PathRole);
    proxy.setSourceModel(m_model.get());

    proxy.setFilterFixedString(u"LOSS"_s);
    QCOMPARE(fieldPaths(proxy), (QStringList{u"train/loss"_s, u"val/loss"_s}));
    QCOMPARE(childNames(proxy), (QStringList{u"train"_s, u"val"_s}));
    // The whole path counts, not only the name: "model/" finds the field inside params/model.
    proxy.setFilterFixedString(u"model/"_s);
    QCOMPARE(fieldPaths(proxy), (QStringList{u"params/model/depth"_s}));
    proxy.setFilterFixedString(u"nothing like it"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(fieldPaths(proxy), fieldPaths(*m_model));
}

void TestFieldPathTreeModel::fieldAndNamespaceOfOneName()
{
    // One run logged "model" as a string, a later one as a namespace: the project has both.
    m_model->setFields({{u"params/model"_s, FieldType::String}, {u"params/model/depth"_s, FieldType::Int}});
    const QModelIndex params = childNamed(*m_model, u"params"_s);
    QCOMPARE(childNames(*m_model, params), (QStringList{u"model"_s, u"model"_s}));
    QVERIFY(!m_model->index(0, 0, params).data(FieldPathTreeModel::IsFieldRole).toBool()); // the namespace first
    QCOMPARE(m_model->indexOfPath(u"params/model"_s).row(), 1);
    QCOMPARE(m_model->indexOfPath(u"params/model/depth"_s).parent(), m_model->index(0, 0, params));
}

void TestFieldPathTreeModel::thousandsOfPaths()
{
    // 9,000 fields (a run's limit) over 30 namespaces of 3 levels, in no particular order.
    QList<FieldPathTreeModel::Field> fields;
    for (int i = 8999; i >= 0; --i)
        fields.append({u"ns%1/group%2/metric%3"_s.arg(i % 30).arg(i % 7).arg(i), FieldType::FloatSeries});
    m_model->setFields(fields);
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(childNames(*m_model).mid(0, 3), (QStringList{u"ns0"_s, u"ns1"_s, u"ns2"_s}));
    const QModelIndex metric = m_model->indexOfPath(u"ns4/group6/metric34"_s);
    QVERIFY(metric.isValid());
    QCOMPARE(metric.parent().parent().data().toString(), u"ns4"_s);

    QSortFilterProxyModel proxy;
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(FieldPathTreeModel::PathRole);
    proxy.setSourceModel(m_model.get());
    proxy.setFilterFixedString(u"metric123"_s);
    QCOMPARE(fieldPaths(proxy).size(), 11); // metric123 and metric1230 ... metric1239
}

QTEST_GUILESS_MAIN(TestFieldPathTreeModel)
#include "test_fieldpathtreemodel.moc"
