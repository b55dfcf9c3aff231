#pragma once

#include <QRgb>

namespace nereid {

// The colours of a metric on a plot: a perceptually even ramp from dark violet (low) through teal to yellow (high),
// after matplotlib's viridis, readable on light and dark backgrounds and by most colour-blind readers.
class PlotColorScale
{
public:
    // `fraction` from 0 to 1 (clamped); NaN (no value) is grey.
    static QRgb at(double fraction);
};

} // namespace nereid
