#include "charthovertip.h"

#include <algorithm>
#include <cmath>
#include <QLocale>

namespace nereid {

ChartHoverTip::ChartHoverTip(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("chartHoverTip"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setMargin(4);
    hide();
}

void ChartHoverTip::showRows(const QString &header, QList<Row> rows, QPoint at)
{
    // Highest first; a NaN (a gap in the run) last.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::isnan(b.value) ? !std::isnan(a.value) : a.value > b.value;
    });
    qsizetype first = 0;
    qsizetype last = rows.size();
    if (rows.size() > MaxRows) {
        const auto nearest = std::find_if(rows.begin(), rows.end(), [](const Row &row) { return row.nearest; });
        const qsizetype nearestRow = nearest == rows.end() ? 0 : nearest - rows.begin();
        first = std::clamp<qsizetype>(nearestRow - MaxRows / 2, 0, rows.size() - MaxRows);
        last = first + MaxRows;
    }
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const QColor tint = palette().color(QPalette::Highlight);
    QString html = QStringLiteral("<b>%1</b><table cellspacing=0 cellpadding=1>").arg(header.toHtmlEscaped());
    m_shown.clear();
    const auto more = [&html](const QString &text) {
        html += QStringLiteral("<tr><td></td><td colspan=2><i>%1</i></td></tr>").arg(text.toHtmlEscaped());
    };
    if (first > 0)
        more(tr("… %n more above", "", int(first)));
    for (qsizetype i = first; i < last; ++i) {
        const Row &row = rows[i];
        const QString value = locale.toString(row.value, 'g', 6);
        const QString style = row.nearest ? QStringLiteral(" style='background-color:%1; color:%2; font-weight:bold'")
                                                .arg(tint.name(), palette().color(QPalette::HighlightedText).name())
                                          : QString();
        html += QStringLiteral("<tr%1><td style='color:%2'>■</td><td>%3&nbsp;&nbsp;</td><td align=right>%4</td></tr>")
                    .arg(style, row.color.name(), row.label.toHtmlEscaped(), value);
        m_shown.append((row.nearest ? QStringLiteral("▶ ") : QString()) + row.label + QStringLiteral(": ") + value);
    }
    if (last < rows.size())
        more(tr("… %n more below", "", int(rows.size() - last)));
    html += QStringLiteral("</table>");
    setText(html);
    adjustSize();
    // Right of and below the cursor, flipped to the other side where it would leave the plot.
    const QSize room = parentWidget()->size();
    int x = at.x() + 16;
    int y = at.y() + 16;
    if (x + width() > room.width())
        x = at.x() - 16 - width();
    if (y + height() > room.height())
        y = std::max(0, room.height() - height());
    move(std::max(0, x), y);
    show();
    raise();
}

} // namespace nereid
