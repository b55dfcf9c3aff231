#pragma once

#include "dashboardlayout.h"

#include <functional>
#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QAction;

namespace nereid {

// The scrolling dashboard of chart cards (issue 17, item 7), virtualised: every card's rectangle is known
// (DashboardLayout), but a real panel exists only for the cards in the viewport and half a viewport above and below.
// The others are a rectangle painted with their title. Scrolling moves the panels with the pixels and creates those
// coming into reach — one per turn of the event loop, those in sight first, and a turn of its own to warm up each one
// made out of sight (setWarmUp()).
// The keyboard (dashboardviewkeys.cpp): Tab, Shift+Tab and the arrows move the focus between section headers and
// cards, Space or Enter folds the focused section; the card actions (move earlier, later, a row up or down; taller,
// shorter; wider or narrower by the dashboard's columns) have shortcuts and are the card's context menu. A panel gone
// out of reach is kept aside (a few at most) and re-targeted to the next card that comes in, which costs a fraction of
// making one; the others are deleted, and their models stop following and fetching with them. Section headers fold a
// section by a click; a card's title strip drags it to another place in its section; the band below a card drags its
// height.
class DashboardView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using PanelFactory = std::function<QWidget *(const QString &path)>;
    // Makes a panel put aside the panel of another card's path; false when it cannot be (a chart for a log).
    using PanelRetarget = std::function<bool(QWidget *panel, const QString &path)>;
    // The panels put aside for re-targeting, at most: two rows of cards leave as two come in.
    static constexpr qsizetype SparePanels = qsizetype(2) * DashboardState::MaxColumns;

    // `state` belongs to the caller and outlives the view; `create` makes a card's panel, parented by the view.
    DashboardView(DashboardState &state, PanelFactory create, QWidget *parent = nullptr);
    // Panels gone out of reach are put aside and handed to `retarget` for the cards coming in; without it (the
    // default) every panel is made anew.
    void setRetarget(PanelRetarget retarget) { m_retarget = std::move(retarget); }
    // Prepares a panel made below or above the viewport for being scrolled into sight (a chart paints itself once
    // off screen), in a turn of the event loop of its own.
    using PanelWarmUp = std::function<void(QWidget *panel)>;
    void setWarmUp(PanelWarmUp warmUp) { m_warmUp = std::move(warmUp); }

    const DashboardLayout &dashboardLayout() const { return m_layout; }
    // Lays the cards out again after the state changed.
    void relayout();
    // The panels alive now, by path.
    const QHash<QString, QWidget *> &panels() const { return m_panels; }
    // The panels put aside, hidden, to be re-targeted to the next cards that come into reach.
    const QList<QWidget *> &sparePanels() const { return m_spare; }
    // The card's panel, created now if it is not alive (whatever its place).
    QWidget *materialise(const QString &path);
    // Deletes every panel (another project, another view): those in reach are made again from the state.
    void clearPanels();
    // The card's rectangle in the viewport's coordinates.
    QRect cardRectInViewport(qsizetype card) const;
    void scrollToCard(qsizetype card);
    // What a section's header reads: "train (3 charts)"; "Other" for the cards without a namespace.
    QString headerText(qsizetype section) const;
    // The card with the keyboard focus, -1 when it is on a section header (or nothing).
    qsizetype currentCard() const;
    // The section whose header has the keyboard focus, -1 when none.
    qsizetype currentSection() const;
    // Focuses the card, scrolled into sight when `reveal`.
    void setCurrentCard(qsizetype card, bool reveal = true);
    enum class CardAction
    {
        MoveEarlier,
        MoveLater,
        MoveUp,
        MoveDown,
        Taller,
        Shorter,
        Wider,
        Narrower
    };
    QAction *action(CardAction which) const { return m_actions.value(int(which)); }

signals:
    // The user collapsed a section, moved or resized a card: the state changed.
    void stateChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // What Tab and the arrows go through: each section's header, then its cards while it is open.
    struct Item
    {
        qsizetype section = -1;
        qsizetype card = -1; // -1: the header
    };
    QList<Item> focusItems() const;
    qsizetype currentItem(const QList<Item> &items) const;
    void setCurrentItem(const Item &item, bool reveal = true);
    // Moves the focus `delta` items on (Tab, Left, Right) or a row (Up, Down); false at either end.
    bool moveFocus(int delta, bool byRow);
    void createActions();
    void runAction(CardAction which);
    QRect currentRect() const; // in content coordinates
    // Deletes the panels of the cards out of reach and creates one of those in reach without one.
    void updatePanels();
    void placePanel(qsizetype card, QWidget *panel) const;
    // Deletes the panel, or puts it aside for another card when `reuse`.
    void releasePanel(const QString &path, bool reuse = false);
    // A panel put aside, re-targeted to `path`; null when none can be.
    QWidget *reuseSpare(const QString &path);
    QRect reach(int margin) const;
    QPoint contentPoint(QPoint viewportPoint) const;
    void paintCard(QPainter &painter, qsizetype card, const QRect &rect) const;
    // Where a dragged card would go: the card of its section under the point, -1 when none.
    qsizetype dropTarget(QPoint contentPoint) const;

    DashboardState &m_state;
    PanelFactory m_create;
    PanelRetarget m_retarget;
    PanelWarmUp m_warmUp;
    QList<QWidget *> m_spare;
    QList<QWidget *> m_cold; // made out of sight and not warmed up yet
    // The focused item by what it shows (a card's path or a section's name), so it survives a relayout.
    QString m_currentKey;
    bool m_currentIsHeader = true;
    QList<QAction *> m_actions; // by CardAction
    DashboardLayout m_layout;
    QHash<QString, QWidget *> m_panels;
    QTimer m_fillMargin; // creates the margin's panels one per turn of the event loop
    enum class Drag
    {
        None,
        Pending,
        Move,
        Resize
    } m_drag = Drag::None;
    qsizetype m_dragCard = -1;
    QPoint m_pressed; // in content coordinates
    qsizetype m_dropCard = -1;
};

} // namespace nereid
