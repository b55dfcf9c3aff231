#include "runlisting.h"

#include "runlistingparams.h"
#include "servercontext.h"

#include <algorithm>
#include <QJsonArray>

namespace nereid {

namespace {

QJsonObject answer(const QJsonArray &runs, qint64 total)
{
    return {{QStringLiteral("runs"), runs}, {QStringLiteral("total"), total}};
}

} // namespace

QJsonObject RunListing::list(const Project &project, const RunListingParams &params, qint64 now)
{
    const QList<RunViewCache::Entry> &entries = m_context.runViews.entries(project, params.paths(), now);
    // Entries come by run number; the sort is stable, so runs the sort key cannot tell apart keep that order,
    // reversed when descending (newest first, as without a sort key).
    const bool descending = params.order.order() == Qt::DescendingOrder;
    QList<QueryRun> matches;
    QList<const RunRow *> rowOfMatch;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const RunViewCache::Entry &entry = entries[descending ? entries.size() - 1 - i : i];
        if (entry.row.trashed == params.trashed && params.query.matches(entry.view)) {
            matches.append(entry.view);
            rowOfMatch.append(&entry.row);
        }
    }
    const QList<qsizetype> sorted = params.order.sortedIndexes(matches);
    QJsonArray runs;
    const qsizetype end = std::min(sorted.size(), qsizetype(params.offset) + params.limit);
    for (qsizetype i = params.offset; i < end; ++i) {
        const RunRow &run = *rowOfMatch[sorted[i]];
        runs.append(runJson(run, params, params.columns ? m_context.fields.fieldsOf(run.id) : QList<FieldRow>(), now));
    }
    return answer(runs, matches.size());
}

QJsonObject RunListing::runJson(const RunRow &run, const RunListingParams &params, const QList<FieldRow> &loaded,
                                qint64 now)
{
    if (!params.columns)
        return m_context.runJson(run, now);
    QJsonObject json = run.toJson(now, m_context.settings.activeMs);
    QJsonObject fields;
    for (const FieldRow &field : loaded) {
        if (params.columns->contains(field.path))
            fields.insert(field.path, field.toJson());
    }
    json.insert(QStringLiteral("fields"), fields);
    return json;
}

} // namespace nereid
