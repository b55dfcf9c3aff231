#include "chartlegendlist.h"

#include "models/runcolors.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace nereid {

namespace {

constexpr int RunIdRole = Qt::UserRole;
constexpr int HiddenRole = Qt::UserRole + 1;

} // namespace

QColor ChartLegendList::swatchOf(const QString &runId, bool hidden) const
{
    QColor color = m_colors.colorFor(runId);
    color.setAlpha(hidden ? 50 : 255);
    return color;
}

ChartLegendList::ChartLegendList(const RunColors &colors, QWidget *parent)
    : QWidget(parent)
    , m_colors(colors)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
    , m_items(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("chartLegendList"));
    m_search->setPlaceholderText(tr("Search runs"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_items);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);  // 2,000 rows laid out without measuring each
    m_list->setIconSize(QSize(10, 10)); // a swatch, not a tile: compact rows
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QString runId = m_list->indexAt(at).data(RunIdRole).toString();
        if (runId.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Chart colour…"), this, [this, runId] { emit colorRequested(runId); });
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMouseTracking(true);
    m_list->setToolTip(tr("Click a run to hide or show it"));
    m_list->viewport()->installEventFilter(this);
    m_count->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    setFixedWidth(210);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit toggled(index.data(RunIdRole).toString()); });
    connect(m_list, &QListView::entered, this,
            [this](const QModelIndex &index) { emit highlighted(index.data(RunIdRole).toString()); });
}

void ChartLegendList::setRuns(const QStringList &runIds, const QStringList &labels)
{
    m_items->clear();
    m_hidden = 0;
    QList<QStandardItem *> items;
    items.reserve(runIds.size());
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        auto *item = new QStandardItem(labels.value(i, runIds[i]));
        item->setData(runIds[i], RunIdRole);
        item->setData(swatchOf(runIds[i], false), Qt::DecorationRole);
        item->setToolTip(labels.value(i, runIds[i]));
        items.append(item);
    }
    m_items->invisibleRootItem()->appendRows(items); // one insertion, not 2,000 the filter and the view follow
    updateCount();
}

void ChartLegendList::updateColor(const QString &runId)
{
    const QModelIndexList found = m_items->match(m_items->index(0, 0), RunIdRole, runId, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_items->setData(found.first(), swatchOf(runId, found.first().data(HiddenRole).toBool()), Qt::DecorationRole);
}

void ChartLegendList::setHidden(const QString &runId, bool hidden)
{
    const QModelIndexList found = m_items->match(m_items->index(0, 0), RunIdRole, runId, 1, Qt::MatchExactly);
    if (found.isEmpty() || found.first().data(HiddenRole).toBool() == hidden)
        return;
    QStandardItem *item = m_items->itemFromIndex(found.first());
    item->setData(hidden, HiddenRole);
    item->setData(swatchOf(runId, hidden), Qt::DecorationRole);
    item->setData(hidden ? palette().color(QPalette::Disabled, QPalette::Text) : QVariant(), Qt::ForegroundRole);
    m_hidden += hidden ? 1 : -1;
    updateCount();
}

QStringList ChartLegendList::shownRunIds() const
{
    QStringList runIds;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        runIds.append(m_filter->index(row, 0).data(RunIdRole).toString());
    return runIds;
}

void ChartLegendList::updateCount()
{
    const int runs = m_items->rowCount();
    m_count->setText(m_hidden > 0 ? tr("%n run(s), %1 hidden", "", runs).arg(QLocale().toString(m_hidden))
                                  : tr("%n run(s)", "", runs));
}

bool ChartLegendList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Leave)
        emit highlighted(QString());
    return QWidget::eventFilter(watched, event);
}

} // namespace nereid
