#include "mainwindow.h"

#include "aboutdialog.h"
#include "cache/cache.h"
#include "cache/runeditor.h"
#include "chartarea.h"
#include "conflictpanel.h"
#include "experimentsview.h"
#include "mainmenus.h"
#include "models/namespacetreemodel.h"
#include "models/runtablemodel.h"
#include "namespacetreeview.h"
#include "preferencesdialog.h"
#include "runinfodialog.h"
#include "syncstatusbar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <utility>

namespace nereid {

MainWindow::MainWindow(Cache *cache, RunEditor *editor, SeriesFetcher *fetcher, ApiConnection *api, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_editor(editor)
    , m_runs(new RunTableModel(cache, this))
    , m_tree(new NamespaceTreeModel(cache, this))
    , m_experiments(new ExperimentsView(m_runs, this))
    , m_treeView(new NamespaceTreeView(m_tree, this))
    , m_charts(new ChartArea(*cache, fetcher, api, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_chartSplitter(new QSplitter(Qt::Vertical, this))
    , m_menus(new MainMenus(this))
    , m_status(new SyncStatusBar(editor, this))
{
    setWindowTitle(tr("Nereid"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_experiments);
    m_splitter->addWidget(m_treeView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_splitter);
    m_chartSplitter->addWidget(m_charts);
    setCentralWidget(m_chartSplitter);
    statusBar()->addPermanentWidget(m_status, 1);
    connectMenus();

    connect(m_experiments, &ExperimentsView::currentRunChanged, m_tree, &NamespaceTreeModel::setRun);
    connect(m_experiments, &ExperimentsView::currentRunChanged, this, &MainWindow::chartRuns);
    connect(m_experiments, &ExperimentsView::selectedRunsChanged, this, &MainWindow::chartRuns);
    connect(m_treeView, &NamespaceTreeView::seriesActivated, m_charts, &ChartArea::addChart);
    connect(m_experiments, &ExperimentsView::runInformationRequested, this, &MainWindow::openRunInformation);
    connect(m_experiments, &ExperimentsView::trashRequested, this, &MainWindow::trashRuns);
    connect(m_experiments, &ExperimentsView::tagRequested, this, &MainWindow::askForTag);
    // Pushed edits come back as changed runs: the count of edits waiting may have dropped.
    connect(cache, &Cache::runsChanged, m_status, &SyncStatusBar::refreshCounts);
    connect(m_runs, &QAbstractItemModel::columnsInserted, this, &MainWindow::saveColumns);
    connect(m_runs, &QAbstractItemModel::columnsRemoved, this, &MainWindow::saveColumns);
    connect(m_experiments, &ExperimentsView::layoutEdited, this, &MainWindow::saveLayout);
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
            [this] { openRunInformation(m_experiments->currentRunId()); });

    QAction *addChart = m_menus->viewMenu()->addAction(tr("Add &chart…"), m_charts, &ChartArea::pickChart);
    addChart->setObjectName(QStringLiteral("addChart"));
    m_menus->editMenu()->addSeparator();
    QAction *preferences =
        m_menus->editMenu()->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction *about = m_menus->helpMenu()->addAction(tr("&About Nereid"), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::chartRuns()
{
    QStringList runIds = m_experiments->selectedRunIds();
    if (runIds.isEmpty() && !m_experiments->currentRunId().isEmpty())
        runIds.append(m_experiments->currentRunId());
    m_charts->setRuns(runIds);
}

void MainWindow::setProject(const QString &profile, const QString &project)
{
    m_project = project;
    m_runs->setProject(project);
    m_charts->setProject(project);
    // The columns are remembered per project, as keys ("sys/name", "min:train/loss").
    const QStringList keys = QSettings().value(columnsKey()).toStringList();
    QList<RunColumn> columns;
    for (const QString &key : keys)
        columns.append(RunColumn::fromKey(key));
    m_runs->setColumns(columns.isEmpty() ? m_runs->defaultColumns() : columns);
    // A project opened before its first sync has no metrics to choose from yet: choose when its runs arrive.
    m_columnsPending = columns.isEmpty() && m_runs->rowCount() == 0;
    m_restoring = true; // what restoring and fitting change is not the user's edit
    if (!m_experiments->restoreLayout(QSettings().value(layoutKey()).toByteArray()))
        m_experiments->fitColumns();
    m_restoring = false;
    setWindowTitle(tr("%1 — %2 — Nereid", "window title: project, server profile").arg(project, profile));
}

QString MainWindow::columnsKey() const
{
    return QStringLiteral("columns/") + m_project;
}

QString MainWindow::layoutKey() const
{
    return QStringLiteral("tableLayout/") + m_project;
}

void MainWindow::saveLayout()
{
    if (!m_project.isEmpty() && !m_restoring)
        QSettings().setValue(layoutKey(), m_experiments->saveLayout());
}

void MainWindow::saveColumns()
{
    if (m_project.isEmpty())
        return;
    QStringList keys;
    for (const RunColumn &column : m_runs->columns())
        keys.append(column.key());
    QSettings().setValue(columnsKey(), keys);
}

void MainWindow::showSyncStatus(const QString &message)
{
    m_status->showMessage(message);
}

void MainWindow::showSyncState(const SyncStatus &status)
{
    m_status->showStatus(status);
}

QStringList MainWindow::projectTags() const
{
    QStringList tags;
    for (int row = 0; row < m_runs->rowCount(); ++row)
        tags += m_runs->record(row).tags + m_runs->record(row).groupTags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void MainWindow::openRunInformation(const QString &runId)
{
    const int row = m_runs->rowOf(runId);
    if (row < 0)
        return;
    // The table holds the run as last synced; the dialog edits against that revision.
    RunInfoDialog dialog(m_runs->record(row), projectTags(), this);
    auto *conflicts = new ConflictPanel(m_editor, runId, &dialog);
    dialog.addConflictPanel(conflicts);
    connect(conflicts, &ConflictPanel::resolved, &dialog, [this, &dialog, runId] {
        if (const std::optional<RunRecord> run = m_cache->run(runId))
            dialog.setRun(*run);
    });
    if (dialog.exec() == QDialog::Accepted && !dialog.changes().saveTo(*m_editor))
        showSyncStatus(tr("The edit of %1 could not be saved: %2").arg(runId, m_cache->errorString()));
}

void MainWindow::trashRuns(const QStringList &runIds, bool trash)
{
    for (const QString &runId : runIds) {
        if (!m_editor->edit(runId, trash ? RunEdit::Kind::Trash : RunEdit::Kind::Restore, QVariant())) {
            showSyncStatus(tr("%1 could not be changed: %2").arg(runId, m_cache->errorString()));
            return;
        }
    }
}

void MainWindow::askForTag(const QStringList &runIds, bool add)
{
    if (runIds.isEmpty())
        return;
    bool ok = false;
    const QString title = add ? tr("Add tag") : tr("Remove tag");
    const QString label = tr("Tag for the selected runs (%1):").arg(runIds.size());
    const QString tag = QInputDialog::getItem(this, title, label, projectTags(), -1, true, &ok).trimmed();
    if (ok)
        tagRuns(runIds, tag, add);
}

bool MainWindow::tagRuns(const QStringList &runIds, const QString &tag, bool add)
{
    if (tag.isEmpty()) {
        showSyncStatus(tr("A tag cannot be empty."));
        return false;
    }
    for (const QString &runId : runIds) {
        if (!m_editor->edit(runId, add ? RunEdit::Kind::AddTags : RunEdit::Kind::RemoveTags, QStringList{tag})) {
            showSyncStatus(tr("%1 could not be changed: %2").arg(runId, m_cache->errorString()));
            return false;
        }
    }
    return true;
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    QMenu *menu = m_menus->profilesMenu();
    menu->clear();
    qDeleteAll(menu->findChildren<QActionGroup *>());
    auto *group = new QActionGroup(menu); // exclusive: picking the current profile leaves it checked
    for (const QString &name : names) {
        QAction *action = menu->addAction(name, this, [this, name] { emit profileChosen(name); });
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setActionGroup(group);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/chartSplitter"), m_chartSplitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace nereid
