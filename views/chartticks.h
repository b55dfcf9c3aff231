#pragma once

#include <functional>
#include <QList>

class QValueAxis;

namespace nereid {

// Round ticks on a value axis: every 1, 2 or 5 × 10^k, the labels with no more decimals than that needs, the
// visible range left as it is. QValueAxis lays its dynamic ticks out as soon as its range changes, with the
// interval it has then: one picked for a single step over 650,000 steps would make millions of ticks. So the
// interval follows minChanged/maxChanged, which QValueAxis emits before the range's layout, for whoever changes
// the range (the panel, the wheel, the rubber band, a pan).
class ChartTicks
{
public:
    static constexpr int MinTicks = 2;
    static constexpr int MaxTicks = 12;

    // The interval for [from, to] drawn over `pixels`, a tick every `pixelsPerTick` or so: a 1, 2 or 5 × 10^k
    // number giving between MinTicks and MaxTicks ticks inside the range.
    static double interval(double from, double to, double pixels, double pixelsPerTick);
    // The decimals a label needs to tell ticks `interval` apart.
    static int decimals(double interval);
    // The labelled values of a log axis over [from, to] (both > 0) drawn over `pixels`: every digit × 10^k where
    // even 9 and 10 lie 0.6 × pixelsPerTick apart, else 1, 2, 5 × 10^k where those do, else every power of 10 (every
    // 2nd, 3rd... when they do not lie pixelsPerTick apart); over a range too narrow for three of those, three or
    // more round values a linear axis would label.
    static QList<double> logTicks(double from, double to, double pixels, double pixelsPerTick);
    // Gives the axis round ticks now and whenever its range changes; `pixels` is the axis' length.
    static void follow(QValueAxis *axis, std::function<double()> pixels, double pixelsPerTick);

private:
    static void place(QValueAxis *axis, double pixels, double pixelsPerTick);
};

} // namespace nereid
