#include "cache/runeditor.h"
#include "demosweep.h"
#include "models/fieldpathtreemodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "screenshotchecks.h"
#include "views/columnchooserdialog.h"
#include "views/experimentsview.h"
#include "views/mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;
using nereid::test::demoSweep;
using nereid::test::pixelsDrawn;
using nereid::test::pixelsNear;
using nereid::test::RunFixtures;
using nereid::test::wholeIn;

namespace {

// The demo sweep, each run also with a validation loss, so "loss" matches in two namespaces.
QList<QJsonObject> sweepWithValidation()
{
    QList<QJsonObject> runs = demoSweep();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QJsonObject fields = runs[i][u"fields"_s].toObject();
        fields.insert(u"val/loss"_s, RunFixtures::floatSeries(50, 0.3 + 0.01 * double(i), 0.2, 1.5 + double(i)));
        runs[i].insert(u"fields"_s, fields);
    }
    return runs;
}

// The header texts as the user sees them, left to right (the visual order, not the model's).
QStringList visibleHeaders(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    QStringList texts;
    for (int visual = 0; visual < header->count(); ++visual)
        texts.append(table->model()->headerData(header->logicalIndex(visual), Qt::Horizontal).toString());
    return texts;
}

// The paths of the fields the tree shows (those a search keeps), depth first.
QStringList shownFields(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList paths;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(FieldPathTreeModel::IsFieldRole).toBool())
            paths.append(index.data(FieldPathTreeModel::PathRole).toString());
        paths += shownFields(model, index);
    }
    return paths;
}

QModelIndex findPath(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(FieldPathTreeModel::PathRole).toString() == path)
            return index;
        if (const QModelIndex inside = findPath(model, path, index); inside.isValid())
            return inside;
    }
    return {};
}

// What editColumns() makes of the columns `before` (as listed): owner and tags gone, params/lr and
// params/optimizer added and params/lr moved up twice, val/loss showing its maximum.
QStringList edited(QStringList before)
{
    before.removeOne(u"owner"_s);
    before.removeOne(u"tags"_s);
    before.replace(before.indexOf(u"val/loss"_s), u"val/loss (max)"_s);
    before.insert(before.size() - 2, u"params/lr"_s);
    before.append(u"params/optimizer"_s);
    return before;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

// The column chooser dialog in the main window on a real cache: search, check, reorder, a series' summary,
// OK applying all of it to the table in the order chosen (whatever the header was dragged to before), Cancel
// changing nothing, and the layout surviving the project being closed and opened again.
class TestColumnChooserDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerMenuOpensTheChooser();
    void searchFiltersTheTree();
    void okAppliesTheColumnsInTheChosenOrder();
    void cancelChangesNothing();
    void resetToDefaultsIsRemembered();
    void restoreDefaultsInTheDialog();
    void screenshots_data();
    void screenshots();

private:
    ColumnChooserDialog *openChooser();
    // Opens the header's menu and triggers its item `text`.
    void triggerHeaderMenu(const QString &text);
    // Searches `path` and checks or unchecks it with the space bar, as a keyboard user does.
    void toggleInTree(ColumnChooserDialog *dialog, const QString &path);
    void selectInList(ColumnChooserDialog *dialog, const QString &text);
    // Checks params/lr and params/optimizer, drops owner (tree) and tags (list), moves params/lr up twice, shows
    // the maximum of val/loss: as many columns as before, in another order.
    void editColumns(ColumnChooserDialog *dialog);
    void openWindow();
    QTableView *table() const { return m_window->findChild<QTableView *>(u"runTable"_s); }

    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
};

void TestColumnChooserDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the layout is kept in settings
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestColumnChooserDialog::init()
{
    QSettings().clear();
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QVERIFY(m_fixtures->apply(sweepWithValidation()));
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    openWindow();
}

void TestColumnChooserDialog::openWindow()
{
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestColumnChooserDialog::cleanup()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    m_fixtures.reset();
}

