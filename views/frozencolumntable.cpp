#include "frozencolumntable.h"

#include "models/runtablemodel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace nereid {

FrozenColumnTable::FrozenColumnTable(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumns"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setHorizontalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setWordWrap(false);
    m_frozen->setAlternatingRowColors(true);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    viewport()->stackUnder(m_frozen);
    m_frozen->hide();
    setHorizontalScrollMode(ScrollPerPixel); // the pinned columns cover whole columns; per pixel keeps them honest
    setVerticalScrollMode(ScrollPerPixel);

    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    QHeaderView *header = horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] { updateFrozen(); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { updateFrozen(); });
    connect(header, &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(), &QHeaderView::setSortIndicator);
    // A click on a pinned header sorts the table, turning the order round when it sorts by that column already.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        const QHeaderView *own = horizontalHeader();
        const bool same = own->sortIndicatorSection() == logical;
        sortByColumn(logical, same && own->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                      : Qt::AscendingOrder);
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
}

void FrozenColumnTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // New columns come hidden or shown in the pinned view as the table's header has them.
    const auto update = [this] { updateFrozen(); };
    connect(model, &QAbstractItemModel::columnsInserted, this, update, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::columnsRemoved, this, update, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::modelReset, this, update, Qt::QueuedConnection);
    updateFrozen();
}

void FrozenColumnTable::updateFrozen()
{
    const QHeaderView *header = horizontalHeader();
    const QAbstractItemModel *shown = model();
    m_count = 0;
    for (int visual = 0; shown && visual < header->count(); ++visual) {
        const QString path =
            shown->headerData(header->logicalIndex(visual), Qt::Horizontal, RunTableModel::PathRole).toString();
        if (path != QLatin1String("sys/id") && path != QLatin1String("sys/name"))
            break;
        ++m_count;
    }
    QHeaderView *pinned = m_frozen->horizontalHeader();
    for (int logical = 0; shown && logical < header->count(); ++logical) {
        const bool frozen = header->visualIndex(logical) < m_count;
        m_frozen->setColumnHidden(logical, !frozen);
        if (frozen) {
            pinned->moveSection(pinned->visualIndex(logical), header->visualIndex(logical));
            m_frozen->setColumnWidth(logical, header->sectionSize(logical));
        }
    }
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setVisible(m_count > 0);
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + header->height());
}

int FrozenColumnTable::frozenWidth() const
{
    int width = 0;
    for (int visual = 0; visual < m_count; ++visual)
        width += horizontalHeader()->sectionSize(horizontalHeader()->logicalIndex(visual));
    return width;
}

void FrozenColumnTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozen();
}

void FrozenColumnTable::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozen();
}

QModelIndex FrozenColumnTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Moving left onto a column hidden under the pinned ones scrolls it out from under them.
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (cursorAction == MoveLeft && current.isValid() && horizontalHeader()->visualIndex(current.column()) >= m_count &&
        visualRect(current).topLeft().x() < frozenWidth()) {
        const int offset = visualRect(current).topLeft().x() - frozenWidth();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + offset);
    }
    return current;
}

void FrozenColumnTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (horizontalHeader()->visualIndex(index.column()) >= m_count)
        QTableView::scrollTo(index, hint);
}

} // namespace nereid
