#include "plotaxis.h"

#include <cmath>
#include <QLocale>

namespace nereid {

PlotAxis PlotAxis::numeric(double low, double high, bool log)
{
    PlotAxis axis;
    axis.m_low = low;
    axis.m_high = high;
    axis.m_log = log;
    return axis;
}

PlotAxis PlotAxis::fit(const QList<double> &values, bool log)
{
    double low = qInf();
    double high = -qInf();
    for (double value : values) {
        if (std::isnan(value) || (log && value <= 0))
            continue;
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (low > high)
        return log ? numeric(1, 10, true) : numeric(0, 1);
    if (log) {
        // A twentieth of a decade each side, and a decade at least when all values are one.
        const double pad = low == high ? std::sqrt(10.0) : std::pow(high / low, 0.05);
        return numeric(low / pad, high * pad, true);
    }
    const double pad = low == high ? std::max(std::abs(low) * 0.1, 0.5) : (high - low) * 0.05;
    return numeric(low - pad, high + pad);
}

PlotAxis PlotAxis::categorical(QStringList categories)
{
    PlotAxis axis;
    axis.m_categorical = true;
    axis.m_categories = std::move(categories);
    axis.m_low = 0;
    axis.m_high = double(std::max<qsizetype>(axis.m_categories.size() - 1, 0));
    return axis;
}

double PlotAxis::fraction(double value) const
{
    if (std::isnan(value))
        return qQNaN();
    if (m_categorical) {
        // Categories spread over the axis with half a step free at each end; one category sits in the middle.
        const qsizetype count = m_categories.size();
        return count == 0 ? qQNaN() : (value + 0.5) / double(count);
    }
    if (m_log) {
        if (value <= 0)
            return qQNaN();
        return std::log(value / m_low) / std::log(m_high / m_low);
    }
    return (value - m_low) / (m_high - m_low);
}

double PlotAxis::valueAt(double fraction) const
{
    if (m_categorical) {
        const qsizetype count = m_categories.size();
        return std::clamp(std::floor(fraction * double(count)), 0.0, double(std::max<qsizetype>(count - 1, 0)));
    }
    if (m_log)
        return m_low * std::pow(m_high / m_low, fraction);
    return m_low + fraction * (m_high - m_low);
}

QList<double> PlotAxis::ticks(int count) const
{
    QList<double> ticks;
    if (m_categorical) {
        for (qsizetype i = 0; i < m_categories.size(); ++i)
            ticks.append(double(i));
        return ticks;
    }
    if (m_log) {
        for (double decade = std::pow(10.0, std::ceil(std::log10(m_low))); decade <= m_high; decade *= 10)
            ticks.append(decade);
        if (ticks.size() >= 2)
            return ticks;
        ticks.clear(); // less than two decades: linear steps read better
    }
    // A step of 1, 2 or 5 times a power of ten that gives about `count` ticks.
    const double raw = (m_high - m_low) / std::max(count, 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power < 1.5   ? power
                        : raw / power < 3.5 ? 2 * power
                        : raw / power < 7.5 ? 5 * power
                                            : 10 * power;
    for (double tick = std::ceil(m_low / step) * step; tick <= m_high; tick += step)
        ticks.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

QString PlotAxis::label(double value) const
{
    if (m_categorical)
        return m_categories.value(qsizetype(value));
    return QLocale().toString(value, 'g', 4);
}

} // namespace nereid
