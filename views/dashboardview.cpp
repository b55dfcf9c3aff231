#include "dashboardview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace nereid {

namespace {

constexpr int WheelStep = 40;

} // namespace

DashboardView::DashboardView(DashboardState &state, PanelFactory create, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_state(state)
    , m_create(std::move(create))
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(WheelStep);
    viewport()->setMouseTracking(true); // the resize cursor over the band below a card
    viewport()->setBackgroundRole(QPalette::Window);
    m_fillMargin.setSingleShot(true);
    m_fillMargin.setInterval(0);
    connect(&m_fillMargin, &QTimer::timeout, this, &DashboardView::updatePanels);
    setFocusPolicy(Qt::StrongFocus);
    createActions();
}

void DashboardView::relayout()
{
    m_layout = DashboardLayout(m_state, viewport()->width());
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, m_layout.height() - viewport()->height()));
    const QStringList live = m_panels.keys();
    for (const QString &path : live) {
        const qsizetype card = m_state.indexOf(path);
        if (card < 0)
            releasePanel(path); // deleted: it may be the sender of the signal that removed its card
        else if (m_layout.cardRect(card).isEmpty())
            releasePanel(path, true); // a collapsed section's
        else
            placePanel(card, m_panels.value(path));
    }
    updatePanels();
    viewport()->update();
}

QWidget *DashboardView::materialise(const QString &path)
{
    if (QWidget *panel = m_panels.value(path))
        return panel;
    const qsizetype card = m_state.indexOf(path);
    if (card < 0)
        return nullptr;
    QWidget *panel = reuseSpare(path);
    if (!panel) {
        panel = m_create(path);
        panel->setParent(viewport());
    }
    m_panels.insert(path, panel);
    placePanel(card, panel);
    panel->show();
    if (m_warmUp && !m_layout.cardRect(card).intersects(reach(0)))
        m_cold.append(panel);
    return panel;
}

void DashboardView::clearPanels()
{
    const QStringList live = m_panels.keys();
    for (const QString &path : live)
        releasePanel(path);
    for (QWidget *spare : std::as_const(m_spare))
        spare->deleteLater();
    m_spare.clear();
}

QWidget *DashboardView::reuseSpare(const QString &path)
{
    if (!m_retarget)
        return nullptr;
    for (qsizetype i = 0; i < m_spare.size(); ++i)
        if (m_retarget(m_spare[i], path))
            return m_spare.takeAt(i);
    return nullptr;
}

QRect DashboardView::cardRectInViewport(qsizetype card) const
{
    return m_layout.cardRect(card).translated(0, -verticalScrollBar()->value());
}

void DashboardView::scrollToCard(qsizetype card)
{
    verticalScrollBar()->setValue(m_layout.cardRect(card).top() - DashboardLayout::Margin);
}

QString DashboardView::headerText(qsizetype section) const
{
    const DashboardLayout::Section &shown = m_layout.sections().at(section);
    const QString name = shown.name.isEmpty() ? tr("Other") : shown.name;
    const int count = int(shown.cards.size());
    // English reads right without a translation loaded; translators give every plural form of the second.
    if (count == 1)
        return tr("%1 (1 chart)", "a dashboard section's header: its name and that it holds one chart").arg(name);
    return tr("%1 (%n charts)", "a dashboard section's header: its name and how many charts it holds", count).arg(name);
}

QRect DashboardView::reach(int margin) const
{
    return QRect(0, verticalScrollBar()->value() - margin, viewport()->width(), viewport()->height() + 2 * margin);
}

QPoint DashboardView::contentPoint(QPoint viewportPoint) const
{
    return viewportPoint + QPoint(0, verticalScrollBar()->value());
}

void DashboardView::updatePanels()
{
    if (!isVisible())
        return; // a hidden dashboard has no viewport to fill; panel() creates what a caller asks for
    const QRect sight = reach(0);
    const QList<qsizetype> wanted = m_layout.cardsIn(reach(viewport()->height() / 2));
    QSet<QString> wantedPaths;
    for (qsizetype card : wanted)
        wantedPaths.insert(m_state.cards().at(card).path);
    const QStringList live = m_panels.keys();
    for (const QString &path : live)
        if (!wantedPaths.contains(path))
            releasePanel(path, true);
    // One panel per turn of the event loop (a chart's first frame takes ~30 ms): those in sight first, then the
    // margin's, which are usually made before they are scrolled to, each warmed up in a turn of its own (a chart's
    // first paint, ~12 ms, would otherwise fall in the frame that scrolls it into sight, with its row's neighbours).
    // The others stay painted placeholders meanwhile.
    qsizetype next = -1;
    qsizetype missing = 0;
    for (qsizetype card : wanted) {
        if (m_panels.contains(m_state.cards().at(card).path))
            continue;
        ++missing;
        if (next < 0 || (!m_layout.cardRect(next).intersects(sight) && m_layout.cardRect(card).intersects(sight)))
            next = card;
    }
    const QRect viewportRect = viewport()->rect();
    m_cold.removeIf([&](QWidget *panel) { return panel->geometry().intersects(viewportRect); }); // painted already
    // A card in sight first, then a cold panel's warm-up, then a card out of sight.
    const bool nextInSight = next >= 0 && m_layout.cardRect(next).intersects(sight);
    if (!nextInSight && !m_cold.isEmpty()) {
        m_warmUp(m_cold.takeFirst());
    } else if (next >= 0) {
        materialise(m_state.cards().at(next).path);
        --missing;
    }
    if (missing > 0 || !m_cold.isEmpty())
        m_fillMargin.start();
}

void DashboardView::placePanel(qsizetype card, QWidget *panel) const
{
    panel->setGeometry(DashboardLayout::chartRect(cardRectInViewport(card)));
}

