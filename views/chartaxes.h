#pragma once

#include "chartplotmapping.h"
#include "series/xaxis.h"

#include <QColor>
#include <QObject>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace nereid {

// The axes of a chart panel: x by step, by relative time (a value axis in seconds) or by absolute time (a date
// axis, which counts milliseconds: xScale() turns the model's seconds into them, its labels as fine as the span
// needs, so no two read the same); y linear or log. The log axis is a category axis over log10 of the values:
// QLogValueAxis labels only powers of its base, none at all on a range within one decade, where this one labels
// 2, 5, ... (see ChartTicks::logTicks). Numbers follow the locale (0,5 in German). Switching replaces the axis and
// attaches every series of the chart to the new one. A range set by the panel is told apart from one the user made
// by zooming or panning: only the latter is signalled.
class ChartAxes : public QObject
{
    Q_OBJECT

public:
    explicit ChartAxes(QChart *chart, QObject *parent = nullptr);

    void setXMode(XAxisMode mode);
    void setLogY(bool logY);
    XAxisMode xMode() const { return m_mode; }
    bool logY() const { return m_logY; }
    double xScale() const { return m_mode == XAxisMode::AbsoluteTime ? 1000.0 : 1.0; }
    QAbstractAxis *x() const { return m_x; }
    QAbstractAxis *y() const { return m_y; }

    // Attaches series added to the chart since to both axes.
    void attach(const QList<QAbstractSeries *> &series);
    // In the model's units (seconds for time).
    void setXRange(double from, double to);
    // The data's range padded a little so no line sits on the frame (on a log axis by a factor), never across
    // zero: a loss that never goes below 0 gets an axis from 0.
    void fitY(double low, double high);
    // The values the y axis labels.
    QList<double> yTicks() const;
    // The colours of labels, titles and grid lines (the theme's).
    void setColors(const QColor &text, const QColor &grid);
    std::pair<double, double> xRange() const;
    std::pair<double, double> yRange() const;
    // Where values land on `plot` with the ranges of now (axis units: x in milliseconds on a date axis).
    ChartPlotMapping mapping(const QRectF &plot) const;

signals:
    // The user zoomed or panned the x axis to [from, to] (model units).
    void xRangeChanged(double from, double to);
    // Any range changed, by the panel or by the user, or an axis was replaced: what is drawn moves.
    void rangesChanged();

private:
    // About one x tick per 110 pixels, one y tick per 35.
    static constexpr double XTickPixels = 110;
    static constexpr double YTickPixels = 35;

    void replaceX();
    void replaceY();
    void replace(QAbstractAxis *&axis, QAbstractAxis *by, Qt::Alignment side);
    void onXRangeChanged();
    void styleAxis(QAbstractAxis *axis) const;
    void placeLogTicks();
    void placeTimeFormat();

    QChart *m_chart;
    XAxisMode m_mode = XAxisMode::Step;
    bool m_logY = false;
    QAbstractAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    bool m_setting = false;
    bool m_placingTicks = false;
    QColor m_text;
    QColor m_grid;
};

} // namespace nereid
