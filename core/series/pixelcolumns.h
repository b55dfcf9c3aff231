#pragma once

namespace nereid {

// Maps x values to the pixel columns of a plot `width` columns wide over [from, to]. Column c holds the x in
// [from + c·w, from + (c+1)·w) with w = (to − from) / width; `to` itself falls in the last column. The column is one
// multiplication away from x and never decreases as x grows, so the columns of sorted points can be found by binary
// search with this very function (the reduction and its tests then agree to the last bit).
class PixelColumns
{
public:
    // A range that is empty (to <= from) or not finite puts every x of [from, to] in column 0.
    PixelColumns(double from, double to, int width);

    double from() const { return m_from; }
    double to() const { return m_to; }
    int width() const { return m_width; }

    // -1 for x < from, width() for x > to (and for NaN x, which sorted data never has).
    int columnOf(double x) const
    {
        if (x < m_from)
            return -1;
        if (!(x <= m_to))
            return m_width;
        const int column = static_cast<int>((x - m_from) * m_scale);
        return column < m_width ? column : m_width - 1;
    }

private:
    double m_from;
    double m_to;
    double m_scale;
    int m_width;
};

} // namespace nereid