ColumnChooserDialog *TestColumnChooserDialog::openChooser()
{
    m_window->experiments()->chooseColumns();
    auto *dialog = m_window->findChild<ColumnChooserDialog *>(u"columnChooser"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestColumnChooserDialog::toggleInTree(ColumnChooserDialog *dialog, const QString &path)
{
    auto *search = dialog->findChild<QLineEdit *>(u"searchField"_s);
    auto *tree = dialog->findChild<QTreeView *>(u"fieldTree"_s);
    search->clear();
    QTest::keyClicks(search, path);
    const QModelIndex index = findPath(tree->model(), path);
    QVERIFY2(index.isValid(), qPrintable(path));
    tree->setFocus();
    tree->setCurrentIndex(index);
    QTest::keyClick(tree, Qt::Key_Space);
}

void TestColumnChooserDialog::selectInList(ColumnChooserDialog *dialog, const QString &text)
{
    auto *list = dialog->findChild<QListWidget *>(u"chosenList"_s);
    const QList<QListWidgetItem *> found = list->findItems(text, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->setCurrentItem(found.first());
}

void TestColumnChooserDialog::editColumns(ColumnChooserDialog *dialog)
{
    auto *list = dialog->findChild<QListWidget *>(u"chosenList"_s);
    auto *tree = dialog->findChild<QTreeView *>(u"fieldTree"_s);
    auto *search = dialog->findChild<QLineEdit *>(u"searchField"_s);
    const QStringList before = listTexts(list);
    QCOMPARE(before.size(), 11);
    toggleInTree(dialog, u"params/lr"_s);
    toggleInTree(dialog, u"params/optimizer"_s);
    toggleInTree(dialog, u"sys/owner"_s);
    QCOMPARE(list->count(), 12);
    QVERIFY(list->findItems(u"owner"_s, Qt::MatchExactly).isEmpty());
    QCOMPARE(list->item(11)->text(), u"params/optimizer"_s); // checked fields come last

    selectInList(dialog, u"tags"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"remove"_s), Qt::LeftButton);
    search->clear(); // the tree shows every field again
    const QModelIndex tags = findPath(tree->model(), u"sys/tags"_s);
    QVERIFY(tags.isValid());
    QCOMPARE(tags.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked); // the tree follows the list
    QCOMPARE(findPath(tree->model(), u"params/lr"_s).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    selectInList(dialog, u"params/lr"_s);
    auto *up = dialog->findChild<QPushButton *>(u"moveUp"_s);
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);

    auto *aggregate = dialog->findChild<QComboBox *>(u"aggregateBox"_s);
    selectInList(dialog, u"params/lr"_s);
    QVERIFY(!aggregate->isEnabled()); // an atom has no summary to choose
    selectInList(dialog, u"val/loss"_s);
    QVERIFY(aggregate->isEnabled());
    aggregate->setFocus();
    QTest::keyClick(aggregate, Qt::Key_Down); // last value -> minimum
    QTest::keyClick(aggregate, Qt::Key_Down); // -> maximum
    QCOMPARE(aggregate->currentText(), u"maximum"_s);
    QCOMPARE(listTexts(list), edited(before));
}

void TestColumnChooserDialog::headerMenuOpensTheChooser()
{
    QHeaderView *header = table()->horizontalHeader();
    QString firstItem;
    // The menu runs its own event loop: pick its first item from inside it.
    QTimer::singleShot(0, this, [&firstItem] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        firstItem = menu->actions().first()->text();
        menu->actions().first()->trigger();
        menu->close();
    });
    emit header->customContextMenuRequested(QPoint(20, header->height() / 2));
    QCOMPARE(firstItem, u"Choose columns…"_s);
    auto *dialog = m_window->findChild<ColumnChooserDialog *>(u"columnChooser"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->columns(), m_window->runModel()->columns());
}

void TestColumnChooserDialog::searchFiltersTheTree()
{
    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    auto *search = dialog->findChild<QLineEdit *>(u"searchField"_s);
    auto *tree = dialog->findChild<QTreeView *>(u"fieldTree"_s);
    const QStringList all = shownFields(tree->model());
    QVERIFY(all.contains(u"params/model/depth"_s));
    QCOMPARE(all.first(), u"sys/id"_s); // sys first

    QTest::keyClicks(search, u"loss"_s);
    QCOMPARE(shownFields(tree->model()), (QStringList{u"train/loss"_s, u"val/loss"_s}));
    // The namespaces of the matches are open, so the matches are in sight.
    QVERIFY(tree->isExpanded(findPath(tree->model(), u"train"_s)));
    QVERIFY(tree->isExpanded(findPath(tree->model(), u"val"_s)));
    // Enter goes to the first match (not to OK), and Space checks it.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentIndex().data(FieldPathTreeModel::PathRole).toString(), u"train/loss"_s);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(tree->currentIndex().data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(!dialog->columns().contains(RunColumn{u"train/loss"_s, SeriesAggregate::Last}));
    search->clear();
    QTest::keyClicks(search, u"OPTIM"_s); // any case
    QCOMPARE(shownFields(tree->model()), (QStringList{u"params/optimizer"_s}));
    search->clear();
    QCOMPARE(shownFields(tree->model()), all);
}

void TestColumnChooserDialog::okAppliesTheColumnsInTheChosenOrder()
{
    QTableView *runs = table();
    QHeaderView *header = runs->horizontalHeader();
    // Before: id dragged to the fifth place, and the table sorted by train/loss, highest first.
    header->moveSection(0, 4);
    runs->sortByColumn(9, Qt::DescendingOrder);
    QCOMPARE(visibleHeaders(runs).at(4), u"id"_s);
    const QString selected = u"SWP-7"_s;
    m_window->experiments()->selectRun(selected);

    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    // The dialog lists the columns as the header shows them: id where it was dragged to.
    QCOMPARE(listTexts(dialog->findChild<QListWidget *>(u"chosenList"_s)), visibleHeaders(runs));
    editColumns(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const QStringList chosen{u"name"_s,       u"creation_time"_s,  u"state"_s,           u"id"_s,
                             u"failed"_s,     u"eval/accuracy"_s,  u"train/accuracy"_s,  u"params/lr"_s,
                             u"train/loss"_s, u"val/loss (max)"_s, u"params/optimizer"_s};
    QCOMPARE(visibleHeaders(runs), chosen);
    QCOMPARE(header->logicalIndex(3), 3); // the order shown is the model's: nothing left dragged
    QCOMPARE(m_window->runModel()->columns().at(9), (RunColumn{u"val/loss"_s, SeriesAggregate::Max}));
    const RunTableModel *model = m_window->runModel();
    QCOMPARE(model->index(model->rowOf(u"SWP-12"_s), 9).data().toString(), u"12.5"_s); // its maximum: 1.5 + 11
    QCOMPARE(header->sortIndicatorSection(), 8);                                       // still sorted by train/loss
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->runModel()->sortColumn(), 8);
    QCOMPARE(m_window->experiments()->currentRunId(), selected);

    // Closed and opened again: the same columns in the same order (the old dragged order is gone for good).
    m_window.reset();
    openWindow();
    QCOMPARE(visibleHeaders(table()), chosen);
    QCOMPARE(m_window->runModel()->columns().at(9), (RunColumn{u"val/loss"_s, SeriesAggregate::Max}));
}

void TestColumnChooserDialog::cancelChangesNothing()
{
    QTableView *runs = table();
    runs->horizontalHeader()->moveSection(0, 4);
    const QStringList before = visibleHeaders(runs);
    const QList<RunColumn> columns = m_window->runModel()->columns();

    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    editColumns(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(visibleHeaders(runs), before);
    QCOMPARE(m_window->runModel()->columns(), columns);

    m_window.reset();
    openWindow();
    QCOMPARE(visibleHeaders(table()), before);
}

void TestColumnChooserDialog::triggerHeaderMenu(const QString &text)
{
    QHeaderView *header = table()->horizontalHeader();
    bool found = false;
    // The menu runs its own event loop: pick the item from inside it.
    QTimer::singleShot(0, this, [&found, text] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == text && !found) {
                found = true;
                action->trigger();
            }
        }
        menu->close();
    });
    emit header->customContextMenuRequested(QPoint(20, header->height() / 2));
    QVERIFY2(found, qPrintable(text));
}

