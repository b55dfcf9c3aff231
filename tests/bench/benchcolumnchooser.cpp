// The column chooser of issue 6 on a project of 9,000 field paths (100 runs of 4,500 params and 4,500 float series,
// a run's limit): opening the dialog, and a search typed and cleared again (filter, namespaces opened, the tree
// painted), broad ("metrics/", 4,500 matches in sight) and narrow ("m123", 11). Baseline in the same run: the same
// substring test over the same paths in a plain loop (the cost of searching at all). Run with `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "models/runtablemodel.h"
#include "views/columnchooserdialog.h"

#include <QImage>
#include <QLineEdit>
#include <QPainter>
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

private:
    Cache m_cache; // never opened: the runs go in as the sync engine's pages would
    std::unique_ptr<RunTableModel> m_model;
    QImage m_image{400, 500, QImage::Format_ARGB32_Premultiplied};
};

void BenchColumnChooser::initTestCase()
{
    m_model = std::make_unique<RunTableModel>(&m_cache);
    m_model->setRuns(bench::Project, bench::runs(1, 100, 4500, 4500));
    m_model->setColumns(m_model->defaultColumns());
    QCOMPARE(m_model->fieldPaths().size() - int(m_model->fieldPaths().filter(QStringLiteral("sys/")).size()), 9000);
}

void BenchColumnChooser::openDialog()
{
    QBENCHMARK
    {
        ColumnChooserDialog dialog(m_model.get(), m_model->columns());
    }
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

QTEST_MAIN(BenchColumnChooser)
#include "benchcolumnchooser.moc"
