#include "chartmodel.h"

#include "cache/cache.h"
#include "chartseriesloader.h"
#include "series/axisend.h"
#include "series/logscaleclipper.h"
#include "series/m4reducer.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <QSet>
#include <thread>

namespace nereid {

namespace {

// Fewer lines are reduced on the GUI thread alone: starting a thread costs more than they take.
constexpr qsizetype ReduceApartFrom = 8;

} // namespace

ChartModel::ChartModel(Cache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetch(cache, *this)
{
    connect(&m_cache, &Cache::pointsAdded, this, &ChartModel::onPointsAdded);
    connect(&m_cache, &Cache::fieldsChanged, this, &ChartModel::onFieldsChanged);
    connect(&m_fetch, &ChartFetchPlan::changed, this, &ChartModel::changed);
}

void ChartModel::setSeries(const QString &selection, const QStringList &runIds)
{
    m_path = selection;
    m_selection = SeriesSelection(selection);
    m_runIds = runIds;
    m_series.clear();
    m_runNames.clear();
    m_keys.clear();
    m_lineSources.clear();
    QList<RunRecord> runs;
    runs.reserve(runIds.size());
    // A single path needs the runs' names only: reading every field of runs of 2,000 series took 5 ms a run.
    const bool withFields = !m_selection.isSinglePath();
    for (const QString &runId : runIds) {
        std::optional<RunRecord> run = m_cache.run(runId, withFields);
        m_runNames[runId] = run ? run->name : QString();
        runs.append(run ? std::move(*run) : RunRecord{});
    }
    m_paths = resolvePaths(runs);
    std::vector<ChartSeriesLoader::Line> lines;
    for (const QString &runId : runIds)
        for (const QString &path : std::as_const(m_paths)) {
            const QString key = keyOf(runId, path);
            if (m_lineSources.count(key))
                continue; // a run asked for twice
            m_keys.append(key);
            m_lineSources[key] = {runId, path};
            lines.push_back({runId, path});
        }
    std::vector<ChartSeries> series = ChartSeriesLoader(m_cache, m_mode, m_smoothing).load(lines);
    for (std::size_t i = 0; i < lines.size(); ++i)
        m_series.try_emplace(keyOf(lines[i].runId, lines[i].path), std::move(series[i]));
    m_fetch.reset();
    m_fetch.fetchMissing();
    emit changed();
}

QStringList ChartModel::resolvePaths(const QList<RunRecord> &runs) const
{
    if (m_selection.isSinglePath())
        return {m_selection.text()}; // no need to read which paths the runs have
    QSet<QString> available; // a list's contains() is quadratic in a project of thousands of paths (issue 17, 8)
    for (const RunRecord &run : runs)
        for (const FieldRecord &field : run.fields)
            if (field.type == FieldType::FloatSeries)
                available.insert(field.path);
    QStringList sorted(available.cbegin(), available.cend());
    sorted.sort();
    return m_selection.resolve(sorted);
}

QString ChartModel::keyOf(const QString &runId, const QString &path) const
{
    return m_paths.size() <= 1 ? runId : runId + QChar(0x1f) + path;
}

QString ChartModel::runOf(const QString &key) const
{
    const auto it = m_lineSources.find(key);
    return it == m_lineSources.end() ? QString() : it->second.first;
}

QString ChartModel::pathOf(const QString &key) const
{
    const auto it = m_lineSources.find(key);
    return it == m_lineSources.end() ? QString() : it->second.second;
}

void ChartModel::setXAxisMode(XAxisMode mode)
{
    m_mode = mode;
    for (auto &[key, series] : m_series)
        series.setXAxisMode(mode);
    m_wholeExtent = true; // a step range means nothing on a time axis
    m_fetch.dropBuckets();
    m_fetch.fetchMissing();
    emit changed();
}

void ChartModel::setSmoothing(double weight)
{
    m_smoothing = weight;
    for (auto &[key, series] : m_series)
        series.setSmoothing(weight);
    m_fetch.smoothingChanged();
    emit changed();
}

void ChartModel::setLogY(bool logY)
{
    m_logY = logY;
    emit changed();
}

void ChartModel::setView(double from, double to, int width)
{
    m_from = from;
    m_to = to;
    m_width = std::max(width, 1);
    m_wholeExtent = false;
    m_fetch.fetchMissing();
    emit changed();
}

void ChartModel::setWidth(int width)
{
    width = std::max(width, 1);
    if (width == m_width)
        return;
    m_width = width;
    m_fetch.fetchMissing(); // the server's buckets were for the old width
    emit changed();
}

void ChartModel::resetView()
{
    m_wholeExtent = true;
    m_fetch.fetchMissing();
    emit changed();
}

std::pair<double, double> ChartModel::extent() const
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto &[key, series] : m_series) {
        const SeriesData &line = shownLine(key, series);
        if (!line.isEmpty()) {
            low = std::min(low, line.xs().front());
            high = std::max(high, line.xs().back());
        }
    }
    return low <= high ? std::pair{low, high} : std::pair{0.0, 1.0};
}

