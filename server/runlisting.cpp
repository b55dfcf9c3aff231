#include "runlisting.h"

#include "apierror.h"
#include "pagetoken.h"
#include "runlistingparams.h"
#include "servercontext.h"

#include <algorithm>
#include <cstdlib>
#include <QJsonArray>

namespace nereid {

namespace {

QJsonObject answer(const QJsonArray &runs, qint64 total, const QString &nextPageToken)
{
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("total"), total},
            {QStringLiteral("next_page_token"), nextPageToken.isEmpty() ? QJsonValue() : QJsonValue(nextPageToken)}};
}

// The sort value a token continues after: its own, or (for a long text it left out) its run's now.
RunOrder::SortValue valueOf(const PageToken &token, const RunOrder &order, const QList<RunViewCache::Entry> &entries)
{
    if (!token.valueLeftOut)
        return token.value;
    const auto run = std::find_if(entries.cbegin(), entries.cend(), [&](const RunViewCache::Entry &entry) {
        return std::abs(entry.row.number) == token.runNumber;
    });
    return run == entries.cend() ? RunOrder::SortValue{} : order.sortValue(run->view);
}

// True when `entry` comes after the run a token was made at, in the listing's order: by sort value, then (where
// the values tie) by run number, descending when the listing is. Objects other than runs are numbered -1, -2, ...
// (ProjectStore::nextObjectNumber): their sequence is the number's magnitude, as a token holds it.
bool comesAfter(const RunOrder &order, const RunOrder::SortValue &value, qint64 runNumber,
                const RunViewCache::Entry &entry)
{
    if (const int byValue = order.compare(value, entry.view))
        return byValue < 0;
    const qint64 sequence = std::abs(entry.row.number);
    return order.order() == Qt::DescendingOrder ? sequence < runNumber : sequence > runNumber;
}

} // namespace

QJsonObject RunListing::list(const Project &project, const RunListingParams &params, qint64 now)
{
    const QList<RunViewCache::Entry> &entries = m_context.runViews.entries(project, params.paths(), now, params.kind);
    qint64 model = 0; // the row of the model whose versions are listed
    if (!params.model.isEmpty()) {
        const std::optional<RunRow> row = m_context.runs.find(params.model);
        if (!row || row->kind != ObjectKind::Model || row->projectId != project.id)
            throw ApiError{404, QStringLiteral("unknown_model"),
                           RunStore::tr("There is no model %1 in %2.").arg(params.model, project.fullName())};
        model = row->id;
    }
    const QString listing = params.listingKey(project.id);
    // Entries come by run number; the sort is stable, so runs the sort key cannot tell apart keep that order,
    // reversed when descending (newest first, as without a sort key).
    const bool descending = params.order.order() == Qt::DescendingOrder;
    std::optional<RunOrder::SortValue> after; // a page token's: only runs after it in that order
    if (params.pageToken) {
        params.pageToken->checkListing(listing);
        after = valueOf(*params.pageToken, params.order, entries);
    }
    QList<QueryRun> matches;
    QList<const RunRow *> rowOfMatch;
    qint64 total = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const RunViewCache::Entry &entry = entries[descending ? entries.size() - 1 - i : i];
        if (entry.row.trashed != params.trashed || (model && entry.row.parentId != model) ||
            !params.query.matches(entry.view))
            continue;
        ++total;
        if (!after || comesAfter(params.order, *after, params.pageToken->runNumber, entry)) {
            matches.append(entry.view);
            rowOfMatch.append(&entry.row);
        }
    }
    const QList<qsizetype> sorted = params.order.sortedIndexes(matches);
    QJsonArray runs;
    const qsizetype start = after ? 0 : std::min(sorted.size(), qsizetype(params.offset));
    const qsizetype end = std::min(sorted.size(), start + params.limit);
    for (qsizetype i = start; i < end; ++i) {
        const RunRow &run = *rowOfMatch[sorted[i]];
        runs.append(runJson(run, params, params.columns ? m_context.fields.fieldsOf(run.id) : QList<FieldRow>(), now));
    }
    // A token after the page's last run, while runs follow it.
    QString next;
    if (end > start && end < sorted.size()) {
        const qsizetype last = sorted[end - 1];
        next = PageToken{listing, std::abs(rowOfMatch[last]->number), params.order.sortValue(matches[last])}.encode();
    }
    return answer(runs, total, next);
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
