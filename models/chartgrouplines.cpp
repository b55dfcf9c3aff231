#include "chartgrouplines.h"

namespace nereid {

QString ChartGroupLines::keyOf(const QString &groupId, const QString &path, qsizetype paths)
{
    return paths > 1 ? groupId + QChar(0x1f) + path : groupId;
}

ChartGroupLines ChartGroupLines::compute(const ChartModel &model, const QList<ChartGroup> &groups,
                                         GroupEnvelope::Band band)
{
    ChartGroupLines result;
    const auto [from, to] = model.view();
    const PixelColumns columns(from, to, qMax(1, model.width()));
    const bool smoothing = model.smoothing() > 0;
    const QStringList paths = model.paths();
    for (const ChartGroup &group : groups) {
        for (const QString &path : paths) {
            QList<const SeriesData *> runs;
            for (const QString &runId : group.runIds) {
                const QString key = model.keyOf(runId, path);
                if (const ReducedSeries *reduced = model.isReduced(key) ? model.reduced(key) : nullptr)
                    runs.append(smoothing ? &reduced->smoothedLine() : &reduced->line());
                else if (const ChartSeries *series = model.series(key))
                    runs.append(smoothing ? &series->smoothedLine() : &series->line());
            }
            const GroupEnvelope envelope = GroupEnvelope::compute(runs, columns, band);
            ChartModel::Line line;
            line.key = keyOf(group.id, path, paths.size());
            line.runId = group.id;
            line.path = path;
            line.runName = group.label;
            Band shape{line.key, group.id, path, {}, {}};
            line.raw.reserve(envelope.size());
            shape.low.reserve(envelope.size());
            shape.high.reserve(envelope.size());
            for (qsizetype i = 0; i < envelope.size(); ++i) {
                const double x = envelope.xs[size_t(i)];
                line.raw.append({x, envelope.mean[size_t(i)]});
                shape.low.append({x, envelope.low[size_t(i)]});
                shape.high.append({x, envelope.high[size_t(i)]});
            }
            if (smoothing) // the runs' smoothed lines made the mean: drawn as the smoothed line is
                line.smoothed = line.raw;
            result.lines.append(std::move(line));
            result.bands.append(std::move(shape));
        }
    }
    return result;
}

} // namespace nereid
