#pragma once

#include "domain/seriespoint.h"
#include "emasmoother.h"
#include "xaxis.h"

#include <optional>
#include <QList>

namespace nereid {

// One run's float series as a chart holds it: the raw points (what hover and export read), the same points laid out
// along the x axis, and their smoothed line (empty while smoothing is 0). Points that arrive later extend all three
// without redoing them; changing the x axis or the smoothing redoes them once.
class ChartSeries
{
public:
    explicit ChartSeries(XAxisMode mode = XAxisMode::Step, double smoothing = 0);

    void setXAxisMode(XAxisMode mode);
    void setSmoothing(double weight);
    // Appends the points whose steps follow the last one held (a point held already is skipped); how many were new.
    qsizetype append(const QList<FloatPoint> &points);

    const QList<FloatPoint> &points() const { return m_points; }
    const SeriesData &line() const { return m_line; }
    const SeriesData &smoothedLine() const { return m_smoothed; }
    double smoothing() const { return m_smoothing; }
    std::optional<double> lastStep() const;
    // Points drawn at the time of the one before them because their clock went back (see XAxis::append).
    qsizetype timesSetBack() const { return m_timesSetBack; }

private:
    void layOut();
    void extendLines(qsizetype from); // lays out and smooths the points from index `from` on

    XAxisMode m_mode;
    double m_smoothing;
    QList<FloatPoint> m_points;
    SeriesData m_line;
    SeriesData m_smoothed;
    EmaSmoother m_smoother;
    qsizetype m_timesSetBack = 0;
};

} // namespace nereid
