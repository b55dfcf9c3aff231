#pragma once

namespace nereid {

// Where an x axis showing a whole series ends: a little beyond its last point, at a round number. A run that is
// still logging then moves the axis only when its points pass that number (every 5% of the range or so), not at
// each batch: QtCharts lays the whole chart out again on every range change, which was a third of a live frame.
class AxisEnd
{
public:
    // The smallest multiple of a 1 × 10^k grain at least `to`, the grain being a twentieth of the largest power of
    // ten within `to - from`: the end lies less than 5% of the range beyond `to`. `to` itself for an empty range.
    static double roundedUp(double from, double to);
};

} // namespace nereid
