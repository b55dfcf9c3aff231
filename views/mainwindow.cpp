#include "mainwindow.h"

#include "aboutdialog.h"
#include "chartarea.h"
#include "comparedialog.h"
#include "experimentsview.h"
#include "mainmenus.h"
#include "models/comparemodel.h"
#include "models/namespacetreemodel.h"
#include "models/runcolors.h"
#include "models/runcounts.h"
#include "models/runfilterproxymodel.h"
#include "models/rungrouping.h"
#include "models/runtablemodel.h"
#include "models/runvisibility.h"
#include "models/sessionmodels.h"
#include "namespacetreeview.h"
#include "objectkindswitcher.h"
#include "parallelcoordinates.h"
#include "parallelcoordinatesdock.h"
#include "preferencesdialog.h"
#include "problemreport.h"
#include "querylanguagedialog.h"
#include "runactions.h"
#include "runcolordialog.h"
#include "savedviewstoolbar.h"
#include "scatterplot.h"
#include "scatterplotdock.h"
#include "shortcutsdialog.h"
#include "syncstatusbar.h"
#include "tablelayoutsettings.h"
#include "viewstatebinder.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <utility>

namespace nereid {

MainWindow::MainWindow(SessionModels *models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_editing(models->editing())
    , m_runs(models->runs())
    , m_tree(models->tree())
    , m_experiments(new ExperimentsView(m_runs, this))
    , m_treeView(new NamespaceTreeView(m_tree, this))
    , m_charts(new ChartArea(*models, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_chartSplitter(new QSplitter(Qt::Vertical, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_menus(new MainMenus(this))
    , m_status(new SyncStatusBar(m_editing, this))
    , m_actions(new RunActions(m_editing, m_runs, this))
{
    setWindowTitle(tr("Nereid"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The experiments table (with the versions of a model under it while it lists models), then the tree above the
    // preview of its current file.
    m_splitter->addWidget(withVersionsPanel());
    addFilePanes();
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_splitter);
    m_chartSplitter->addWidget(m_charts);
    // Until a project opens, the welcome page says how to log runs (WelcomePage).
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_chartSplitter);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_status, 1);
    // "12 of 2,001 runs", whether or not a filter is typed: what the table shows of the project.
    auto *runCount = new QLabel(this);
    runCount->setObjectName(QStringLiteral("runCount"));
    statusBar()->addPermanentWidget(runCount);
    const RunCounts *counts = m_experiments->runCounts();
    connect(counts, &RunCounts::changed, runCount, [runCount, counts] { runCount->setText(counts->text()); });
    runCount->setText(counts->text());
    connectMenus();
    addProjectMenu();
    addTableActions();
    addSavedViews();

    connect(m_experiments, &ExperimentsView::currentRunChanged, m_tree, &NamespaceTreeModel::setRun);
    connect(m_experiments, &ExperimentsView::currentRunChanged, this, &MainWindow::chartRuns);
    connect(m_experiments, &ExperimentsView::selectedRunsChanged, this, &MainWindow::chartRuns);
    connect(m_treeView, &NamespaceTreeView::seriesActivated, m_charts, &ChartArea::addChart);
    connect(m_experiments, &ExperimentsView::runInformationRequested, m_actions, &RunActions::openRunInformation);
    m_experiments->setVisibility(m_models->visibility());
    connect(m_experiments, &ExperimentsView::colorRequested, this,
            [this](const QString &runId) { chooseRunColor(this, *m_models->colors(), runId); });
    connect(m_experiments, &ExperimentsView::trashRequested, m_actions, &RunActions::trashRuns);
    connect(m_experiments, &ExperimentsView::tagRequested, m_actions, &RunActions::askForTag);
    connect(m_experiments->kindSwitcher(), &ObjectKindSwitcher::scopeRequested, this, &MainWindow::setScope);
    connect(m_experiments, &ExperimentsView::stageRequested, this, &MainWindow::setStage);
    connect(m_actions, &RunActions::failed, this, &MainWindow::showSyncStatus);
    connect(m_runs, &QAbstractItemModel::columnsInserted, this, &MainWindow::saveColumns);
    connect(m_runs, &QAbstractItemModel::columnsRemoved, this, &MainWindow::saveColumns);
    connect(m_experiments, &ExperimentsView::layoutEdited, this, &MainWindow::saveLayout);
    connect(m_runs, &RunTableModel::loadProgress, m_status, &SyncStatusBar::showLoadProgress);
    connect(m_runs, &RunTableModel::loadFinished, m_status, [this] { m_status->showLoadProgress(1, 1); });
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!std::exchange(m_columnsPending, false))
            return;
        m_runs->setColumns(m_runs->defaultColumns());
        m_experiments->fitColumns();
    });

    QSettings settings;
    // First start: most of the screen, since the table, the tree and the charts share it.
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()) && screen())
        resize(screen()->availableSize() * 4 / 5);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({650, 350}); // the table needs the room; the tree is a side panel
    // The tree and the preview of its current file share the side panel evenly at first: an image needs the room.
    if (!m_treeSplitter->restoreState(settings.value(QStringLiteral("mainWindow/treeSplitter")).toByteArray()))
        m_treeSplitter->setSizes({200, 200});
    if (!m_chartSplitter->restoreState(settings.value(QStringLiteral("mainWindow/chartSplitter")).toByteArray()))
        m_chartSplitter->setSizes({380, 420}); // a chart needs about 340 px to show its axes and legend
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    connect(m_menus->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_menus->openProject(), &QAction::triggered, this, &MainWindow::openProjectRequested);
    connect(m_menus->connectToServer(), &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_menus->find(), &QAction::triggered, m_experiments, &ExperimentsView::focusFilter);
    connect(m_menus->refresh(), &QAction::triggered, this, &MainWindow::syncRequested);
    connect(m_menus->fullScreen(), &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_menus->showTrashed(), &QAction::toggled, m_experiments, &ExperimentsView::setShowTrashed);
    connect(m_experiments, &ExperimentsView::showTrashedChanged, m_menus->showTrashed(), &QAction::setChecked);
    connect(m_menus->runInformation(), &QAction::triggered, this,
            [this] { m_actions->openRunInformation(m_experiments->currentRunId()); });

