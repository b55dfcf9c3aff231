#pragma once

#include "reducedseries.h"
#include "series/seriesview.h"

#include <map>
#include <QObject>
#include <QTimer>

namespace nereid {

class Cache;
class ChartModel;
class SeriesSource;

// A chart's fetch planning: for each line (a shown run's path) whose series the cache does not hold whole, what to ask
// the SeriesSource for (the steps in view at the plot's width, again at each zoom, resize and smoothing), and what came
// back that the cache does not keep: the server's buckets (ReducedSeries), the steps and times of their points (a
// time axis counts from the first, and a zoom on it asks for the steps around the times in view), and why the last
// fetch failed. A short series comes back cached, and the chart reads it from the cache.
class ChartFetchPlan : public QObject
{
    Q_OBJECT

public:
    ChartFetchPlan(Cache &cache, const ChartModel &chart);

    // Null: the cache alone.
    void setSource(SeriesSource *source);
    SeriesSource *source() const { return m_source; }

    // The chart shows other runs or another path: everything fetched is forgotten.
    void reset();
    // The x axis changed: the buckets' x positions were for the old one.
    void dropBuckets();
    // Asks for what the cache lacks of each of the chart's runs, at its view and width.
    void fetchMissing();
    // The smoothing slider moved: the server smooths the reduced runs again once it rests.
    void smoothingChanged();

    bool isReduced(const QString &key) const { return m_reduced.contains(key); }
    const ReducedSeries *reduced(const QString &key) const;
    // The steps of the run's points in view (a reduced run's points come from the server by step).
    std::pair<double, double> stepsInViewOf(const QString &key) const;
    // Where the run's points are drawn on the chart's x axis.
    XAxis axisOf(const QString &key) const;
    QString error() const { return m_error; }

signals:
    // New buckets, or a fetch failed.
    void changed();

private:
    void fetchLine(const QString &key);
    // The line a request was for, or empty when the chart no longer has it.
    QString keyOf(const SeriesRequest &request) const;
    void onFieldsChanged(const QString &runId, const QStringList &paths);
    std::optional<std::pair<double, double>> stepsInView(const QString &key) const;
    void onFetched(const SeriesRequest &request, const SeriesView &view);
    void onFailed(const SeriesRequest &request, const QString &message);

    Cache &m_cache;
    const ChartModel &m_chart;
    SeriesSource *m_source = nullptr;
    // By line key (see ChartModel):
    std::map<QString, ReducedSeries> m_reduced; // the server's buckets of lines the cache does not hold whole
    std::map<QString, SeriesRequest> m_asked;   // of those lines, the last request: an older answer is not drawn
    std::map<QString, QList<std::pair<double, double>>> m_stepTimes; // of those lines: the buckets' points
    QTimer m_smoothingFetch; // a slider moved: the server smooths again once it rests
    QString m_error;
};

} // namespace nereid
