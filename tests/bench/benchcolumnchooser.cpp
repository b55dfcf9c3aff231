// The column chooser of issue 6 on a project of 12,000 distinct field paths (issue 17, item 8: 100 runs of 6,000
// params and 6,000 float series): opening the dialog, shown and painted once (goal 500 ms), and a search typed and
// cleared again (filter, namespaces opened, the tree painted), broad ("metrics/", 6,000 matches in sight) and narrow
// ("m123", 11). Then what OK does with 500 chosen columns: the table takes them and paints (goal 100 ms). Baselines in
// the same run: the same substring test over the same paths in a plain loop (the cost of searching at all), and
// painting the table with its default columns. Run with `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "models/runtablemodel.h"
#include "views/columnchooserdialog.h"
#include "views/experimentsview.h"

#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace nereid;

class BenchColumnChooser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openDialog();
    void searchBaseline_data();
    void searchBaseline();
    void searchTypedAndCleared_data();
    void searchTypedAndCleared();
    void paintTableBaseline();
    void chooseManyColumns();

private:
    void paintTable(ExperimentsView &view);

    Cache m_cache; // never opened: the runs go in as the sync engine's pages would
    std::unique_ptr<RunTableModel> m_model;
    QImage m_image{400, 500, QImage::Format_ARGB32_Premultiplied};
};

void BenchColumnChooser::initTestCase()
{
    m_model = std::make_unique<RunTableModel>(&m_cache);
    m_model->setRuns(bench::Project, bench::runs(1, 100, 6000, 6000));
    m_model->setColumns(m_model->defaultColumns());
    QCOMPARE(m_model->fieldPaths().size() - int(m_model->fieldPaths().filter(QStringLiteral("sys/")).size()), 12000);
}

void BenchColumnChooser::openDialog()
{
    // What the user waits for: the dialog built, shown and painted once (the tree of 12,000 paths, the chosen list).
    QImage shot(760, 520, QImage::Format_ARGB32_Premultiplied);
    shot.fill(Qt::magenta); // a colour the dialog has none of
    int shown = 0, rows = 0;
    QRect treeArea; // where the tree's rows are painted, in the dialog
    QBENCHMARK
    {
        ColumnChooserDialog dialog(m_model.get(), m_model->columns());
        dialog.show();
        shown += dialog.isVisible();
        QPainter painter(&shot);
        dialog.render(&painter);
        const QTreeView *tree = dialog.findChild<QTreeView *>(QStringLiteral("fieldTree"));
        rows = tree->model()->rowCount();
        treeArea = QRect(tree->viewport()->mapTo(&dialog, QPoint()), tree->viewport()->size());
    }
    QVERIFY(shown > 0);
    QVERIFY(rows > 0); // the namespaces of the 12,000 paths
    // Painted: the dialog covers the magenta the picture started as, and the tree's rows are drawn (the colours
    // of text over its background).
    QVERIFY(!treeArea.isEmpty() && shot.rect().contains(treeArea));
    QSet<QRgb> colours;
    for (int y = treeArea.top(); y <= treeArea.bottom(); ++y)
        for (int x = treeArea.left(); x <= treeArea.right(); ++x)
            colours.insert(shot.pixel(x, y));
    QVERIFY2(colours.size() > 2 && !colours.contains(qRgb(255, 0, 255)), qPrintable(QString::number(colours.size())));
}

void BenchColumnChooser::searchBaseline_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("broad") << QStringLiteral("metrics/");
    QTest::newRow("narrow") << QStringLiteral("m123");
}

void BenchColumnChooser::searchBaseline()
{
    QFETCH(QString, text);
    const QStringList paths = m_model->fieldPaths();
    qsizetype matches = 0;
    QBENCHMARK
    {
        for (const QString &path : paths)
            matches += path.contains(text, Qt::CaseInsensitive);
    }
    QVERIFY(matches > 0);
}

void BenchColumnChooser::searchTypedAndCleared_data()
{
    searchBaseline_data();
}

void BenchColumnChooser::searchTypedAndCleared()
{
    QFETCH(QString, text);
    ColumnChooserDialog dialog(m_model.get(), m_model->columns());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("fieldTree"));
    QBENCHMARK
    {
        search->setText(text);
        {
            QPainter painter(&m_image);
            tree->render(&painter);
        }
        search->clear();
        QPainter painter(&m_image);
        tree->render(&painter);
    }
    search->setText(text);
    QVERIFY(tree->model()->rowCount() > 0);
}

void BenchColumnChooser::paintTable(ExperimentsView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view.render(&painter);
}

void BenchColumnChooser::paintTableBaseline()
{
    ExperimentsView view(m_model.get());
    view.resize(1600, 900);
    view.applyColumns(m_model->defaultColumns());
    QBENCHMARK
    {
        paintTable(view);
    }
}

void BenchColumnChooser::chooseManyColumns()
{
    // Two choices of 500 that share no field, taken in turn: each round is a chooser's OK with 500 new columns.
    QList<RunColumn> choices[2] = {m_model->defaultColumns(), m_model->defaultColumns()};
    const QStringList paths = m_model->fieldPaths();
    for (qsizetype i = 0; choices[1].size() < 500 && i + 1 < paths.size(); i += 7)
        if (!paths[i].startsWith(QLatin1String("sys/"))) {
            choices[0].append(RunColumn{paths[i]});
            choices[1].append(RunColumn{paths[i + 1]});
        }
    QCOMPARE(choices[0].size(), 500);
    ExperimentsView view(m_model.get());
    view.resize(1600, 900);
    int round = 0;
    QBENCHMARK
    {
        view.applyColumns(choices[++round % 2]);
        paintTable(view);
    }
    QCOMPARE(m_model->columnCount(), 500);
}

QTEST_MAIN(BenchColumnChooser)
#include "benchcolumnchooser.moc"
