#include "experimentsview.h"

#include "columnmenu.h"
#include "filterbox.h"
#include "frozencolumntable.h"
#include "models/runcounts.h"
#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"
#include "nomatchlabel.h"
#include "objectkindswitcher.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTreeView>

namespace nereid {

ExperimentsView::ExperimentsView(RunTableModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_kinds(new ObjectKindSwitcher(this))
    , m_proxy(new RunFilterProxyModel(this))
    , m_filter(new FilterBox(this))
    , m_showTrashed(new QCheckBox(tr("Show trashed"), this))
    , m_table(new FrozenColumnTable(this))
{
    m_proxy->setRunModel(runs);
    m_showTrashed->setObjectName(QStringLiteral("showTrashed"));
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: measuring 100,000 rows to contents would take seconds.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        ColumnMenu menu(m_runs, m_table->horizontalHeader()->logicalIndexAt(at), this);
        connect(&menu, &ColumnMenu::chooserRequested, this, &ExperimentsView::chooseColumns);
        connect(&menu, &ColumnMenu::columnsReset, this, &ExperimentsView::layoutEdited);
        menu.addSeparator(); // Group by (experimentsviewgroups.cpp)
        menu.addActions({m_groupsAction, m_groupByAction});
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    m_table->setSortingEnabled(true);
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, &ExperimentsView::layoutEdited);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ExperimentsView::fitColumnsInSight);
    connect(header, &QHeaderView::sectionResized, this, &ExperimentsView::layoutEdited);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ExperimentsView::layoutEdited);

    auto *top = new QHBoxLayout;
    top->addWidget(m_kinds, 0, Qt::AlignTop | Qt::AlignLeft);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showTrashed, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);
    setUpGrouping(layout);

    connect(m_filter, &FilterBox::filterRequested, m_proxy, &RunFilterProxyModel::setFilterText);
    connect(m_proxy, &RunFilterProxyModel::filterErrorChanged, m_filter, &FilterBox::showError);
    connect(m_proxy, &RunFilterProxyModel::filterHintChanged, m_filter, &FilterBox::showHint);
    m_filter->setPathSource([this] { return m_proxy->fieldPaths(); });
    m_counts = new RunCounts(m_proxy, this);
    connect(new NoMatchLabel(m_table, m_counts), &NoMatchLabel::clearRequested, m_filter, &FilterBox::clear);
    connect(m_showTrashed, &QCheckBox::toggled, m_proxy, &RunFilterProxyModel::setShowTrashed);
    connect(m_showTrashed, &QCheckBox::toggled, this, &ExperimentsView::showTrashedChanged);
    // In groups mode the hidden table's selection (which the scatter plot selects in) is followed by the tree,
    // which then says what changed (experimentsviewgroups.cpp).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_grouping.isActive())
                    return followTableCurrent();
                emit currentRunChanged(current.data(RunTableModel::RunIdRole).toString());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_grouping.isActive())
            return followTableSelection();
        emit selectedRunsChanged(selectedRunIds());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(RunTableModel::RunIdRole).toString();
        if (m_runs->scope().kind == QLatin1String("model"))
            return openModel(id);
        emit runInformationRequested(id);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ExperimentsView::showContextMenu);
    setUpRunKeys(); // Delete, Ctrl+C and Enter in the table and the group tree (experimentsviewkeys.cpp)
    // The namespace tree shows the current run: have one as soon as there are runs.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExperimentsView::ensureCurrentRun);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExperimentsView::ensureCurrentRun);
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, &ExperimentsView::ensureCurrentRun);
}

void ExperimentsView::focusFilter()
{
    m_filter->focusLine();
}

QString ExperimentsView::filterText() const
{
    return m_filter->text();
}

void ExperimentsView::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void ExperimentsView::setShowTrashed(bool show)
{
    m_showTrashed->setChecked(show);
}

void ExperimentsView::ensureCurrentRun()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

QString ExperimentsView::currentRunId() const
{
    if (m_grouping.isActive()) // a group's first run
        return m_groupTree->currentIndex().data(RunGroupModel::GroupRunIdsRole).toStringList().value(0);
    return m_table->currentIndex().data(RunTableModel::RunIdRole).toString();
}

