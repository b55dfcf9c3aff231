#include "chartseriesloader.h"

#include "cache/cache.h"
#include "cache/cachedatabase.h"
#include "cache/cacheerror.h"
#include "cache/pointstore.h"
#include "cache/runreader.h"

#include <thread>

namespace nereid {

ChartSeriesLoader::ChartSeriesLoader(Cache &cache, XAxisMode mode, double smoothing)
    : m_cache(cache)
    , m_mode(mode)
    , m_smoothing(smoothing)
{
}

std::vector<ChartSeries> ChartSeriesLoader::load(const std::vector<Line> &lines) const
{
    std::vector<ChartSeries> series(lines.size(), ChartSeries(m_mode, m_smoothing));
    std::vector<char> done(lines.size(), 0);
    // Each thread takes the next line nobody has taken, so both finish together however long the runs.
    std::atomic<std::size_t> next{0};
    std::thread worker;
    if (lines.size() >= SplitFrom && !m_cache.database().filePath().isEmpty())
        worker = std::thread([&] { loadApart(lines, next, series, done); });
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < lines.size(); done[i] = 1)
        series[i].append(m_cache.points(lines[i].runId, lines[i].path));
    if (worker.joinable())
        worker.join();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!done[i]) // the second thread could not read it: through the cache, which says what went wrong
            series[i].append(m_cache.points(lines[i].runId, lines[i].path));
    return series;
}

void ChartSeriesLoader::loadApart(const std::vector<Line> &lines, std::atomic<std::size_t> &next,
                                  std::vector<ChartSeries> &series, std::vector<char> &done) const
{
    try {
        CacheDatabase db;
        db.openAsIs(m_cache.database().filePath());
        RunReader runs(db);
        PointStore points(db);
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < lines.size(); done[i] = 1)
            if (const std::optional<qint64> id = runs.seriesId(lines[i].runId, lines[i].path))
                series[i].append(points.read(*id, -qInf(), qInf()));
    } catch (const CacheError &) {
        // left undone, read again on the GUI thread
    }
}

} // namespace nereid
