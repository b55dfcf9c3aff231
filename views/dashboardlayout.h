#pragma once

#include "dashboardstate.h"

#include <QList>
#include <QRect>

namespace nereid {

// Where everything of a dashboard goes (issue 17, item 7), computed from the state and the width alone, without a
// widget: a header per section (sections by name, the cards without a namespace last), and below an open section its
// cards in rows of `columns`, each row as tall as its tallest card. The dashboard creates chart panels only for the
// cards whose rectangle meets the viewport (and a margin): knowing every rectangle up front is what lets 2,000 cards
// cost nothing until they are scrolled to.
class DashboardLayout
{
public:
    static constexpr int Margin = 6;
    static constexpr int Spacing = 10; // between cards; the band below a card is its resize handle
    static constexpr int HeaderHeight = 28;
    static constexpr int CardTitleHeight = 18; // the card's strip above its chart: the drag handle

    struct Section
    {
        QString name;
        QRect header;
        bool collapsed = false;
        QList<qsizetype> cards; // indices into the state's cards, in their order
    };

    DashboardLayout() = default;
    DashboardLayout(const DashboardState &state, int width);

    const QList<Section> &sections() const { return m_sections; }
    int height() const { return m_height; }
    // The rectangle of a card (its title strip and chart), empty when its section is collapsed.
    QRect cardRect(qsizetype card) const { return m_cardRects.value(card); }
    // The chart below the title strip.
    static QRect chartRect(const QRect &card);
    // The cards of open sections that meet `area`, in the state's order.
    QList<qsizetype> cardsIn(const QRect &area) const;
    // The card under `point`, -1 when none.
    qsizetype cardAt(QPoint point) const;
    // The card whose resize band (the spacing below it) holds `point`, -1 when none.
    qsizetype resizeBandAt(QPoint point) const;
    // The section whose header holds `point`, -1 when none.
    qsizetype sectionAt(QPoint point) const;
    qsizetype sectionOfCard(qsizetype card) const { return m_sectionOfCard.value(card, -1); }

private:
    QList<Section> m_sections;
    QList<QRect> m_cardRects;         // by card index
    QList<qsizetype> m_sectionOfCard; // by card index
    int m_height = 0;
};

} // namespace nereid