void DashboardView::releasePanel(const QString &path, bool reuse)
{
    QWidget *panel = m_panels.take(path);
    if (!panel)
        return;
    m_cold.removeOne(panel);
    panel->hide();
    if (reuse && m_retarget && m_spare.size() < SparePanels)
        m_spare.append(panel);
    else
        panel->deleteLater(); // it may be the sender of the signal that removed its card
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
}

void DashboardView::scrollContentsBy(int dx, int dy)
{
    viewport()->scroll(dx, dy); // moves the panels with the pixels
    updatePanels();
}

void DashboardView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const int top = verticalScrollBar()->value();
    const QRect exposed = event->rect().translated(0, top);
    painter.translate(0, -top);
    const QPalette &colors = palette();
    for (qsizetype index = 0; index < m_layout.sections().size(); ++index) {
        const DashboardLayout::Section &section = m_layout.sections()[index];
        if (!section.header.intersects(exposed))
            continue;
        const QRect text = section.header.adjusted(DashboardLayout::Margin, 0, -DashboardLayout::Margin, 0);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(colors.color(QPalette::WindowText));
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                         (section.collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + headerText(index));
        painter.setPen(colors.color(QPalette::Mid));
        painter.drawLine(text.bottomLeft(), text.bottomRight());
    }
    painter.setFont(font());
    for (qsizetype card : m_layout.cardsIn(exposed))
        paintCard(painter, card, m_layout.cardRect(card));
    if (hasFocus() || isAncestorOf(focusWidget())) {
        // The keyboard's item: a frame around the header or card, whose title strip (all of it a chart leaves in
        // sight) is tinted too.
        const QRect current = currentRect();
        QColor tint = colors.color(QPalette::Highlight);
        tint.setAlpha(60);
        painter.fillRect(current.adjusted(0, 0, 0, -std::max(0, current.height() - DashboardLayout::CardTitleHeight)),
                         tint);
        painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(current.adjusted(1, 1, -1, -1));
    }
    if (m_drag == Drag::Move && m_dropCard >= 0) {
        const QRect target = m_layout.cardRect(m_dropCard);
        const bool before = m_dropCard < m_dragCard;
        const int x =
            before ? target.left() - DashboardLayout::Spacing / 2 : target.right() + DashboardLayout::Spacing / 2;
        painter.fillRect(QRect(x - 2, target.top(), 4, target.height()), colors.color(QPalette::Highlight));
    }
}

void DashboardView::paintCard(QPainter &painter, qsizetype card, const QRect &rect) const
{
    const QPalette &colors = palette();
    const QString &path = m_state.cards().at(card).path;
    const bool dragged = m_drag == Drag::Move && card == m_dragCard;
    painter.fillRect(rect, colors.color(QPalette::Base));
    painter.setPen(dragged ? colors.color(QPalette::Highlight) : colors.color(QPalette::Mid));
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
    const QRect title(rect.left() + 4, rect.top(), rect.width() - 8, DashboardLayout::CardTitleHeight);
    painter.setPen(colors.color(QPalette::PlaceholderText));
    painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("⠿ ") +
                         painter.fontMetrics().elidedText(path, Qt::ElideMiddle, title.width() - 20));
    if (!m_panels.contains(path)) // a placeholder until it comes into reach
        painter.drawText(DashboardLayout::chartRect(rect), Qt::AlignCenter, path);
}

qsizetype DashboardView::dropTarget(QPoint point) const
{
    const qsizetype card = m_layout.cardAt(point);
    return card >= 0 && m_layout.sectionOfCard(card) == m_layout.sectionOfCard(m_dragCard) ? card : -1;
}

void DashboardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint point = contentPoint(event->position().toPoint());
    setFocus(Qt::MouseFocusReason);
    if (const qsizetype section = m_layout.sectionAt(point); section >= 0) {
        setCurrentItem({section, -1}, false);
        const QString name = m_layout.sections().at(section).name;
        m_state.setCollapsed(name, !m_state.isCollapsed(name));
        relayout();
        emit stateChanged();
        return;
    }
    if (const qsizetype card = m_layout.resizeBandAt(point); card >= 0) {
        m_drag = Drag::Resize;
        m_dragCard = card;
        return;
    }
    const qsizetype card = m_layout.cardAt(point);
    if (card >= 0)
        setCurrentCard(card, false);
    if (card >= 0 && point.y() < m_layout.cardRect(card).top() + DashboardLayout::CardTitleHeight) {
        m_drag = Drag::Pending;
        m_dragCard = card;
        m_pressed = point;
    }
}

void DashboardView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = contentPoint(event->position().toPoint());
    switch (m_drag) {
    case Drag::None:
        viewport()->setCursor(m_layout.resizeBandAt(point) >= 0 ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    case Drag::Pending:
        if ((point - m_pressed).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Move;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Move:
        m_dropCard = dropTarget(point);
        viewport()->update();
        return;
    case Drag::Resize:
        m_state.setHeight(m_dragCard, point.y() - m_layout.cardRect(m_dragCard).top());
        relayout();
        return;
    }
}

void DashboardView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    viewport()->setCursor(Qt::ArrowCursor);
    if (event->button() != Qt::LeftButton)
        return;
    if (drag == Drag::Move) {
        const qsizetype target = dropTarget(contentPoint(event->position().toPoint()));
        m_dropCard = -1;
        if (target >= 0 && m_state.move(m_dragCard, target)) {
            relayout();
            emit stateChanged();
        }
        viewport()->update();
    } else if (drag == Drag::Resize) {
        emit stateChanged();
    }
    m_dragCard = -1;
}

} // namespace nereid
