#include "dashboardlayout.h"

#include <algorithm>
#include <map>

namespace nereid {

DashboardLayout::DashboardLayout(const DashboardState &state, int width)
{
    const QList<DashboardState::Card> &cards = state.cards();
    // Sections by name; the cards without a namespace ("") after the others.
    std::map<std::pair<bool, QString>, QList<qsizetype>> bySection;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString section = DashboardState::sectionOf(cards[i].path);
        bySection[{section.isEmpty(), section}].append(i);
    }
    m_cardRects.resize(cards.size());
    m_sectionOfCard.resize(cards.size());
    const int columns = state.columns();
    const int cardWidth = std::max(1, (width - 2 * Margin - (columns - 1) * Spacing) / columns);
    int y = 0;
    for (auto &[key, members] : bySection) {
        Section section{key.second, QRect(0, y, width, HeaderHeight), state.isCollapsed(key.second), members};
        y += HeaderHeight;
        const qsizetype index = m_sections.size();
        for (qsizetype card : std::as_const(members))
            m_sectionOfCard[card] = index;
        if (!section.collapsed) {
            for (qsizetype row = 0; row < members.size(); row += columns) {
                int rowHeight = 0;
                for (qsizetype column = 0; column < columns && row + column < members.size(); ++column) {
                    const qsizetype card = members[row + column];
                    const int height = state.heightOf(card);
                    m_cardRects[card] = QRect(Margin + int(column) * (cardWidth + Spacing), y, cardWidth, height);
                    rowHeight = std::max(rowHeight, height);
                }
                y += rowHeight + Spacing;
            }
        }
        m_sections.append(std::move(section));
    }
    m_height = y + Margin;
}

QRect DashboardLayout::chartRect(const QRect &card)
{
    return card.adjusted(0, CardTitleHeight, 0, 0);
}

QList<qsizetype> DashboardLayout::cardsIn(const QRect &area) const
{
    QList<qsizetype> cards;
    for (qsizetype i = 0; i < m_cardRects.size(); ++i)
        if (!m_cardRects[i].isEmpty() && m_cardRects[i].intersects(area))
            cards.append(i);
    return cards;
}

qsizetype DashboardLayout::cardAt(QPoint point) const
{
    for (qsizetype i = 0; i < m_cardRects.size(); ++i)
        if (m_cardRects[i].contains(point))
            return i;
    return -1;
}

qsizetype DashboardLayout::resizeBandAt(QPoint point) const
{
    for (qsizetype i = 0; i < m_cardRects.size(); ++i) {
        const QRect &card = m_cardRects[i];
        if (!card.isEmpty() && point.x() >= card.left() && point.x() <= card.right() && point.y() > card.bottom() &&
            point.y() <= card.bottom() + Spacing)
            return i;
    }
    return -1;
}

qsizetype DashboardLayout::sectionAt(QPoint point) const
{
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].header.contains(point))
            return i;
    return -1;
}

} // namespace nereid
