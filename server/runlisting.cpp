#include "runlisting.h"

#include "apierror.h"
#include "jsontext.h"
#include "pagetoken.h"
#include "runlistingparams.h"
#include "servercontext.h"

#include <algorithm>
#include <cstdlib>

namespace nereid {

namespace {

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

QByteArray RunListing::list(const Project &project, const RunListingParams &params, qint64 now)
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
    const qsizetype start = after ? 0 : std::min(sorted.size(), qsizetype(params.offset));
    const qsizetype end = std::min(sorted.size(), start + params.limit);
    // JSON text, run by run, as a GET of one run: a QJsonObject tree of 10,000 runs with their fields cost more
    // than reading them. Every field of a run comes from the read cache's text where it holds the run; the
    // request's columns from one statement per 500 runs of the page.
    QHash<qint64, QList<FieldRow>> columnFields;
    if (params.columns && !params.columns->isEmpty()) {
        QList<qint64> pageIds;
        for (qsizetype i = start; i < end; ++i)
            pageIds.append(rowOfMatch[sorted[i]]->id);
        columnFields = m_context.fields.fieldsOfRuns(pageIds);
    }
    QByteArray body;
    body.reserve((end - start) * 1024 + 100);
    body.append("{\"runs\":[");
    for (qsizetype i = start; i < end; ++i) {
        if (i > start)
            body.append(',');
        appendRun(body, *rowOfMatch[sorted[i]], params, columnFields, now);
    }
    body.append("],\"total\":");
    jsontext::appendInteger(body, total);
    body.append(",\"next_page_token\":");
    // A token after the page's last run, while runs follow it.
    if (end > start && end < sorted.size()) {
        const qsizetype last = sorted[end - 1];
        jsontext::appendString(
            body,
            PageToken{listing, std::abs(rowOfMatch[last]->number), params.order.sortValue(matches[last])}.encode());
    } else {
        body.append("null");
    }
    body.append('}');
    return body;
}

void RunListing::appendRun(QByteArray &out, const RunRow &run, const RunListingParams &params,
                           const QHash<qint64, QList<FieldRow>> &columnFields, qint64 now)
{
    if (!params.columns) {
        out.append(m_context.runJsonText(run, now));
        return;
    }
    QList<FieldRow> shown = columnFields.value(run.id);
    shown.removeIf([&](const FieldRow &field) { return !params.columns->contains(field.path); });
    QByteArray fieldsText;
    FieldRow::appendObject(fieldsText, shown);
    run.appendJson(out, now, m_context.settings.activeMs, fieldsText);
}

} // namespace nereid
