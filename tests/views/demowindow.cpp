#include "demowindow.h"

#include "demosweep.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "views/experimentsview.h"

#include <QSettings>
#include <QTableView>
#include <QtTest>

namespace nereid::test {

bool DemoWindow::open(const QList<QJsonObject> &runs, QSize size)
{
    QSettings().clear();
    m_fixtures = std::make_unique<RunFixtures>();
    if (!m_fixtures->open() || !m_fixtures->apply(runs.isEmpty() ? demoSweep() : runs))
        return false;
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(QStringLiteral("local"), RunFixtures::Project);
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void DemoWindow::select(const QStringList &runIds)
{
    QTableView *table = m_window->experiments()->table();
    table->clearSelection();
    for (const QString &runId : runIds) {
        const QModelIndex source = m_window->runModel()->index(m_window->runModel()->rowOf(runId), 0);
        const QModelIndex index = m_window->experiments()->proxy()->mapFromSource(source);
        table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

} // namespace nereid::test
