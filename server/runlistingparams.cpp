#include "runlistingparams.h"

#include "apierror.h"
#include "apirequest.h"
#include "domain/fieldpath.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// 400 invalid_query with where and what: {"error", "message", "position", "expected", "path", "parameter"}.
[[noreturn]] void refuse(const QueryError &error, const QString &parameter)
{
    QJsonObject extra = error.toJson();
    if (!error.expected.isEmpty())
        extra.insert(QStringLiteral("expected"), error.expected);
    extra.insert(QStringLiteral("parameter"), parameter);
    throw ApiError{400, QueryError::Code, error.message, extra};
}

[[noreturn]] void badParameter(const QString &message)
{
    throw ApiError{400, QStringLiteral("invalid_request"), message};
}

// state, owner and tag as clauses of the query language.
Query filterClauses(const ApiRequest &request, const QDateTime &now)
{
    QStringList clauses;
    if (request.hasQueryItem(QStringLiteral("state"))) {
        const QString state = request.queryItem(QStringLiteral("state"));
        if (state != QLatin1String("active") && state != QLatin1String("inactive"))
            badParameter(
                RunListingParams::tr("The query parameter state=\"%1\" is not active or inactive.").arg(state));
        clauses.append(QStringLiteral("sys/state = ") + Query::quote(state));
    }
    if (request.hasQueryItem(QStringLiteral("owner")))
        clauses.append(QStringLiteral("sys/owner = ") + Query::quote(request.queryItem(QStringLiteral("owner"))));
    for (const QString &tag : request.queryItems(QStringLiteral("tag")))
        clauses.append(QStringLiteral("sys/tags CONTAINS ") + Query::quote(tag));
    return Query::parse(clauses.join(QStringLiteral(" AND ")), now);
}

std::optional<QStringList> readColumns(const ApiRequest &request)
{
    if (!request.hasQueryItem(QStringLiteral("columns")))
        return std::nullopt;
    QStringList columns;
    for (const QString &item : request.queryItems(QStringLiteral("columns"))) {
        for (const QString &text : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Result<FieldPath> path = FieldPath::parse(text.trimmed());
            if (!path)
                throw ApiError{
                    400, path.error().code,
                    RunListingParams::tr("The column \"%1\" is not a field path: %2").arg(text, path.error().message)};
            if (!path->isSys() && !columns.contains(path->toString()))
                columns.append(path->toString()); // sys fields come with every run anyway
        }
    }
    return columns;
}

// The parameters that choose and order the runs (booleans and the sort key as read, so "ascending=1" and
// "ascending=true" are one listing): two requests with the same are pages of one listing.
QString listingOf(const ApiRequest &request, const RunListingParams &params)
{
    const QString sortKey = request.queryItem(QStringLiteral("sort_by")).trimmed();
    QJsonArray parts{sortKey.isEmpty() ? RunListingParams::DefaultSortKey : sortKey,
                     params.order.order() == Qt::AscendingOrder, params.trashed};
    for (const char *name : {"query", "state", "owner"})
        parts.append(request.queryItem(QLatin1String(name)).trimmed());
    parts.append(QJsonArray::fromStringList(request.queryItems(QStringLiteral("tag"))));
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace

RunListingParams RunListingParams::fromRequest(const ApiRequest &request, const QDateTime &now)
{
    RunListingParams params;
    params.trashed = request.boolQueryItem(QStringLiteral("trashed"), false);
    params.limit = int(request.intQueryItem(QStringLiteral("limit"), 100, 0, 10000));
    params.offset = int(request.intQueryItem(QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max()));
    // An empty page_token is none, so a client may send the last page's token, or none, the same way.
    const QString pageToken = request.queryItem(QStringLiteral("page_token"));
    if (!pageToken.isEmpty()) {
        if (request.hasQueryItem(QStringLiteral("offset")))
            badParameter(tr("Give offset or page_token, not both."));
        params.pageToken = PageToken::decode(pageToken);
    }

    const Query query = Query::parse(request.queryItem(QStringLiteral("query")), now);
    if (!query.isValid())
        refuse(query.error(), QStringLiteral("query"));
    params.query = query && filterClauses(request, now);

    const bool ascending = request.boolQueryItem(QStringLiteral("ascending"), false);
    const QString sortKey = request.queryItem(QStringLiteral("sort_by")).trimmed();
    params.order = RunOrder::parse(sortKey.isEmpty() ? DefaultSortKey : sortKey,
                                   ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (!params.order.isValid())
        refuse(params.order.error(), QStringLiteral("sort_by"));
    params.columns = readColumns(request);
    params.listing = listingOf(request, params);
    params.model = request.queryItem(QStringLiteral("model")).trimmed();
    const QString kind = request.queryItem(QStringLiteral("kind")).trimmed();
    if (!kind.isEmpty()) {
        const std::optional<ObjectKind> named = objectKindFromName(kind);
        if (!named)
            badParameter(tr("kind must be run, model, model_version or project, not \"%1\".").arg(kind));
        params.kind = *named;
    } else if (!params.model.isEmpty()) {
        params.kind = ObjectKind::ModelVersion;
    }
    if (!params.model.isEmpty() && params.kind != ObjectKind::ModelVersion)
        badParameter(tr("model lists a model's versions: it takes kind=model_version or no kind."));
    return params;
}

QString RunListingParams::listingKey(qint64 projectId) const
{
    const QByteArray text = QByteArray::number(projectId) + '\n' + objectKindName(kind).toUtf8() + '\n' +
                            model.toUtf8() + '\n' + listing.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(12).toBase64(QByteArray::Base64UrlEncoding));
}

QStringList RunListingParams::paths() const
{
    QStringList paths = query.paths();
    if (!paths.contains(order.operand().path))
        paths.append(order.operand().path);
    return paths;
}

} // namespace nereid