std::pair<double, double> ChartModel::view() const
{
    if (!m_wholeExtent)
        return {m_from, m_to};
    const auto [from, to] = extent();
    return {from, AxisEnd::roundedUp(from, to)};
}

const ChartSeries *ChartModel::series(const QString &key) const
{
    const auto it = m_series.find(key);
    return it == m_series.end() ? nullptr : &it->second;
}

const SeriesData &ChartModel::shownLine(const QString &key, const ChartSeries &series) const
{
    const ReducedSeries *buckets = reduced(key);
    return buckets ? buckets->line() : series.line();
}

QString ChartModel::runName(const QString &runId) const
{
    const auto it = m_runNames.find(runId);
    return it == m_runNames.end() ? QString() : it->second;
}

std::optional<ChartModel::NearestPoint> ChartModel::nearest(const QString &key, double x) const
{
    const ChartSeries *found = series(key);
    if (!found)
        return std::nullopt;
    const ReducedSeries *buckets = reduced(key);
    const SeriesData &line = shownLine(key, *found);
    if (line.isEmpty())
        return std::nullopt;
    const std::span<const double> xs = line.xs();
    qsizetype index = std::lower_bound(xs.begin(), xs.end(), x) - xs.begin();
    if (index == qsizetype(xs.size()) || (index > 0 && x - xs[index - 1] < xs[index] - x))
        --index;
    if (buckets)
        return NearestPoint{buckets->point(index), xs[index], buckets->isTimeEstimated(index)};
    return NearestPoint{found->points()[index], xs[index], false};
}

QList<ChartModel::NearestPoint> ChartModel::pointsNear(const QString &key, double from, double to, qsizetype most) const
{
    const ChartSeries *found = series(key);
    if (!found)
        return {};
    const ReducedSeries *buckets = reduced(key);
    const std::span<const double> xs = shownLine(key, *found).xs();
    const qsizetype first = std::lower_bound(xs.begin(), xs.end(), from) - xs.begin();
    const qsizetype last = std::min<qsizetype>(std::upper_bound(xs.begin(), xs.end(), to) - xs.begin(), first + most);
    QList<NearestPoint> points;
    points.reserve(last - first);
    for (qsizetype index = first; index < last; ++index)
        points.append(buckets ? NearestPoint{buckets->point(index), xs[index], buckets->isTimeEstimated(index)}
                              : NearestPoint{found->points()[index], xs[index], false});
    return points;
}

std::pair<qsizetype, qsizetype> ChartModel::indicesInView(const ChartSeries &series) const
{
    const auto [from, to] = view();
    const std::span<const double> xs = series.line().xs();
    return {std::lower_bound(xs.begin(), xs.end(), from) - xs.begin(),
            std::upper_bound(xs.begin(), xs.end(), to) - xs.begin()};
}

QList<FloatPoint> ChartModel::pointsInView(const QString &key) const
{
    const ChartSeries *found = series(key);
    if (!found)
        return {};
    const auto [first, last] = indicesInView(*found);
    return found->points().mid(first, last - first);
}

