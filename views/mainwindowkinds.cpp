// MainWindow's kinds of objects (issue 21): the experiments table lists the project's runs, its models or one model's
// versions, with the same table, tree, run information dialog and charts; a version's stage is edited like any sys
// field, through the outbox.
#include "experimentsview.h"
#include "mainwindow.h"
#include "models/runediting.h"
#include "models/runtablemodel.h"
#include "objectkindswitcher.h"
#include "projectmetadatadialog.h"
#include "tablelayoutsettings.h"

#include <QMenuBar>

namespace nereid {

void MainWindow::setScope(const ObjectScope &scope)
{
    if (m_project.isEmpty())
        return;
    m_restoring = true; // a scope's columns are not the runs table's layout to remember
    m_runs->setProject(m_project, scope);
    m_experiments->kindSwitcher()->showScope(scope);
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
