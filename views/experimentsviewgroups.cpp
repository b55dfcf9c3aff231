// ExperimentsView's Group by (issue 17, item 3): the "Groups" switch, the Group by dialog, and the tree of groups
// (RunGroupModel in a QTreeView) that takes the table's place while grouping is on.
#include "experimentsview.h"
#include "groupbydialog.h"
#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTreeView>

namespace nereid {

void ExperimentsView::setUpGrouping(QBoxLayout *layout)
{
    m_groupModel = new RunGroupModel(m_proxy, this);
    m_groupTree = new QTreeView(this);
    m_groupTree->setObjectName(QStringLiteral("groupTree"));
    m_groupTree->setModel(m_groupModel);
    m_groupTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groupTree->setUniformRowHeights(true); // 100,000 runs scroll without measuring each row
    m_groupTree->setAlternatingRowColors(true);
    m_groupTree->setAllColumnsShowFocus(true);
    m_groupTree->hide();
    layout->addWidget(m_groupTree);

    // The table sorts; the tree's header only shows and sets that sort.
    QHeaderView *header = m_groupTree->header();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        header, &QHeaderView::sortIndicatorChanged, m_table->horizontalHeader(),
        [this](int section, Qt::SortOrder order) { m_table->horizontalHeader()->setSortIndicator(section, order); });
    connect(header, &QWidget::customContextMenuRequested, this, &ExperimentsView::showGroupHeaderMenu);
    connect(m_groupTree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        selectRunsOfTreeInTable();
        emit selectedRunsChanged(selectedRunIds());
    });
    // A new grouping or a new sort loses the tree's selection: it is the table's again.
    connect(m_groupModel, &QAbstractItemModel::modelReset, this, &ExperimentsView::followTableSelection);
    connect(m_groupTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentRunChanged(currentRunId()); });
    m_groupTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_groupTree, &QWidget::customContextMenuRequested, this, &ExperimentsView::showGroupTreeMenu);
    connect(m_groupTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(RunGroupModel::IsGroupRole).toBool())
            emit runInformationRequested(index.data(RunTableModel::RunIdRole).toString());
    });

    m_groupsAction = new QAction(tr("&Groups"), this);
    m_groupsAction->setObjectName(QStringLiteral("toggleGroups"));
    m_groupsAction->setCheckable(true);
    m_groupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groupsAction->setToolTip(tr("Show the runs in groups (Group by…) or one by one"));
    addAction(m_groupsAction);
    connect(m_groupsAction, &QAction::triggered, this, [this](bool on) {
        if (on && m_grouping.fields.isEmpty()) {
            m_groupsAction->setChecked(false); // until the dialog picks fields
            chooseGrouping();
            return;
        }
        RunGrouping grouping = m_grouping;
        grouping.enabled = on;
        setGrouping(grouping);
    });
    m_groupByAction = new QAction(tr("Group &by…"), this);
    m_groupByAction->setObjectName(QStringLiteral("groupBy"));
    m_groupByAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    addAction(m_groupByAction);
    connect(m_groupByAction, &QAction::triggered, this, &ExperimentsView::chooseGrouping);
}

void ExperimentsView::setGrouping(const RunGrouping &grouping)
{
    const bool wasActive = m_grouping.isActive();
    const QStringList selected = selectedRunIds();
    const bool changed = grouping != m_grouping;
    m_grouping = grouping;
    m_groupModel->setGrouping(grouping);
    m_groupsAction->setChecked(grouping.enabled);
    if (grouping.isActive() && !wasActive) {
        // The tree takes the table's columns as the user left them: widths, order and sort.
        QHeaderView *from = m_table->horizontalHeader();
        QHeaderView *to = m_groupTree->header();
        for (int logical = 0; logical < from->count(); ++logical)
            to->resizeSection(logical, from->sectionSize(logical));
        for (int visual = 0; visual < from->count(); ++visual)
            to->moveSection(to->visualIndex(from->logicalIndex(visual)), visual);
        to->resizeSection(from->logicalIndex(0), qMax(from->sectionSize(from->logicalIndex(0)), 220));
        const QSignalBlocker blocker(to);
        to->setSortIndicator(from->sortIndicatorSection(), from->sortIndicatorOrder());
    }
    m_table->setVisible(!grouping.isActive());
    m_groupTree->setVisible(grouping.isActive());
    if (wasActive != grouping.isActive()) {
        (grouping.isActive() ? static_cast<QWidget *>(m_groupTree) : m_table)->setFocus();
        if (grouping.isActive())
            followTableSelection(); // the runs selected stay selected, in their groups
        else
            selectRuns(selected.value(0), selected);
        emit selectedRunsChanged(selectedRunIds());
    }
    if (changed)
        emit groupingChanged(m_grouping);
}

void ExperimentsView::followTableSelection()
{
    if (!m_grouping.isActive() || m_syncingSelection)
        return;
    const QScopedValueRollback syncing(m_syncingSelection, true);
    QModelIndexList runs;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const QModelIndex run = m_groupModel->indexOfTableRow(row.row()); run.isValid())
            runs.append(run);
    }
    // Runs next to each other in a group become one range: a band of 10,000 runs in the scatter plot is a few.
    std::sort(runs.begin(), runs.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return std::pair(a.parent().row(), a.row()) < std::pair(b.parent().row(), b.row());
    });
    QItemSelection selection;
    for (qsizetype first = 0, end = 0; first < runs.size(); first = end) {
        for (end = first + 1; end < runs.size() && runs[end].parent() == runs[first].parent() &&
                              runs[end].row() == runs[end - 1].row() + 1;)
            ++end;
        selection.select(runs[first], runs[end - 1]);
    }
    m_groupTree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExperimentsView::followTableCurrent()
{
    const QModelIndex run = m_groupModel->indexOfTableRow(m_table->currentIndex().row());
    if (!m_grouping.isActive() || m_syncingSelection || !run.isValid())
        return;
    const QScopedValueRollback syncing(m_syncingSelection, true);
    m_groupTree->expand(run.parent());
    m_groupTree->selectionModel()->setCurrentIndex(run, QItemSelectionModel::NoUpdate);
    m_groupTree->scrollTo(run);
}

