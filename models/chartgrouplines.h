#pragma once

#include "chartmodel.h"
#include "series/groupenvelope.h"

#include <QList>
#include <QPointF>
#include <QStringList>

namespace nereid {

// A group of runs as a chart in groups mode draws it (issue 17, item 3): one line named by the group.
struct ChartGroup
{
    QString id; // what the chart's lines know it by, as they know a run by its id
    QString label;
    QStringList runIds;
};

// A chart's lines in groups mode: for each group and path, the mean of its runs' lines per pixel column of the view
// and a band around it (GroupEnvelope), from the lines the ChartModel holds (the smoothed ones while smoothing,
// the server's buckets for a series the cache does not hold).
class ChartGroupLines
{
public:
    struct Band
    {
        QString key;
        QString groupId;
        QString path;
        QList<QPointF> low;
        QList<QPointF> high;
    };
    // Lines keyed as ChartModel keys a run's (see keyOf()), with runId the group's id and runName its label.
    QList<ChartModel::Line> lines;
    QList<Band> bands;

    static ChartGroupLines compute(const ChartModel &model, const QList<ChartGroup> &groups, GroupEnvelope::Band band);
    static QString keyOf(const QString &groupId, const QString &path, qsizetype paths);
};

} // namespace nereid
