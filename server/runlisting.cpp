#include "runlisting.h"

#include "runlistingparams.h"
#include "runviewbuilder.h"
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
    return params.needsEvaluation() ? evaluated(project, params, now) : paged(project, params, now);
}

QJsonObject RunListing::evaluated(const Project &project, const RunListingParams &params, qint64 now)
{
    const QStringList paths = params.paths();
    QList<RunRow> rows = m_context.runs.listAll(project.id, params.trashed);
    const QHash<qint64, QList<FieldRow>> fields =
        m_context.fields.fieldsOfProject(project.id, params.trashed, RunViewBuilder::nonSysPaths(paths));
    // Rows come by run number; the sort is stable, so runs the sort key cannot tell apart keep that order,
    // reversed when descending (newest first, as without a sort key).
    if (params.order.order() == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());

    const RunViewBuilder builder(paths, now, m_context.settings.activeMs);
    QList<QueryRun> matches;
    QList<qsizetype> rowOfMatch;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QueryRun view = builder.build(rows[i], fields.value(rows[i].id));
        if (params.query.matches(view)) {
            matches.append(std::move(view));
            rowOfMatch.append(i);
        }
    }
    const QList<qsizetype> sorted = params.order.sortedIndexes(matches);
    QJsonArray runs;
    const qsizetype end = std::min(sorted.size(), qsizetype(params.offset) + params.limit);
    for (qsizetype i = params.offset; i < end; ++i) {
        const RunRow &run = rows[rowOfMatch[sorted[i]]];
        runs.append(runJson(run, params, fields.value(run.id), now));
    }
    return answer(runs, matches.size());
}

QJsonObject RunListing::paged(const Project &project, const RunListingParams &params, qint64 now)
{
    QJsonArray runs;
    for (const RunRow &run :
         m_context.runs.list(project.id, params.trashed, params.order.order(), params.limit, params.offset))
        runs.append(runJson(run, params, params.columns ? m_context.fields.fieldsOf(run.id) : QList<FieldRow>(), now));
    return answer(runs, m_context.runs.count(project.id, params.trashed));
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