    connect(m_menus->compareRuns(), &QAction::triggered, this, &MainWindow::compareSelectedRuns);
    connect(m_menus->chooseColumns(), &QAction::triggered, m_experiments, &ExperimentsView::chooseColumns);
    connect(m_menus->addChart(), &QAction::triggered, m_charts, &ChartArea::pickChart);
    connect(m_menus->parallelCoordinates(), &QAction::triggered, this, &MainWindow::showParallelCoordinates);
    connect(m_menus->scatterPlot(), &QAction::triggered, this, &MainWindow::showScatterPlot);
    // Group by (issue 17, item 3): the experiments view's own actions, in the View menu.
    m_menus->viewMenu()->addSeparator();
    m_menus->viewMenu()->addActions({m_experiments->groupsAction(), m_experiments->groupByAction()});
    connect(m_experiments, &ExperimentsView::groupingChanged, this, [this](const RunGrouping &grouping) {
        if (!m_project.isEmpty() && !m_restoring)
            TableLayoutSettings::saveGrouping(m_project, grouping);
    });
    connect(m_menus->preferences(), &QAction::triggered, this, [this] {
        if (PreferencesDialog(this).exec() == QDialog::Accepted)
            emit preferencesSaved();
    });
    connect(m_menus->about(), &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(m_menus->queryLanguage(), &QAction::triggered, this, &MainWindow::showQueryLanguage);
    connect(m_menus->keyboardShortcuts(), &QAction::triggered, this, [this] { ShortcutsDialog(this).exec(); });
    connect(m_menus->reportProblem(), &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(ProblemReport::text());
        showSyncStatus(tr("The version, Qt version, platform and log path are on the clipboard: paste them into "
                          "your report."));
    });
}

void MainWindow::addTableActions()
{
    // File > Export table as CSV…, above Quit.
    auto *exportTable = new QAction(tr("&Export table as CSV…"), this);
    exportTable->setObjectName(QStringLiteral("exportTable"));
    connect(exportTable, &QAction::triggered, this, [this] { exportTableTo(QString()); });
    QMenu *file = m_menus->fileMenu();
    file->insertAction(m_menus->quit(), exportTable);
    file->insertSeparator(m_menus->quit());

    // Edit > Undo and Redo: the last trash, restore or tag edit (RunActions keeps them). A focused text field keeps
    // Ctrl+Z for its own text: QLineEdit claims the standard undo keys before the window's shortcut sees them.
    QAction *undo = m_actions->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_actions->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    QMenu *edit = m_menus->editMenu();
    QAction *first = edit->actions().value(0);
    edit->insertActions(first, {undo, redo});
    edit->insertSeparator(first);
}

void MainWindow::addSavedViews()
{
    m_viewState = new ViewStateBinder(m_experiments, m_runs, m_charts, this);
    // A view keeps the table's grouping (issue 17, items 3 and 6).
    m_viewState->setGroupingAccess(
        [this] { return m_experiments->grouping().toJson(); },
        [this](const QJsonObject &json) { m_experiments->setGrouping(RunGrouping::fromJson(json)); });
    m_savedViews = new SavedViewsToolbar(m_models->savedViews(), m_viewState, this);
    addToolBar(Qt::TopToolBarArea, m_savedViews);
    menuBar()->insertMenu(m_menus->helpMenu()->menuAction(), m_savedViews->menu());
    connect(m_savedViews, &SavedViewsToolbar::message, this, &MainWindow::showSyncStatus);
}

