#include "chartticks.h"

#include <algorithm>
#include <cmath>
#include <QValueAxis>

namespace nereid {

double ChartTicks::interval(double from, double to, double pixels, double pixelsPerTick)
{
    const double range = to - from;
    if (!std::isfinite(range) || !(range > 0))
        return 1;
    // Rounding up to 1, 2 or 5 at most multiplies the rough interval by 2.5: aiming at 5..10 ticks keeps 2..11.
    const int aimed = std::clamp(int(pixels / std::max(pixelsPerTick, 1.0)), 5, MaxTicks - 2);
    // No interval too fine to move a tick along at this magnitude (the axis adds it up tick by tick).
    const double floor = std::max(std::abs(from), std::abs(to)) * 1e-12;
    const double rough = std::max(range / aimed, floor);
    const double power = std::pow(10, std::floor(std::log10(rough)));
    const double fraction = rough / power;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

int ChartTicks::decimals(double interval)
{
    if (!(interval > 0) || !std::isfinite(interval))
        return 0;
    // 1e-7 absorbs the rounding of log10 (log10(0.001) may come out a hair below -3).
    return std::clamp(int(-std::floor(std::log10(interval) + 1e-7)), 0, 15);
}

QList<double> ChartTicks::logTicks(double from, double to, double pixels, double pixelsPerTick)
{
    if (!(from > 0) || !(to > from) || !std::isfinite(to))
        return {};
    // Where labels would crowd: the closest two of a set decide (0.9 and 1 are 0.046 decades apart, 1 and 2 0.301).
    const double perDecade = std::max(pixels, 1.0) / (std::log10(to) - std::log10(from));
    const double closest = pixelsPerTick * 0.6;
    const int firstPower = int(std::floor(std::log10(from)));
    const int lastPower = int(std::floor(std::log10(to)));
    // Each mantissa times each power of 10 in the range, rounded to 12 digits so labels read 0.3, not 0.30000000004.
    const auto within = [&](const QList<int> &mantissas, int everyPowers) {
        QList<double> ticks;
        for (int power = firstPower; power <= lastPower; ++power) {
            if (power % everyPowers != 0)
                continue;
            for (const int mantissa : mantissas) {
                const double tick = QString::number(mantissa * std::pow(10.0, power), 'g', 12).toDouble();
                if (tick >= from && tick <= to)
                    ticks.append(tick);
            }
        }
        return ticks;
    };
    QList<double> ticks;
    if (perDecade * std::log10(10.0 / 9) >= closest)
        ticks = within({1, 2, 3, 4, 5, 6, 7, 8, 9}, 1);
    else if (perDecade * std::log10(2.0) >= closest)
        ticks = within({1, 2, 5}, 1);
    else // a power of 10 every `every` decades, a label at least pixelsPerTick apart
        ticks = within({1}, std::max(1, int(std::ceil(pixelsPerTick / perDecade))));
    if (ticks.size() >= 3)
        return ticks;
    // Less than a decade with fewer than three round mantissas in it (0.31 to 0.48): linear steps, at least three.
    double step = interval(from, to, pixels, pixelsPerTick);
    for (int finer = 0; std::floor(to / step) - std::ceil(from / step) < 2 && finer < 6; ++finer)
        step /= finer % 3 == 1 ? 2.5 : 2; // 1 → 0.5 → 0.2 → 0.1: still round
    ticks.clear();
    for (double tick = std::ceil(from / step) * step; tick <= to; tick += step)
        ticks.append(QString::number(tick, 'g', 12).toDouble());
    return ticks;
}

void ChartTicks::place(QValueAxis *axis, double pixels, double pixelsPerTick)
{
    const double step = interval(axis->min(), axis->max(), pixels, pixelsPerTick);
    axis->setTickInterval(step);
    axis->setTickAnchor(std::ceil(axis->min() / step) * step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals(step)));
}

void ChartTicks::follow(QValueAxis *axis, std::function<double()> pixels, double pixelsPerTick)
{
    const auto replace = [axis, pixels, pixelsPerTick] { place(axis, pixels(), pixelsPerTick); };
    QObject::connect(axis, &QValueAxis::minChanged, axis, replace);
    QObject::connect(axis, &QValueAxis::maxChanged, axis, replace);
    axis->setTickInterval(interval(axis->min(), axis->max(), pixels(), pixelsPerTick)); // before the type: 0 hangs
    replace();
    axis->setTickType(QValueAxis::TicksDynamic);
}

} // namespace nereid
