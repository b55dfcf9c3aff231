// ChartAxes: what the axes label and in which colours. The log axis' categories, the date axis' format from the
// span, the theme's colours on every axis, also on one that replaces another.
#include "chartaxes.h"
#include "chartticks.h"

#include <algorithm>
#include <cmath>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLocale>
#include <QScopedValueRollback>
#include <QValueAxis>

namespace nereid {

QList<double> ChartAxes::yTicks() const
{
    QList<double> ticks;
    if (auto *log = qobject_cast<QCategoryAxis *>(m_y)) {
        for (const QString &label : log->categoriesLabels())
            ticks.append(std::pow(10.0, log->endValue(label)));
        return ticks;
    }
    auto *value = static_cast<QValueAxis *>(m_y);
    for (double tick = value->tickAnchor(); tick <= value->max() + value->tickInterval() * 1e-9;
         tick += value->tickInterval())
        ticks.append(tick);
    return ticks;
}

void ChartAxes::setColors(const QColor &text, const QColor &grid)
{
    m_text = text;
    m_grid = grid;
    styleAxis(m_x);
    styleAxis(m_y);
}

void ChartAxes::styleAxis(QAbstractAxis *axis) const
{
    if (!axis || !m_text.isValid())
        return;
    axis->setLabelsColor(m_text);
    axis->setTitleBrush(m_text);
    axis->setLinePenColor(m_grid);
    axis->setGridLineColor(m_grid);
    QColor minor = m_grid;
    minor.setAlphaF(0.5);
    axis->setMinorGridLineColor(minor);
}

// The labels of the log axis: the values ChartTicks picks for its range and height, in the locale's digits.
void ChartAxes::placeLogTicks()
{
    auto *log = static_cast<QCategoryAxis *>(m_y);
    const auto [low, high] = yRange();
    const QList<double> ticks = ChartTicks::logTicks(low, high, m_chart->plotArea().height(), YTickPixels);
    QList<double> placed;
    for (const QString &label : log->categoriesLabels())
        placed.append(std::pow(10.0, log->endValue(label)));
    if (placed.size() == ticks.size() &&
        std::equal(placed.begin(), placed.end(), ticks.begin(),
                   [](double a, double b) { return std::abs(a - b) <= std::abs(b) * 1e-9; }))
        return; // new labels would move the plot's edge, and the plot's change would place them again
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (m_placingTicks)
        return;
    const QScopedValueRollback<bool> placing(m_placingTicks, true);
    for (const QString &label : log->categoriesLabels())
        log->remove(label);
    log->setStartValue(log->min());
    // Evenly spaced ticks (a range within a decade) share their decimals, as a linear axis' do: 0.98, 1.00, 1.02.
    const double step = ticks.size() > 2 ? ticks[1] - ticks[0] : 0;
    const bool even = step > 0 && std::abs((ticks.last() - ticks.first()) / step - (ticks.size() - 1)) < 1e-6;
    for (const double tick : ticks)
        log->append(even ? locale.toString(tick, 'f', ChartTicks::decimals(step))
                         : locale.toString(tick, 'g', QLocale::FloatingPointShortest),
                    std::log10(tick));
}

// Labels as fine as the distance between two ticks needs, so no two read the same: seconds (with milliseconds
// when ticks are closer than a second) within a day, dates beyond a few days, the year when the range spans one.
void ChartAxes::placeTimeFormat()
{
    auto *time = static_cast<QDateTimeAxis *>(m_x);
    const int ticks = std::clamp(int(m_chart->plotArea().width() / XTickPixels) + 1, 3, 9);
    time->setTickCount(ticks);
    const double span = (time->max().toMSecsSinceEpoch() - time->min().toMSecsSinceEpoch()) / 1000.0;
    const double apart = span / (ticks - 1);
    const bool severalYears = time->min().date().year() != time->max().date().year();
    QString format;
    if (apart < 1)
        format = QStringLiteral("hh:mm:ss.zzz");
    else if (apart < 60)
        format = QStringLiteral("hh:mm:ss");
    else if (span < 86400)
        format = QStringLiteral("hh:mm");
    else if (apart < 86400)
        format = QStringLiteral("MM-dd hh:mm");
    else
        format = QStringLiteral("yyyy-MM-dd");
    if (severalYears && !format.startsWith(u'y'))
        format = QStringLiteral("yyyy-") + format;
    time->setFormat(format);
}

} // namespace nereid
