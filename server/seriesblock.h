#pragma once

#include <cmath>
#include <QByteArray>
#include <QList>
#include <vector>

namespace nereid {

// A block of consecutive points of one float series, stored as one row: packed points plus the summary
// that lets a reduced read skip the points. Capacity is chosen so a full block (24 bytes a point) fills one
// 8 KiB SQLite page: about 25 bytes a stored point.
struct SeriesBlock
{
    static constexpr int Capacity = 320;

    std::vector<double> steps;
    std::vector<double> values;
    std::vector<double> timestamps;

    int size() const { return int(steps.size()); }
    void append(double step, double value, double timestamp)
    {
        steps.push_back(step);
        values.push_back(value);
        timestamps.push_back(timestamp);
    }

    // Steps, then values, then timestamps, as little-endian IEEE doubles.
    QByteArray encode() const;
    static SeriesBlock decode(const QByteArray &packed);
};

// Points to append to one float series (its field's id).
struct FloatAppend
{
    qint64 fieldId = 0;
    SeriesBlock points;
};

// First, last, minimum and maximum of a run of points; NaN values count but are never a minimum or maximum.
struct PointSummary
{
    qint64 count = 0;
    double firstStep = 0, firstValue = 0, firstTimestamp = 0;
    double lastStep = 0, lastValue = 0, lastTimestamp = 0;
    double minStep = NAN, minValue = NAN, maxStep = NAN, maxValue = NAN;

    bool hasMinMax() const { return !std::isnan(minValue); }
    void add(double step, double value, double timestamp);
    // Adds a summary of later points.
    void merge(const PointSummary &later);

    static PointSummary of(const SeriesBlock &block);
};

} // namespace nereid
