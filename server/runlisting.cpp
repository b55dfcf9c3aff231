#include "runlisting.h"

#include "jsontext.h"
#include "pagetoken.h"
#include "runlistingparams.h"
#include "servercontext.h"

#include <algorithm>

namespace nereid {

namespace {

// The sort value a token continues after: its own, or (for a long text it left out) its run's now.
RunOrder::SortValue valueOf(const PageToken &token, const RunOrder &order, const QList<RunViewCache::Entry> &entries)
{
    if (!token.valueLeftOut)
        return token.value;
    const auto run = std::find_if(entries.cbegin(), entries.cend(), [&](const RunViewCache::Entry &entry) {
        return entry.row.number == token.runNumber;
    });
    return run == entries.cend() ? RunOrder::SortValue{} : order.sortValue(run->view);
}

// True when `entry` comes after the run a token was made at, in the listing's order: by sort value, then (where
// the values tie) by run number, descending when the listing is.
bool comesAfter(const RunOrder &order, const RunOrder::SortValue &value, qint64 runNumber,
                const RunViewCache::Entry &entry)
{
    if (const int byValue = order.compare(value, entry.view))
        return byValue < 0;
    return order.order() == Qt::DescendingOrder ? entry.row.number < runNumber : entry.row.number > runNumber;
}

} // namespace

QByteArray RunListing::list(const Project &project, const RunListingParams &params, qint64 now)
{
    const QList<RunViewCache::Entry> &entries = m_context.runViews.entries(project, params.paths(), now);
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
        if (entry.row.trashed != params.trashed || !params.query.matches(entry.view))
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
    // than reading them.
    QByteArray text("{\"runs\":[");
    for (qsizetype i = start; i < end; ++i) {
        if (i > start)
            text.append(',');
        appendRun(text, *rowOfMatch[sorted[i]], params, now);
    }
    text.append(QByteArrayView("],\"total\":"));
    jsontext::appendInteger(text, total);
    text.append(QByteArrayView(",\"next_page_token\":"));
    // A token after the page's last run, while runs follow it.
    if (end > start && end < sorted.size()) {
        const qsizetype last = sorted[end - 1];
        jsontext::appendString(
            text, PageToken{listing, rowOfMatch[last]->number, params.order.sortValue(matches[last])}.encode());
    } else {
        text.append(QByteArrayView("null"));
    }
    text.append('}');
    return text;
}

void RunListing::appendRun(QByteArray &out, const RunRow &run, const RunListingParams &params, qint64 now)
{
    if (!params.columns) {
        out.append(m_context.runJsonText(run, now));
        return;
    }
    QList<FieldRow> fields = m_context.fields.fieldsOf(run.id);
    fields.removeIf([&](const FieldRow &field) { return !params.columns->contains(field.path); });
    QByteArray fieldsText;
    FieldRow::appendObject(fieldsText, fields);
    run.appendJson(out, now, m_context.settings.activeMs, fieldsText);
}

} // namespace nereid
