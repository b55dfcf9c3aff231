#include "models/runtablemodel.h"
#include "runfixtures.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QPainter>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace {

// The colour most of the icon's (nearly) opaque pixels have, painted at 16 px: what the user sees in the cell.
QColor dominantColour(const QVariant &decoration)
{
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    decoration.value<QIcon>().paint(&painter, image.rect());
    painter.end();
    QMap<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) >= 200)
                ++counts[image.pixel(x, y)];
    QRgb best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!counts.contains(best) || it.value() > counts[best])
            best = it.key();
    return counts.isEmpty() ? QColor() : QColor(best);
}

// Four runs of a sweep. Their batch sizes sort differently as numbers and as text, run 10's name sorts
// after run 3's only when digits count as numbers, and SWP-4 lacks both params, so it sorts last.
QList<QJsonObject> sweep()
{
    const auto fields = [](int batch, double lr, double lossLast, double lossMin) {
        return QJsonObject{{QStringLiteral("params/batch"), RunFixtures::atom(QStringLiteral("int"), batch)},
                           {QStringLiteral("params/lr"), RunFixtures::atom(QStringLiteral("float"), lr)},
                           {QStringLiteral("train/loss"), RunFixtures::floatSeries(1000, lossLast, lossMin, 2.3)}};
    };
    return {RunFixtures::run(1, {}, fields(128, 0.1, 0.50, 0.40)),
            RunFixtures::run(2, {}, fields(16, 0.02, 0.20, 0.15)),
            RunFixtures::run(3, {{QStringLiteral("failed"), true}}, fields(8, 0.003, 0.90, 0.10)),
            RunFixtures::run(10, {{QStringLiteral("state"), QStringLiteral("active")}},
                             {{QStringLiteral("train/loss"), RunFixtures::floatSeries(0, qQNaN(), qQNaN(), qQNaN())}})};
}

QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(RunTableModel::RunIdRole).toString());
    return ids;
}

} // namespace

// The experiments table over a real cache: cells, typed sorting, and updates in place as sync writes pages.
class TestRunTableModel : public QObject
{
    Q_OBJECT

private slots:
    // Numbers are formatted in the user's locale: pin one, so the expected texts hold on every machine.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void showsOneRowPerRunWithChosenColumns();
    void sortsByTypedValue_data();
    void sortsByTypedValue();
    void addedRunsAreInsertedWithoutReset();
    void changedRunsUpdateInPlace();
    void sortingKeepsPersistentIndexes();
    void changedRunsMoveToTheirSortedPlace();
    void aggregateSwitchResorts();
    void nonFiniteNumbersReadAsSuch();
    void sysSizeAndTimesHaveUnits();
    void trashedRunsLookTrashed();
    void columnsAreInsertedAndRemoved();
    void offersEveryFieldPath();
    void stateAndFailedCellsCarryDistinctIcons();

private:
    int column(const QString &key) const;

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRunTableModel::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(sweep()));
    m_model = std::make_unique<RunTableModel>(&m_fixtures->cache());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<RunColumn> columns = RunColumn::defaults();
    columns.append({QStringLiteral("params/batch"), SeriesAggregate::Last});
    columns.append({QStringLiteral("params/lr"), SeriesAggregate::Last});
    columns.append({QStringLiteral("train/loss"), SeriesAggregate::Last});
    columns.append({QStringLiteral("train/loss"), SeriesAggregate::Min});
    m_model->setColumns(columns);
    m_model->setProject(RunFixtures::Project);
}

void TestRunTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixtures.reset();
}

int TestRunTableModel::column(const QString &key) const
{
    const QList<RunColumn> &columns = m_model->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key() == key)
            return i;
    }
    qFatal("no column %s", qPrintable(key));
}