QList<FloatPoint> ChartModel::pointsInView(const QString &key, const QList<FloatPoint> &points) const
{
    SeriesData laidOut;
    m_fetch.axisOf(key).append(points, laidOut);
    const auto [from, to] = view();
    const std::span<const double> xs = laidOut.xs();
    const qsizetype first = std::lower_bound(xs.begin(), xs.end(), from) - xs.begin();
    const qsizetype last = std::upper_bound(xs.begin(), xs.end(), to) - xs.begin();
    return points.mid(first, last - first);
}

QList<ChartModel::Line> ChartModel::lines() const
{
    const auto [from, to] = view();
    const PixelColumns columns(from, to, m_width);
    // Reducing 100 runs of 100,000 points was a sixth of the first frame: many lines are shared with a second
    // thread, each taking the next line nobody has (a line is reduced on its own, from data nothing writes meanwhile).
    QList<Line> lines(m_keys.size());
    Line *out = lines.data();
    std::atomic<qsizetype> next{0};
    const auto reduce = [&] {
        for (qsizetype i; (i = next.fetch_add(1, std::memory_order_relaxed)) < m_keys.size();)
            out[i] = lineOf(m_keys[i], m_series.at(m_keys[i]), columns);
    };
    std::thread worker;
    if (m_keys.size() >= ReduceApartFrom)
        worker = std::thread(reduce);
    reduce();
    if (worker.joinable())
        worker.join();
    if (m_logY)
        clipToLogFloor(lines);
    return lines;
}

ChartModel::Line ChartModel::lineOf(const QString &key, const ChartSeries &series, const PixelColumns &columns) const
{
    // Not cached: the server's buckets, and its smoothing of the raw points.
    const ReducedSeries *buckets = reduced(key);
    const SeriesData &raw = shownLine(key, series);
    const auto &[runId, path] = m_lineSources.at(key);
    Line line{key, runId, path, m_runNames.at(runId), M4Reducer::reduce(raw, columns), {}, {}, 0};
    if (m_smoothing > 0)
        line.smoothed = M4Reducer::reduce(buckets ? buckets->smoothedLine() : series.smoothedLine(), columns);
    if (m_logY) {
        // Of a reduced run, those of the buckets' points: at least that many.
        const std::span<const double> xs = raw.xs();
        const auto first = std::lower_bound(xs.begin(), xs.end(), columns.from()) - xs.begin();
        const auto last = std::upper_bound(xs.begin(), xs.end(), columns.to()) - xs.begin();
        line.nonPositive = LogScaleClipper::countNonPositive(raw.ys().subspan(first, last - first));
    }
    return line;
}

// One floor for the whole chart, below the lowest positive value of any run, so every clipped point sits on it.
void ChartModel::clipToLogFloor(QList<Line> &lines) const
{
    QList<QList<QPointF>> drawn;
    for (const Line &line : lines)
        drawn << line.raw << line.smoothed;
    const double floor = LogScaleClipper::floorFor(drawn);
    for (Line &line : lines) {
        line.clipped = LogScaleClipper::clip(line.raw, floor);
        LogScaleClipper::clip(line.smoothed, floor);
    }
}

void ChartModel::onPointsAdded(const QString &runId, const QString &path)
{
    const auto it = m_series.find(keyOf(runId, path));
    if (it == m_series.end() || pathOf(it->first) != path)
        return;
    const std::optional<double> last = it->second.lastStep();
    const QList<FloatPoint> points = m_cache.points(runId, path, last ? *last : -qInf());
    if (it->second.append(points) > 0)
        emit changed();
}

void ChartModel::onFieldsChanged(const QString &runId, const QStringList &paths)
{
    if (m_selection.isSinglePath() || !m_runIds.contains(runId))
        return;
    for (const QString &path : paths)
        if (!m_paths.contains(path) && m_selection.matches(path)) {
            const std::optional<FieldRecord> series = m_cache.series(runId, path);
            if (series && series->type == FieldType::FloatSeries) {
                setSeries(m_path, m_runIds); // rare: a run's first point of a new path
                return;
            }
        }
}

} // namespace nereid
