// The experiments table's eye column and chart colours (issue 17): which runs the charts draw, and in what colour.
#include "experimentsview.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "models/runvisibility.h"
#include "runeyeheader.h"

#include <QAction>
#include <QTableView>
#include <QTreeView>

namespace nereid {

void ExperimentsView::setVisibility(RunVisibility *visibility)
{
    m_visibility = visibility;
    const auto runIdAt = [this](int row) { return m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString(); };
    auto *eyes = new RunEyeHeader([this, runIdAt](int row) { return m_visibility->isHidden(runIdAt(row)); }, m_table);
    eyes->setObjectName(QStringLiteral("runEyes"));
    eyes->setSectionResizeMode(QHeaderView::Fixed);
    eyes->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    m_table->setVerticalHeader(eyes);
    connect(eyes, &RunEyeHeader::toggled, this, [this, runIdAt](int row) {
        const QString runId = runIdAt(row);
        m_visibility->setHidden({runId}, !m_visibility->isHidden(runId));
    });
    connect(visibility, &RunVisibility::visibilityChanged, eyes, [eyes] { eyes->viewport()->update(); });

    m_hideInCharts = new QAction(tr("Hide in charts / show"), m_table);
    m_hideInCharts->setObjectName(QStringLiteral("hideInCharts"));
    m_hideInCharts->setShortcut(QKeySequence(Qt::Key_H));
    m_hideInCharts->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_hideInCharts);
    m_groupTree->addAction(m_hideInCharts); // a group row: its runs
    connect(m_hideInCharts, &QAction::triggered, this, &ExperimentsView::toggleSelectedInCharts);
}

// Hides the selected runs, or shows them when every one of them is hidden already.
void ExperimentsView::toggleSelectedInCharts()
{
    if (!m_visibility)
        return;
    const QStringList runIds = selectedRunIds();
    const bool allHidden = std::all_of(runIds.begin(), runIds.end(),
                                       [this](const QString &runId) { return m_visibility->isHidden(runId); });
    m_visibility->setHidden(runIds, !allHidden);
}

} // namespace nereid