void TestColumnChooserDialog::resetToDefaultsIsRemembered()
{
    QTableView *runs = table();
    const QStringList defaults = visibleHeaders(runs);
    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    editColumns(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    runs->horizontalHeader()->moveSection(0, 4);
    QCOMPARE(visibleHeaders(runs).at(4), u"id"_s);

    triggerHeaderMenu(u"Reset to defaults"_s);
    QCOMPARE(visibleHeaders(runs), defaults);
    m_window.reset();
    openWindow();
    QCOMPARE(visibleHeaders(table()), defaults);
}

void TestColumnChooserDialog::restoreDefaultsInTheDialog()
{
    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    editColumns(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    QCOMPARE(dialog->columns(), m_window->runModel()->defaultColumns());
    auto *tree = dialog->findChild<QTreeView *>(u"fieldTree"_s);
    dialog->findChild<QLineEdit *>(u"searchField"_s)->clear(); // every field in the tree again
    const auto checkState = [tree](const QString &path) {
        const QModelIndex index = findPath(tree->model(), path);
        return index.isValid() ? index.data(Qt::CheckStateRole).value<Qt::CheckState>() : Qt::PartiallyChecked;
    };
    QCOMPARE(checkState(u"params/lr"_s), Qt::Unchecked);
    QCOMPARE(checkState(u"sys/owner"_s), Qt::Checked);
    QCOMPARE(checkState(u"sys/tags"_s), Qt::Checked);
}

void TestColumnChooserDialog::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("search");
    QTest::newRow("760x520") << QSize(760, 520) << QString();
    QTest::newRow("760x520-loss") << QSize(760, 520) << u"loss"_s;
    QTest::newRow("600x400") << QSize(600, 400) << QString(); // the smallest it gets
}

// Each screenshot shows every part of the dialog whole (600 × 400 is its smallest), the tree beside the list, every
// chosen column in sight with the summary picked for val/loss highlighted, and the fields the search keeps.
void TestColumnChooserDialog::screenshots()
{
    QFETCH(QSize, size);
    QFETCH(QString, search);
    ColumnChooserDialog *dialog = openChooser();
    QVERIFY(dialog);
    dialog->resize(size);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"searchField"_s), search);
    selectInList(dialog, u"val/loss"_s);
    auto *aggregate = dialog->findChild<QComboBox *>(u"aggregateBox"_s);
    QTest::keyClick(aggregate, Qt::Key_Down);
    QTest::keyClick(aggregate, Qt::Key_Down); // the maximum, to see a summary in the list
    QCoreApplication::processEvents();
    const QString name = u"columnchooser-%1x%2%3.png"_s.arg(size.width())
                             .arg(size.height())
                             .arg(search.isEmpty() ? QString() : u"-"_s + search);
    const QString path = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(name);
    const QImage image = dialog->grab().toImage();
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));

    QCOMPARE(dialog->size(), size);
    auto *tree = dialog->findChild<QTreeView *>(u"fieldTree"_s);
    auto *list = dialog->findChild<QListWidget *>(u"chosenList"_s);
    QList<QWidget *> parts{dialog->findChild<QLineEdit *>(u"searchField"_s),
                           tree,
                           list,
                           aggregate,
                           dialog->findChild<QPushButton *>(u"moveUp"_s),
                           dialog->findChild<QPushButton *>(u"remove"_s)};
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
        parts.append(button);
    for (QWidget *part : parts)
        QVERIFY2(part && part->isVisible() && wholeIn(part, dialog), part ? qPrintable(part->objectName()) : "missing");
    QVERIFY(tree->mapTo(dialog, QPoint(tree->width(), 0)).x() <= list->mapTo(dialog, QPoint()).x());
    QVERIFY(tree->width() > size.width() / 3);

    QCOMPARE(listTexts(list).last(), u"val/loss (max)"_s);
    for (int row = 0; row < list->count(); ++row)
        QVERIFY2(list->viewport()->rect().contains(list->visualItemRect(list->item(row))),
                 qPrintable(list->item(row)->text()));
    const QRect chosen =
        list->visualItemRect(list->currentItem()).translated(list->viewport()->mapTo(dialog, QPoint()));
    QVERIFY2(pixelsNear(image, chosen, list->palette().color(QPalette::Inactive, QPalette::Highlight)) >
                 chosen.width() * chosen.height() / 2,
             "val/loss (max) highlighted");
    QCOMPARE(aggregate->currentText(), u"maximum"_s);

    const QStringList inSight = search.isEmpty() ? QStringList{u"sys/id"_s, u"sys/name"_s, u"eval/accuracy"_s}
                                                 : QStringList{u"train/loss"_s, u"val/loss"_s};
    if (!search.isEmpty())
        QCOMPARE(shownFields(tree->model()), inSight);
    for (const QString &field : inSight) {
        const QRect cell = tree->visualRect(findPath(tree->model(), field));
        QVERIFY2(!cell.isEmpty() && tree->viewport()->rect().contains(cell), qPrintable(field));
        QVERIFY2(pixelsDrawn(image, cell.translated(tree->viewport()->mapTo(dialog, QPoint()))) > 0, qPrintable(field));
    }
}

QTEST_MAIN(TestColumnChooserDialog)
#include "test_columnchooserdialog.moc"
