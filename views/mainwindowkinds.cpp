// MainWindow's kinds of objects (issue 21): the experiments table lists the project's runs, its models or one model's
// versions, with the same table, tree, run information dialog and charts; a version's stage is edited like any sys
// field, through the outbox.
#include "experimentsview.h"
#include "mainwindow.h"
#include "models/namespacetreemodel.h"
#include "models/runediting.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "modelversionspanel.h"
#include "objectkindswitcher.h"
#include "projectmetadatadialog.h"
#include "runactions.h"
#include "tablelayoutsettings.h"

#include <QMenuBar>
#include <QSplitter>

namespace nereid {

void MainWindow::setScope(const ObjectScope &scope)
{
    if (m_project.isEmpty())
        return;
    m_restoring = true; // a scope's columns are not the runs table's layout to remember
    m_runs->setProject(m_project, scope);
    m_experiments->kindSwitcher()->showScope(scope);
    // Under the models, the current one's versions; in the other scopes the panel is empty and out of the way.
    const bool models = scope == ObjectScope::models();
    m_versions->setVisible(models);
    if (!models)
        m_versions->showModel(m_project, QString());
    if (scope == ObjectScope::runs()) {
        const QList<RunColumn> columns = TableLayoutSettings::columns(m_project);
        m_runs->setColumns(columns.isEmpty() ? m_runs->defaultColumns() : columns);
        if (!m_experiments->restoreLayout(TableLayoutSettings::headerState(m_project)))
            m_experiments->fitColumns();
    } else {
        QList<RunColumn> columns = m_runs->defaultColumns();
        if (scope.kind == QLatin1String("model_version")) {
            // A version's stage is what a registry is read for: next to its name.
            columns.insert(std::min<qsizetype>(2, columns.size()), RunColumn{QStringLiteral("sys/stage")});
        }
        m_runs->setColumns(columns);
        m_experiments->fitColumns();
    }
    m_restoring = false;
}

void MainWindow::setStage(const QStringList &versionIds, const QString &stage)
{
    for (const QString &id : versionIds)
        m_editing->edit(id, RunEdit::Kind::SetStage, stage);
}

QWidget *MainWindow::withVersionsPanel()
{
    m_versions = new ModelVersionsPanel(m_models->newRunTable(this), this);
    m_versions->hide(); // until the table lists models
    connect(m_experiments, &ExperimentsView::currentRunChanged, m_versions, [this](const QString &id) {
        if (m_runs->scope() == ObjectScope::models() && id != m_versions->modelId())
            m_versions->showModel(m_project, id);
    });
    connect(m_versions, &ModelVersionsPanel::currentVersionChanged, m_tree, &NamespaceTreeModel::setRun);
    connect(m_versions, &ModelVersionsPanel::versionInformationRequested, m_actions, &RunActions::openRunInformation);
    connect(m_versions, &ModelVersionsPanel::stageRequested, this, &MainWindow::setStage);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("modelsSplitter"));
    split->addWidget(m_experiments);
    split->addWidget(m_versions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    return split;
}

void MainWindow::addProjectMenu()
{
    auto *menu = new QMenu(tr("&Project"), this);
    menu->setObjectName(QStringLiteral("projectMenu"));
    QAction *metadata = menu->addAction(tr("&Metadata…"), this, [this] {
        if (m_project.isEmpty())
            return;
        auto *dialog = new ProjectMetadataDialog(m_models, m_project, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    metadata->setObjectName(QStringLiteral("projectMetadataAction"));
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu); // before Help
}

} // namespace nereid