void ExperimentsView::selectRunsOfTreeInTable()
{
    if (!m_grouping.isActive() || m_syncingSelection)
        return;
    const QScopedValueRollback syncing(m_syncingSelection, true);
    QList<int> rows;
    for (const QString &runId : groupedSelectedRunIds()) {
        const QModelIndex row = m_proxy->mapFromSource(m_runs->index(m_runs->rowOf(runId), 0));
        if (row.isValid())
            rows.append(row.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (qsizetype first = 0, end = 0; first < rows.size(); first = end) {
        for (end = first + 1; end < rows.size() && rows[end] == rows[end - 1] + 1;)
            ++end;
        selection.select(m_proxy->index(rows[first], 0), m_proxy->index(rows[end - 1], 0));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExperimentsView::chooseGrouping()
{
    auto *dialog = new GroupByDialog(m_proxy->fieldPaths(), m_grouping.fields, this);
    dialog->setObjectName(QStringLiteral("groupByDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RunGrouping grouping = m_grouping;
        grouping.fields = dialog->fields();
        grouping.enabled = !grouping.fields.isEmpty();
        setGrouping(grouping);
    });
    dialog->open();
}

QStringList ExperimentsView::groupedSelectedRunIds() const
{
    QStringList ids;
    for (const auto &group : selectedGroups())
        ids += group.second;
    ids.removeDuplicates();
    return ids;
}

QList<std::pair<QString, QStringList>> ExperimentsView::selectedGroups() const
{
    if (!m_grouping.isActive())
        return {};
    // A selected group brings all its runs; selected runs of an unselected group bring themselves, under it.
    QList<std::pair<QString, QStringList>> groups;
    QHash<int, qsizetype> atGroupRow;
    for (const QModelIndex &index : m_groupTree->selectionModel()->selectedRows()) {
        const QModelIndex group = index.parent().isValid() ? index.parent() : index;
        if (!atGroupRow.contains(group.row())) {
            atGroupRow.insert(group.row(), groups.size());
            groups.append({group.data(RunGroupModel::GroupLabelRole).toString(), {}});
        }
        const qsizetype at = atGroupRow.value(group.row());
        groups[at].second += index.data(RunGroupModel::GroupRunIdsRole).toStringList();
    }
    for (auto &group : groups)
        group.second.removeDuplicates();
    return groups;
}

void ExperimentsView::showGroupTreeMenu(const QPoint &at)
{
    // On a run, or on a group (its runs): what the table's menu offers for the selected runs.
    const QModelIndex index = m_groupTree->indexAt(at);
    if (!index.isValid())
        return;
    const QString runId = index.data(RunGroupModel::GroupRunIdsRole).toStringList().value(0);
    QMenu menu(this);
    if (!index.data(RunGroupModel::IsGroupRole).toBool()) {
        menu.addAction(tr("Run information…"), this, [this, runId] { emit runInformationRequested(runId); });
        menu.addAction(tr("Chart colour…"), this, [this, runId] { emit colorRequested(runId); });
        menu.addSeparator();
    }
    menu.addAction(m_copyIds);
    menu.addSeparator();
    menu.addAction(tr("Add tag…"), this, [this] { emit tagRequested(selectedRunIds(), true); });
    menu.addAction(tr("Remove tag…"), this, [this] { emit tagRequested(selectedRunIds(), false); });
    menu.addSeparator();
    if (m_hideInCharts)
        menu.addAction(m_hideInCharts);
    addTrashActions(&menu);
    menu.addSeparator();
    menu.addAction(m_groupsAction);
    menu.exec(m_groupTree->viewport()->mapToGlobal(at));
}

void ExperimentsView::showGroupHeaderMenu(const QPoint &at)
{
    QHeaderView *header = m_groupTree->header();
    const int column = header->logicalIndexAt(at);
    QMenu menu(this);
    menu.addActions({m_groupsAction, m_groupByAction});
    if (column >= 0 && column < m_runs->columns().size()) {
        // What the group rows show in this column, when it holds numbers.
        const QString path = m_runs->columns().at(column).path;
        QMenu *aggregates = menu.addMenu(tr("Group &aggregate"));
        auto *choices = new QActionGroup(aggregates);
        for (const auto aggregate :
             {RunGrouping::Aggregate::Mean, RunGrouping::Aggregate::Min, RunGrouping::Aggregate::Max}) {
            QAction *action = aggregates->addAction(RunGrouping::aggregateTitle(aggregate));
            action->setCheckable(true);
            action->setChecked(m_grouping.aggregateOf(path) == aggregate);
            choices->addAction(action);
            connect(action, &QAction::triggered, this, [this, path, aggregate] {
                RunGrouping grouping = m_grouping;
                grouping.aggregates.insert(path, aggregate);
                setGrouping(grouping);
            });
        }
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace nereid