void TestRunTableModel::showsOneRowPerRunWithChosenColumns()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), 11);
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-10"_s}));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(m_model->headerData(column(u"min:train/loss"_s), Qt::Horizontal).toString(),
             QStringLiteral("train/loss (min)"));
    QCOMPARE(m_model->headerData(column(u"params/lr"_s), Qt::Horizontal, RunTableModel::PathRole).toString(),
             QStringLiteral("params/lr"));

    const auto cell = [&](int row, const QString &key, int role = Qt::DisplayRole) {
        return m_model->index(row, column(key)).data(role);
    };
    QCOMPARE(cell(0, u"sys/name"_s).toString(), QStringLiteral("run 1"));
    QCOMPARE(cell(0, u"sys/tags"_s).toString(), QStringLiteral("sweep"));
    QCOMPARE(cell(2, u"sys/failed"_s).toString(), QStringLiteral("yes"));
    QCOMPARE(cell(0, u"params/lr"_s).toString(), QStringLiteral("0.1"));
    QCOMPARE(cell(1, u"train/loss"_s).toString(), QStringLiteral("0.2"));
    QCOMPARE(cell(2, u"min:train/loss"_s).toString(), QStringLiteral("0.1"));
    QCOMPARE(cell(0, u"params/batch"_s, RunTableModel::SortRole).typeId(), QMetaType::LongLong);
    QCOMPARE(cell(0, u"sys/creation_time"_s, RunTableModel::SortRole).typeId(), QMetaType::QDateTime);
    QCOMPARE(cell(0, u"params/lr"_s, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    // SWP-10 has no params and an empty loss series: blank cells, no typed value.
    QVERIFY(cell(3, u"params/lr"_s).isNull());
    QVERIFY(cell(3, u"train/loss"_s, RunTableModel::SortRole).isNull());
    QVERIFY(m_model->index(2, 0).data(RunTableModel::FailedRole).toBool());
    QVERIFY(m_model->index(3, 0).data(RunTableModel::ActiveRole).toBool());
    QVERIFY(m_model->index(2, 0).data(Qt::ForegroundRole).isValid()); // failed runs are marked
    QVERIFY(!m_model->index(1, 0).data(Qt::ForegroundRole).isValid());
}

void TestRunTableModel::sortsByTypedValue_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    const auto up = Qt::AscendingOrder;
    const auto down = Qt::DescendingOrder;
    QTest::newRow("int as number") << u"params/batch"_s << up
                                   << QStringList{u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s, u"SWP-10"_s};
    QTest::newRow("int descending, empty last")
        << u"params/batch"_s << down << QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-10"_s};
    QTest::newRow("float") << u"params/lr"_s << up << QStringList{u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s, u"SWP-10"_s};
    QTest::newRow("series last") << u"train/loss"_s << up
                                 << QStringList{u"SWP-2"_s, u"SWP-1"_s, u"SWP-3"_s, u"SWP-10"_s};
    QTest::newRow("series min") << u"min:train/loss"_s << up
                                << QStringList{u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s, u"SWP-10"_s};
    QTest::newRow("series min descending")
        << u"min:train/loss"_s << down << QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-10"_s};
    QTest::newRow("names naturally") << u"sys/name"_s << down
                                     << QStringList{u"SWP-10"_s, u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s};
    QTest::newRow("ids naturally") << u"sys/id"_s << down
                                   << QStringList{u"SWP-10"_s, u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s};
    QTest::newRow("datetime") << u"sys/creation_time"_s << down
                              << QStringList{u"SWP-10"_s, u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s};
    QTest::newRow("bool") << u"sys/failed"_s << down << QStringList{u"SWP-3"_s, u"SWP-1"_s, u"SWP-2"_s, u"SWP-10"_s};
}

void TestRunTableModel::sortsByTypedValue()
{
    QFETCH(QString, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(this->column(column), order);
    QCOMPARE(idsInOrder(*m_model), expected);
    QCOMPARE(reset.size(), 0);
}

void TestRunTableModel::addedRunsAreInsertedWithoutReset()
{
    m_model->sort(column(u"params/batch"_s), Qt::AscendingOrder);
    const QPersistentModelIndex second = m_model->index(1, 1);
    QCOMPARE(second.data(RunTableModel::RunIdRole).toString(), QStringLiteral("SWP-2"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    const QJsonObject batch{{QStringLiteral("params/batch"), RunFixtures::atom(QStringLiteral("int"), 12)}};
    QVERIFY(m_fixtures->apply({RunFixtures::run(11, {}, batch), RunFixtures::run(12, {}, batch)}));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1); // one page, one insertion
    QCOMPARE(m_model->rowCount(), 6);
    // New runs take their place in the chosen order; the persistent index follows its run.
    QCOMPARE(idsInOrder(*m_model),
             (QStringList{u"SWP-3"_s, u"SWP-11"_s, u"SWP-12"_s, u"SWP-2"_s, u"SWP-1"_s, u"SWP-10"_s}));
    QCOMPARE(second.data(RunTableModel::RunIdRole).toString(), QStringLiteral("SWP-2"));
    QCOMPARE(second.row(), 3);
}

void TestRunTableModel::changedRunsUpdateInPlace()
{
    const QPersistentModelIndex run2 = m_model->index(1, column(u"sys/name"_s));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QList<QJsonObject> page = sweep();
    QJsonObject sys = page[1][u"sys"_s].toObject();
    QJsonObject renamed =
        RunFixtures::run(2, {{QStringLiteral("name"), QStringLiteral("best so far")}}, page[1][u"fields"_s].toObject());
    QJsonObject failed = RunFixtures::run(3, {{QStringLiteral("failed"), false}}, page[2][u"fields"_s].toObject());
    QJsonObject other = RunFixtures::run(10, {{QStringLiteral("tags"), QJsonArray{u"x"_s}}});
    QVERIFY(m_fixtures->apply({renamed, failed, other}));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(run2.row(), 1);
    QCOMPARE(run2.data().toString(), QStringLiteral("best so far"));
    QVERIFY(!m_model->index(2, 0).data(RunTableModel::FailedRole).toBool());
    QCOMPARE(m_model->index(3, column(u"sys/tags"_s)).data().toString(), QStringLiteral("x"));
    // Rows 1..3 changed: one dataChanged for the range, across every column.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(1, 0));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(3, m_model->columnCount() - 1));
}

void TestRunTableModel::sortingKeepsPersistentIndexes()
{
    const QPersistentModelIndex run1 = m_model->index(0, 2);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(column(u"params/lr"_s), Qt::AscendingOrder);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(run1.row(), 2);
    QCOMPARE(run1.column(), 2);
    QCOMPARE(run1.data(RunTableModel::RunIdRole).toString(), QStringLiteral("SWP-1"));
    QCOMPARE(m_model->rowOf(QStringLiteral("SWP-1")), 2);
}

void TestRunTableModel::columnsAreInsertedAndRemoved()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::columnsRemoved);
    m_model->insertRunColumn(1, {QStringLiteral("sys/hostname"), SeriesAggregate::Last});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("gpu-box"));
    m_model->removeRunColumn(0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("hostname"));
    QCOMPARE(m_model->columnCount(), 11);
}

