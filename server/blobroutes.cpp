#include "blobroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "blobdownload.h"
#include "clock.h"
#include "projectblobs.h"
#include "router.h"
#include "servercontext.h"

#include <QJsonArray>

namespace nereid {

namespace {

const QString BlobPath = QStringLiteral("/api/v1/projects/{}/{}/blobs/{}");
constexpr qsizetype MaxAsked = 10'000;

ApiError invalidHash()
{
    return {400, QStringLiteral("invalid_hash"), QStringLiteral("A blob's hash is 64 lowercase hex digits.")};
}

// Judged on the header alone, before any byte of the body is read, in the order docs/api.md gives.
std::unique_ptr<BlobUpload> startUpload(ServerContext &context, const ApiRequest &request,
                                        std::optional<quint64> length)
{
    Access::project(context, request, Role::Contributor);
    if (!BlobStore::isHash(request.capture(2)))
        throw invalidHash();
    if (!length) // none, or a chunked body: its size could not be judged before it is read
        throw ApiError{411, QStringLiteral("length_required"),
                       QStringLiteral("An upload needs a Content-Length (not a chunked body).")};
    const qint64 size = *length > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(*length);
    return context.blobs->begin(request.capture(2), size < 0 ? context.settings.maxFileBytes + 1 : size,
                                context.settings.maxFileBytes);
}

// On the writer, once the transport has the blob in place: the project now has it.
ApiResponse recordUpload(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Contributor);
    const QString &hash = request.capture(2);
    const qint64 size = request.http().header("content-length").toLongLong();
    // Only the transport routes here, after BlobUpload::finish(); a blob gone since was collected in between.
    if (!context.blobs->contains(hash))
        throw ApiError{503, QStringLiteral("storage_unavailable"),
                       QStringLiteral("The blob was removed while it was recorded; upload it again.")};
    const bool added = ProjectBlobs(context.db).record(project.id, hash, size, nowMs());
    return {added ? 201 : 200, {{QStringLiteral("hash"), hash}, {QStringLiteral("size"), size}}};
}

ApiResponse missingBlobs(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Viewer);
    const QJsonValue hashes = request.jsonBody().value(QStringLiteral("hashes"));
    if (!hashes.isArray())
        throw ApiError{400, QStringLiteral("invalid_request"),
                       QStringLiteral("The body needs a \"hashes\" array of SHA-256 hashes.")};
    const QJsonArray array = hashes.toArray();
    if (array.size() > MaxAsked)
        throw ApiError{
            400, QStringLiteral("invalid_request"),
            QStringLiteral("At most %1 hashes may be asked at once; this asks %2.").arg(MaxAsked).arg(array.size())};
    QStringList asked;
    for (const QJsonValue &hash : array) {
        if (!BlobStore::isHash(hash.toString()))
            throw invalidHash();
        asked.append(hash.toString());
    }
    return {
        200,
        {{QStringLiteral("missing"), QJsonArray::fromStringList(ProjectBlobs(context.db).missing(project.id, asked))}}};
}

} // namespace

void addBlobRoutes(Router &router, ServerContext &context)
{
    router.addUpload(
        HttpMethod::Put, BlobPath,
        [&context](const ApiRequest &request, std::optional<quint64> length) {
            return startUpload(context, request, length);
        },
        [&context](const ApiRequest &request) { return recordUpload(context, request); });
    for (const HttpMethod method : {HttpMethod::Get, HttpMethod::Head}) {
        router.add(method, BlobPath,
                   [&context](const ApiRequest &request) { return BlobDownload::answer(context, request); });
    }
    router.addRead(HttpMethod::Post, QStringLiteral("/api/v1/projects/{}/{}/blobs/missing"),
                   [&context](const ApiRequest &request) { return missingBlobs(context, request); });
}

} // namespace nereid
