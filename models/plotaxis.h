#pragma once

#include <QList>
#include <QStringList>

namespace nereid {

// One axis of a plot: a numeric range (linear or logarithmic) or an ordered list of categories, and where a value
// lies on it as a fraction from 0 (the low end) to 1 (the high end). A value the axis cannot place (missing, or not
// positive on a log axis) has a NaN fraction, and the plot leaves it out.
class PlotAxis
{
public:
    PlotAxis() = default;
    // The range of `values` (NaNs skipped), a little wider than the data so no point sits on the frame; on a log axis
    // only positive values count. An axis without values spans 0 to 1.
    static PlotAxis fit(const QList<double> &values, bool log = false);
    static PlotAxis numeric(double low, double high, bool log = false);
    // Categories in this order; a value is a category's index.
    static PlotAxis categorical(QStringList categories);

    bool isCategorical() const { return m_categorical; }
    bool isLog() const { return m_log; }
    double low() const { return m_low; }
    double high() const { return m_high; }
    const QStringList &categories() const { return m_categories; }

    double fraction(double value) const;
    // The value at `fraction` (numeric axes); the nearest category's index on categorical ones.
    double valueAt(double fraction) const;
    // About `count` round values inside the range, for tick labels (categories: every index).
    QList<double> ticks(int count = 5) const;
    QString label(double value) const;

private:
    double m_low = 0;
    double m_high = 1;
    bool m_log = false;
    bool m_categorical = false;
    QStringList m_categories;
};

} // namespace nereid
