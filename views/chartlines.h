#pragma once

#include "models/chartmodel.h"

#include <map>
#include <QObject>

class QChart;
class QLineSeries;
class QScatterSeries;
class QAbstractSeries;

namespace nereid {

// The QtCharts series of one chart, three per run: the raw line (faint while smoothing), the smoothed line, and the
// points clipped to a log axis' floor as markers. apply() hands each of them its points with one replace() (QtCharts
// redraws a series once per call), never an append per point. NaN gaps are left out (QLineSeries cannot break a
// line); ±Infinity is drawn at the edge of the y range.
class ChartLines : public QObject
{
    Q_OBJECT

public:
    struct Run
    {
        QLineSeries *raw = nullptr;
        QLineSeries *smoothed = nullptr;
        QScatterSeries *clipped = nullptr;
        bool hidden = false;
    };

    explicit ChartLines(QChart *chart, QObject *parent = nullptr);

    // Creates the series of these runs (and removes those of others); `labels` are the legend's "id · name".
    void setRuns(const QStringList &runIds, const QStringList &labels);
    // Replaces the points of every run's series; xScale turns model x into axis x (seconds → ms for a date axis).
    // Returns the y range of the points of the shown runs (NaN, NaN when there are none).
    std::pair<double, double> apply(const QList<ChartModel::Line> &lines, double xScale, bool smoothing);
    void setHidden(const QString &runId, bool hidden);
    bool isHidden(const QString &runId) const;
    QStringList runIds() const { return m_order; }
    const Run *run(const QString &runId) const;
    QList<QAbstractSeries *> allSeries() const;
    // The run whose raw line `series` is, or empty.
    QString runOf(const QAbstractSeries *series) const;

private:
    void styleRun(const QString &runId, Run &run, bool smoothing) const;

    QChart *m_chart;
    QStringList m_order;
    std::map<QString, Run> m_runs;
};

} // namespace nereid
