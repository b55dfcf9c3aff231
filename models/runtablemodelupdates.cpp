// RunTableModel's live updates: runs the sync engine adds or changes arrive as the cache's signals and
// change rows in place (rowsInserted, dataChanged by row range), so selections and the scroll position stay.
#include "cache/cache.h"
#include "query/runorder.h"
#include "runtablemodel.h"

namespace nereid {

namespace {

// Consecutive runs of the sorted `rows`: [first, last] pairs, so dataChanged goes out once per range.
QList<std::pair<int, int>> ranges(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> result;
    for (int row : rows) {
        if (!result.isEmpty() && result.last().second + 1 >= row)
            result.last().second = row;
        else
            result.append({row, row});
    }
    return result;
}

} // namespace

void RunTableModel::onRunsAdded(const QString &project, const QStringList &runIds)
{
    if (project != m_project)
        return;
    QList<RunRecord> added;
    for (const QString &runId : runIds) {
        if (m_storedAt.contains(runId))
            continue;
        // The cache names objects of every kind: the table takes those of its scope only.
        std::optional<RunRecord> run = m_cache->run(runId);
        if (run && m_scope.contains(run->kind, run->modelId))
            added.append(std::move(*run));
    }
    addRuns(std::move(added));
}

void RunTableModel::addRuns(QList<RunRecord> added, QList<QueryRun> views)
{
    if (added.isEmpty())
        return;
    const qsizetype first = m_records.size(); // new runs are stored, and shown, after the others
    beginInsertRows({}, int(first), int(first + added.size()) - 1);
    m_records.resize(first + added.size());
    m_views.resize(first + added.size());
    for (qsizetype i = 0; i < added.size(); ++i) {
        m_storedAt.insert(added[i].runId, first + i);
        m_order.append(first + i);
        m_rowOfStored.append(int(first + i));
        store(first + i, std::move(added[i]),
              views.isEmpty() ? std::nullopt : std::optional<QueryRun>(std::move(views[i])));
    }
    endInsertRows();
    applySort(); // new runs join the order the user chose
}

void RunTableModel::onRunsChanged(const QString &project, const QStringList &runIds)
{
    if (project != m_project)
        return;
    QList<RunRecord> changed;
    QStringList unknown;
    for (const QString &runId : runIds) {
        std::optional<RunRecord> run = m_cache->run(runId);
        if (!m_storedAt.contains(runId) || !run)
            unknown.append(runId);
        else
            changed.append(std::move(*run));
    }
    updateRuns(std::move(changed));
    // A run this model never saw (it was added while another project was open) is new here.
    if (!unknown.isEmpty())
        onRunsAdded(project, unknown);
}

void RunTableModel::updateRuns(QList<RunRecord> runs)
{
    QList<int> rows;
    QList<qsizetype> positions;
    for (RunRecord &run : runs) {
        const qsizetype stored = m_storedAt.value(run.runId, -1);
        if (stored < 0)
            continue;
        store(stored, std::move(run));
        rows.append(m_rowOfStored[stored]);
        positions.append(stored);
    }
    for (const auto &[first, last] : ranges(m_columns.isEmpty() ? QList<int>() : rows))
        emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
    placeChanged(positions);
}

void RunTableModel::placeChanged(const QList<qsizetype> &positions)
{
    if (positions.isEmpty() || m_sortColumn < 0 || m_sortColumn >= m_columns.size())
        return;
    if (positions.size() > 64) { // a sync of many runs: one sort costs less than placing each
        applySort();
        return;
    }
    // The other rows are in order still: each changed run goes where a binary search puts it, ties by position
    // as the full sort has them. The view's layout changes only when a run actually moves.
    const RunOrder order = RunOrder::parse(m_columns[m_sortColumn].sortKey(), m_sortOrder);
    const auto before = [&](qsizetype a, qsizetype b) {
        const int c = order.compare(m_views[a], m_views[b]);
        return c != 0 ? c < 0 : a < b;
    };
    QList<qsizetype> placed = m_order;
    placed.removeIf([&](qsizetype stored) { return positions.contains(stored); });
    for (qsizetype stored : positions)
        placed.insert(std::lower_bound(placed.cbegin(), placed.cend(), stored, before) - placed.cbegin(), stored);
    if (placed != m_order)
        applyOrder(placed);
}

} // namespace nereid
