// DashboardView: the keyboard (issue 17, item 7: "keyboard access for every action"). The focus is on one item, a
// section header or a card; Tab, Shift+Tab and the arrows move it, Space or Enter folds the focused section, and the
// card actions (QActions with shortcuts, so that the shortcuts dialog lists them) move and size the focused card.
#include "dashboardview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

namespace nereid {

namespace {

constexpr int HeightStep = 40;

} // namespace

void DashboardView::createActions()
{
    const QList<std::pair<QString, QKeySequence>> actions{
        {tr("Move chart &earlier"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)},
        {tr("Move chart &later"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)},
        {tr("Move chart a row &up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)},
        {tr("Move chart a row &down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)},
        {tr("Make chart &taller"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down)},
        {tr("Make chart &shorter"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up)},
        {tr("&Wider charts (fewer columns)"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right)},
        {tr("&Narrower charts (more columns)"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left)}};
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto *action = new QAction(actions[i].first, this);
        action->setShortcut(actions[i].second);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // on the dashboard and in its charts
        connect(action, &QAction::triggered, this, [this, i] { runAction(CardAction(i)); });
        addAction(action);
        m_actions.append(action);
    }
}

QList<DashboardView::Item> DashboardView::focusItems() const
{
    QList<Item> items;
    for (qsizetype section = 0; section < m_layout.sections().size(); ++section) {
        items.append({section, -1});
        if (!m_layout.sections()[section].collapsed)
            for (qsizetype card : m_layout.sections()[section].cards)
                items.append({section, card});
    }
    return items;
}

qsizetype DashboardView::currentItem(const QList<Item> &items) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QString key = item.card < 0 ? m_layout.sections()[item.section].name : m_state.cards().at(item.card).path;
        if ((item.card < 0) == m_currentIsHeader && key == m_currentKey)
            return i;
    }
    return -1;
}

qsizetype DashboardView::currentCard() const
{
    const QList<Item> items = focusItems();
    const qsizetype current = currentItem(items);
    return current < 0 ? -1 : items[current].card;
}

qsizetype DashboardView::currentSection() const
{
    const QList<Item> items = focusItems();
    const qsizetype current = currentItem(items);
    return current < 0 || items[current].card >= 0 ? -1 : items[current].section;
}

void DashboardView::setCurrentCard(qsizetype card, bool reveal)
{
    if (card >= 0 && card < m_state.cards().size())
        setCurrentItem({m_layout.sectionOfCard(card), card}, reveal);
}

void DashboardView::setCurrentItem(const Item &item, bool reveal)
{
    m_currentIsHeader = item.card < 0;
    m_currentKey =
        m_currentIsHeader ? m_layout.sections().value(item.section).name : m_state.cards().at(item.card).path;
    viewport()->update();
    if (!reveal)
        return;
    const QRect rect = currentRect();
    QScrollBar *bar = verticalScrollBar();
    if (rect.top() < bar->value())
        bar->setValue(rect.top() - DashboardLayout::Margin);
    else if (rect.bottom() > bar->value() + viewport()->height())
        bar->setValue(std::min(rect.top() - DashboardLayout::Margin, rect.bottom() - viewport()->height() + 1));
}

QRect DashboardView::currentRect() const
{
    const QList<Item> items = focusItems();
    const qsizetype current = currentItem(items);
    if (current < 0)
        return {};
    const Item &item = items[current];
    return item.card < 0 ? m_layout.sections()[item.section].header : m_layout.cardRect(item.card);
}

bool DashboardView::moveFocus(int delta, bool byRow)
{
    const QList<Item> items = focusItems();
    if (items.isEmpty())
        return false;
    qsizetype current = currentItem(items);
    if (current < 0) { // nothing focused yet: the first item, or the last going back
        setCurrentItem(delta > 0 ? items.first() : items.last());
        return true;
    }
    qsizetype target = current + delta;
    if (byRow && items[current].card >= 0) {
        // A row up or down within the section's cards; past its first row the header, past its last the next item.
        const QList<qsizetype> &cards = m_layout.sections()[items[current].section].cards;
        const qsizetype position = cards.indexOf(items[current].card);
        const qsizetype moved = position + delta * m_state.columns();
        if (moved < 0)
            target = current - position - 1; // the header
        else if (moved >= cards.size())
            target = position / m_state.columns() == (cards.size() - 1) / m_state.columns()
                         ? current + (cards.size() - position)      // the item after the section
                         : current + (cards.size() - 1 - position); // the last card, on the last row
        else
            target = current + (moved - position);
    }
    if (target < 0 || target >= items.size())
        return false;
    setCurrentItem(items[target]);
    return true;
}

void DashboardView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (plain) {
            const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
            moveFocus(forward ? 1 : -1, event->key() == Qt::Key_Up || event->key() == Qt::Key_Down);
            return;
        }
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const qsizetype section = currentSection(); section >= 0 && plain) {
            const QString name = m_layout.sections()[section].name;
            m_state.setCollapsed(name, !m_state.isCollapsed(name));
            relayout();
            emit stateChanged();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

// Tab goes through the headers and cards while the dashboard has the focus, and on to the next widget after the last.
bool DashboardView::focusNextPrevChild(bool next)
{
    if (hasFocus() && moveFocus(next ? 1 : -1, false))
        return true;
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void DashboardView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (currentItem(focusItems()) < 0 && !focusItems().isEmpty()) {
        // Coming in: the first item in sight rather than the top of a long dashboard.
        const QList<Item> items = focusItems();
        const QRect sight = reach(0);
        Item first = items.first();
        for (const Item &item : items) {
            const QRect rect = item.card < 0 ? m_layout.sections()[item.section].header : m_layout.cardRect(item.card);
            if (rect.top() >= sight.top()) {
                first = item;
                break;
            }
        }
        setCurrentItem(first);
    }
    viewport()->update();
}

void DashboardView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

// The focused card (the one whose chart has the focus, if any) moved or sized.
void DashboardView::runAction(CardAction which)
{
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it)
        if (it.value()->isAncestorOf(focusWidget()) || it.value() == focusWidget())
            setCurrentCard(m_state.indexOf(it.key()));
    const qsizetype card = currentCard();
    if (which == CardAction::Wider || which == CardAction::Narrower) {
        m_state.setColumns(m_state.columns() + (which == CardAction::Wider ? -1 : 1));
    } else if (card < 0) {
        return;
    } else if (which == CardAction::Taller || which == CardAction::Shorter) {
        m_state.setHeight(card, m_state.heightOf(card) + (which == CardAction::Taller ? HeightStep : -HeightStep));
    } else {
        const QList<qsizetype> &cards = m_layout.sections()[m_layout.sectionOfCard(card)].cards;
        const qsizetype position = cards.indexOf(card);
        const qsizetype step = which == CardAction::MoveEarlier ? -1
                               : which == CardAction::MoveLater ? 1
                               : which == CardAction::MoveUp    ? -m_state.columns()
                                                                : m_state.columns();
        const qsizetype target = std::clamp<qsizetype>(position + step, 0, cards.size() - 1);
        if (!m_state.move(card, cards[target]))
            return;
    }
    relayout();
    if (const qsizetype moved = currentCard(); moved >= 0)
        setCurrentCard(moved); // scrolled to where it went
    emit stateChanged();
}

void DashboardView::contextMenuEvent(QContextMenuEvent *event)
{
    // The mouse's comes through the viewport, in its coordinates; the keyboard's (the menu key) to the dashboard.
    qsizetype card = currentCard();
    QPoint at = viewport()->mapFrom(this, event->pos());
    if (event->reason() == QContextMenuEvent::Mouse) {
        at = event->pos();
        card = m_layout.cardAt(contentPoint(at));
        if (card < 0)
            return;
        setCurrentCard(card, false);
    } else if (card >= 0) {
        at = cardRectInViewport(card).topLeft() + QPoint(8, DashboardLayout::CardTitleHeight);
    }
    QMenu menu(this);
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(card >= 0 || action == this->action(CardAction::Wider) ||
                           action == this->action(CardAction::Narrower));
        menu.addAction(action);
    }
    menu.exec(viewport()->mapToGlobal(at));
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(true);
}

} // namespace nereid