QStringList ExperimentsView::selectedRunIds() const
{
    if (m_grouping.isActive())
        return groupedSelectedRunIds();
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(RunTableModel::RunIdRole).toString());
    return ids;
}

void ExperimentsView::selectRun(const QString &runId)
{
    const int sourceRow = m_runs->rowOf(runId);
    const QModelIndex index = m_proxy->mapFromSource(m_runs->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    // The run alone, even with Ctrl or Shift down (with which the line above adds to the selection).
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    followTableCurrent(); // in groups mode: the run in its group, opened and in sight, even if it was current
}

void ExperimentsView::fitColumns()
{
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        fitColumn(column);
}

void ExperimentsView::fitColumn(int column)
{
    // Measured over the first rows only: QTableView::resizeColumnToContents measures every row while the window
    // is not shown yet, which is where a project is opened (400 ms for 1,000 runs of 14 columns).
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    const int rows = qMin(m_proxy->rowCount(), 60);
    // What QTableView's own options hold, so a cell's icon (the state column) counts in its width.
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    option.decorationSize = m_table->iconSize().isValid() ? m_table->iconSize() : QSize(icon, icon);
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    int width = m_table->horizontalHeader()->sectionSizeHint(column);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_proxy->index(row, column);
        width = qMax(width, m_table->itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    width = qMin(width, widest);
    // An id is never elided: the column fits the longest of all runs, not only of the rows measured.
    if (m_proxy->headerData(column, Qt::Horizontal, RunTableModel::PathRole).toString() == QLatin1String("sys/id")) {
        QString longest;
        for (int row = 0; row < m_runs->rowCount(); ++row) {
            if (m_runs->record(row).runId.size() > longest.size())
                longest = m_runs->record(row).runId;
        }
        const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
        width = qMax(width, m_table->fontMetrics().horizontalAdvance(longest) + icon + 4 * margin);
    }
    m_table->setColumnWidth(column, width + (m_table->showGrid() ? 1 : 0));
}

QByteArray ExperimentsView::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

bool ExperimentsView::restoreLayout(const QByteArray &layout)
{
    QHeaderView *header = m_table->horizontalHeader();
    // A layout saved with other columns would put widths and order on the wrong ones: only the same count.
    if (layout.isEmpty() || !header->restoreState(layout) || header->count() != m_proxy->columnCount())
        return false;
    return true;
}

void ExperimentsView::showContextMenu(const QPoint &position)
{
    const QString runId = m_table->indexAt(position).data(RunTableModel::RunIdRole).toString();
    if (runId.isEmpty())
        return;
    QMenu menu(this);
    if (m_runs->scope().kind == QLatin1String("model"))
        menu.addAction(tr("Show versions"), this, [this, runId] { openModel(runId); });
    menu.addAction(tr("Run information…"), this, [this, runId] { emit runInformationRequested(runId); });
    menu.addAction(m_copyIds);
    if (m_runs->scope().kind == QLatin1String("model_version"))
        addStageMenu(&menu);
    menu.addSeparator();
    menu.addAction(tr("Add tag…"), this, [this] { emit tagRequested(selectedRunIds(), true); });
    menu.addAction(tr("Remove tag…"), this, [this] { emit tagRequested(selectedRunIds(), false); });
    menu.addSeparator();
    if (m_hideInCharts)
        menu.addAction(m_hideInCharts);
    menu.addAction(tr("Chart colour…"), this, [this, runId] { emit colorRequested(runId); });
    menu.addSeparator();
    addTrashActions(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ExperimentsView::openModel(const QString &modelId)
{
    const ObjectScope versions = ObjectScope::versionsOf(modelId);
    m_kinds->showScope(versions);
    emit m_kinds->scopeRequested(versions);
}

void ExperimentsView::addStageMenu(QMenu *menu)
{
    QMenu *stages = menu->addMenu(tr("Stage"));
    stages->setObjectName(QStringLiteral("stageMenu"));
    const std::pair<const char *, QString> choices[] = {
        {"none", tr("None")},
        {"staging", tr("Staging")},
        {"production", tr("Production")},
        {"archived", tr("Archived")},
    };
    for (const auto &[stage, label] : choices) {
        stages->addAction(label, this,
                          [this, value = QString::fromLatin1(stage)] { emit stageRequested(selectedRunIds(), value); });
    }
}

} // namespace nereid
