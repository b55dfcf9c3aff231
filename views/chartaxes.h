#pragma once

#include "chartplotmapping.h"
#include "series/xaxis.h"

#include <QObject>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace nereid {

// The axes of a chart panel: x by step, by relative time (a value axis in seconds) or by absolute time (a date
// axis, which counts milliseconds: xScale() turns the model's seconds into them); y linear or log (base 10).
// Switching replaces the axis and attaches every series of the chart to the new one. A range set by the panel
// is told apart from one the user made by zooming or panning: only the latter is signalled.
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
    // Pads the data's range a little so no line sits on the frame; on a log axis by a factor.
    void fitY(double low, double high);
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
    void replaceX();
    void replaceY();
    void replace(QAbstractAxis *&axis, QAbstractAxis *by, Qt::Alignment side);
    void onXRangeChanged();

    QChart *m_chart;
    XAxisMode m_mode = XAxisMode::Step;
    bool m_logY = false;
    QAbstractAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    bool m_setting = false;
};

} // namespace nereid