bool MainWindow::exportTableTo(const QString &fileName)
{
    QString path = fileName;
    if (path.isEmpty()) {
        const QString suggested =
            QString(m_project).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".csv");
        path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    // Written whole or not at all: a full disk leaves no half file under the chosen name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_experiments->tableCsv()) < 0 || !file.commit()) {
        showSyncStatus(
            tr("The table could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showSyncStatus(tr("Exported %1 runs to %2.")
                       .arg(QLocale().toString(m_experiments->proxy()->rowCount()), QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::compareSelectedRuns()
{
    const QStringList runIds = m_experiments->selectedRunIds();
    if (runIds.size() < 2 || runIds.size() > 100) {
        showSyncStatus(tr("Select 2 to 100 runs to compare (%n selected).", "", int(runIds.size())));
        return;
    }
    QString error;
    auto *model = new CompareModel;
    model->setRuns(m_models->compareRuns(runIds, &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Compare runs"), tr("Not every run could be read from the cache: %1").arg(error));
    auto *dialog = new CompareDialog(model, this);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

ParallelCoordinatesDock *MainWindow::showParallelCoordinates()
{
    if (!m_parallelCoordinates) {
        m_parallelCoordinates = new ParallelCoordinatesDock(m_experiments, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_parallelCoordinates);
    }
    m_parallelCoordinates->show();
    m_parallelCoordinates->raise();
    m_parallelCoordinates->plot()->setFocus(Qt::ShortcutFocusReason);
    return m_parallelCoordinates;
}

ScatterPlotDock *MainWindow::showScatterPlot()
{
    if (!m_scatterPlot) {
        m_scatterPlot = new ScatterPlotDock(m_experiments, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_scatterPlot);
    }
    m_scatterPlot->show();
    m_scatterPlot->raise();
    m_scatterPlot->plot()->setFocus(Qt::ShortcutFocusReason);
    return m_scatterPlot;
}

void MainWindow::showQueryLanguage()
{
    // Not modal and kept: the page stays open beside the window while the user types a query.
    if (!m_queryLanguage) {
        m_queryLanguage = new QueryLanguageDialog(this);
        m_queryLanguage->setObjectName(QStringLiteral("queryLanguageDialog"));
    }
    m_queryLanguage->show();
    m_queryLanguage->raise();
    m_queryLanguage->activateWindow();
}

QStringList MainWindow::chartedRunIds() const
{
    QStringList runIds = m_experiments->selectedRunIds();
    if (runIds.isEmpty() && !m_experiments->currentRunId().isEmpty())
        runIds.append(m_experiments->currentRunId());
    return runIds;
}

void MainWindow::chartRuns()
{
    const QStringList runIds = chartedRunIds();
    // Groups mode (issue 17, item 3): the charts draw the selected groups, a line and a band each.
    QList<ChartGroup> groups;
    for (const auto &[label, ids] : m_experiments->selectedGroups())
        groups.append({QStringLiteral("group:") + label, label, ids});
    m_charts->setGroups(groups);
    m_charts->setRuns(runIds);
}

void MainWindow::setProject(const QString &profile, const QString &project)
{
    m_project = project;
    m_pages->setCurrentWidget(m_chartSplitter);
    m_runs->setProject(project);
    m_experiments->kindSwitcher()->showScope({});
    m_models->colors()->setProject(project);
    m_models->visibility()->setProject(project);
    m_charts->setProject(project);
    const QList<RunColumn> columns = TableLayoutSettings::columns(project);
    m_runs->setColumns(columns.isEmpty() ? m_runs->defaultColumns() : columns);
    // A project opened before its first sync has no metrics to choose from yet: choose when its runs arrive.
    m_columnsPending = columns.isEmpty() && m_runs->rowCount() == 0;
    m_restoring = true; // what restoring and fitting change is not the user's edit
    if (!m_experiments->restoreLayout(TableLayoutSettings::headerState(project)))
        m_experiments->fitColumns();
    m_experiments->setGrouping(TableLayoutSettings::grouping(project));
    m_restoring = false;
    m_savedViews->setProject(project); // after the remembered layout: the project's default view goes over it
    setWindowTitle(tr("%1 — %2 — Nereid", "window title: project, server profile").arg(project, profile));
}

void MainWindow::saveLayout()
{
    // The remembered layout is the runs table's: models and versions show their own columns.
    if (!m_project.isEmpty() && !m_restoring && m_runs->scope() == ObjectScope::runs())
        TableLayoutSettings::saveHeaderState(m_project, m_experiments->saveLayout());
}

void MainWindow::saveColumns()
{
    if (!m_project.isEmpty() && m_runs->scope() == ObjectScope::runs())
        TableLayoutSettings::saveColumns(m_project, m_runs->columns());
}

void MainWindow::showSyncStatus(const QString &message)
{
    m_status->showMessage(message);
}

void MainWindow::showSyncState(const SyncStatus &status)
{
    m_status->showStatus(status);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/chartSplitter"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/treeSplitter"), m_treeSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace nereid