void TestRunTableModel::offersEveryFieldPath()
{
    const QStringList paths = m_model->fieldPaths();
    QCOMPARE(paths.first(), u"sys/id"_s);
    QVERIFY(paths.contains(u"sys/trashed"_s));
    QVERIFY(!paths.contains(u"sys/model_id"_s)); // model versions only
    QCOMPARE(paths.mid(paths.indexOf(u"params/batch"_s)),
             (QStringList{u"params/batch"_s, u"params/lr"_s, u"train/loss"_s}));
    QCOMPARE(m_model->columnOf({u"params/lr"_s, SeriesAggregate::Last}), 8);
    QCOMPARE(m_model->columnOf({u"params/lr"_s, SeriesAggregate::Min}), -1);
}

void TestRunTableModel::changedRunsMoveToTheirSortedPlace()
{
    const int lr = column(u"params/lr"_s);
    m_model->sort(lr, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-10"_s}));
    const QPersistentModelIndex selected = m_model->index(2, 0); // SWP-3, as a view's selection would hold it
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::layoutChanged);
    // SWP-3's lr becomes the largest: a live update moves it to the top at once, the selection with it.
    QJsonObject fields = sweep()[2][u"fields"_s].toObject();
    fields.insert(u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.5));
    QVERIFY(m_fixtures->apply({RunFixtures::run(3, {{u"failed"_s, true}}, fields)}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-3"_s, u"SWP-1"_s, u"SWP-2"_s, u"SWP-10"_s}));
    QCOMPARE(m_model->rowOf(u"SWP-3"_s), 0);
    QCOMPARE(m_model->record(0).runId, u"SWP-3"_s);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(m_model->index(0, lr).data(RunTableModel::SortRole).toDouble(), 0.5);
    // A change that keeps the run in its place moves nothing.
    fields.insert(u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.4));
    QVERIFY(m_fixtures->apply({RunFixtures::run(3, {{u"failed"_s, true}}, fields)}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-3"_s, u"SWP-1"_s, u"SWP-2"_s, u"SWP-10"_s}));
    // The same as a new sort would give, ties and runs without the field included.
    fields.insert(u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.02));
    QVERIFY(m_fixtures->apply({RunFixtures::run(3, {{u"failed"_s, true}}, fields)}));
    const QStringList live = idsInOrder(*m_model);
    m_model->sort(lr, Qt::DescendingOrder);
    QCOMPARE(live, idsInOrder(*m_model));
    QCOMPARE(live, (QStringList{u"SWP-1"_s, u"SWP-2"_s, u"SWP-3"_s, u"SWP-10"_s}));
}

void TestRunTableModel::aggregateSwitchResorts()
{
    const int loss = column(u"train/loss"_s);
    m_model->sort(loss, Qt::AscendingOrder); // last: 0.2 (SWP-2), 0.5 (SWP-1), 0.9 (SWP-3)
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-2"_s, u"SWP-1"_s, u"SWP-3"_s, u"SWP-10"_s}));
    m_model->setColumnAggregate(loss, SeriesAggregate::Min); // min: 0.1 (SWP-3), 0.15 (SWP-2), 0.4 (SWP-1)
    QCOMPARE(idsInOrder(*m_model), (QStringList{u"SWP-3"_s, u"SWP-2"_s, u"SWP-1"_s, u"SWP-10"_s}));
    QCOMPARE(m_model->sortColumn(), loss);
}

void TestRunTableModel::nonFiniteNumbersReadAsSuch()
{
    const QJsonObject series{{u"type"_s, u"floatSeries"_s}, {u"count"_s, 3},
                             {u"last"_s, u"NaN"_s},         {u"last_step"_s, 2},
                             {u"min"_s, u"-Infinity"_s},    {u"max"_s, u"Infinity"_s}};
    QVERIFY(m_fixtures->apply({RunFixtures::run(11, {}, {{u"train/loss"_s, series}})}));
    const int row = m_model->rowOf(u"SWP-11"_s);
    QVERIFY(row >= 0);
    const int last = column(u"train/loss"_s);
    const int min = column(u"min:train/loss"_s);
    QCOMPARE(m_model->index(row, last).data().toString(), u"NaN"_s);
    QCOMPARE(m_model->index(row, min).data().toString(), u"\u2212inf"_s);
    m_model->setColumnAggregate(last, SeriesAggregate::Max);
    QCOMPARE(m_model->index(row, last).data().toString(), u"inf"_s);
    // Greyed, unlike a number; an empty series (SWP-10) stays an empty cell, not NaN.
    QCOMPARE(m_model->index(row, min).data(Qt::ForegroundRole).value<QColor>().hsvSaturation(), 0);
    QVERIFY(m_model->index(0, min).data(Qt::ForegroundRole).isNull());
    QCOMPARE(m_model->index(m_model->rowOf(u"SWP-10"_s), min).data().toString(), QString());
}

void TestRunTableModel::sysSizeAndTimesHaveUnits()
{
    QVERIFY(m_fixtures->apply({RunFixtures::run(
        12, {{u"size"_s, 3.5 * 1024 * 1024}, {u"running_time"_s, 3725.4}, {u"monitoring_time"_s, 59}})}));
    m_model->setColumns({{u"sys/id"_s, SeriesAggregate::Last},
                         {u"sys/size"_s, SeriesAggregate::Last},
                         {u"sys/running_time"_s, SeriesAggregate::Last},
                         {u"sys/monitoring_time"_s, SeriesAggregate::Last}});
    const int row = m_model->rowOf(u"SWP-12"_s);
    QCOMPARE(m_model->index(row, 1).data().toString(), u"3.5 MB"_s);
    QCOMPARE(m_model->index(row, 2).data().toString(), u"1:02:05"_s);
    QCOMPARE(m_model->index(row, 3).data().toString(), u"0:00:59"_s);
    // They still sort by the number.
    QCOMPARE(m_model->index(row, 1).data(RunTableModel::SortRole).toDouble(), 3.5 * 1024 * 1024);
}

void TestRunTableModel::trashedRunsLookTrashed()
{
    QVERIFY(m_fixtures->apply({RunFixtures::run(13, {{u"trashed"_s, true}})}));
    const int row = m_model->rowOf(u"SWP-13"_s);
    const int id = column(u"sys/id"_s);
    QVERIFY(m_model->index(row, id).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(m_model->index(row, 1).data(Qt::ForegroundRole).value<QColor>().hsvSaturation(), 0);
    QCOMPARE(m_model->index(row, id).data(Qt::DecorationRole).typeId(), QMetaType::QIcon);
    QVERIFY(dominantColour(m_model->index(row, id).data(Qt::DecorationRole)).isValid());
    // Other runs: plain text, no bin.
    QVERIFY(!m_model->index(0, id).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(m_model->index(0, id).data(Qt::DecorationRole).isNull());
}

void TestRunTableModel::stateAndFailedCellsCarryDistinctIcons()
{
    const int state = column(u"sys/state"_s);
    const int failed = column(u"sys/failed"_s);
    const QVariant active = m_model->index(3, state).data(Qt::DecorationRole);
    const QVariant inactive = m_model->index(0, state).data(Qt::DecorationRole);
    QCOMPARE(active.typeId(), QMetaType::QIcon);
    QCOMPARE(inactive.typeId(), QMetaType::QIcon);
    const QColor activeColour = dominantColour(active);
    const QColor inactiveColour = dominantColour(inactive);
    QVERIFY2(activeColour.green() > 2 * activeColour.red(), qPrintable(activeColour.name())); // green: running
    QVERIFY2(inactiveColour.isValid() && inactiveColour.hsvSaturation() < 30, qPrintable(inactiveColour.name()));
    const QColor failedColour = dominantColour(m_model->index(2, failed).data(Qt::DecorationRole));
    QVERIFY2(failedColour.red() > 2 * failedColour.green(), qPrintable(failedColour.name()));
    QVERIFY(m_model->index(1, failed).data(Qt::DecorationRole).isNull()); // a run that did not fail: no mark
}

QTEST_GUILESS_MAIN(TestRunTableModel)
#include "test_runtablemodel.moc"
