#include "blobdownload.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "byterange.h"
#include "filerange.h"
#include "projectblobs.h"
#include "servercontext.h"

#include <fcntl.h>
#include <QFile>
#include <sys/stat.h>

namespace nereid::BlobDownload {

namespace {

ApiError unknownBlob(const QString &hash, const QString &project)
{
    return {404,
            QStringLiteral("unknown_blob"),
            QStringLiteral("Project %1 has no blob %2.").arg(project, hash),
            {{QStringLiteral("hash"), hash}}};
}

// True when an If-None-Match list names `tag` (or is "*"); weak tags compare by their opaque part (RFC 9110 13.1.2).
bool namesTag(const QByteArray &header, const QByteArray &tag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == tag || candidate == "*")
            return true;
    }
    return false;
}

} // namespace

ApiResponse answer(ServerContext &context, const ApiRequest &request)
{
    const Project project = Access::project(context, request, Role::Viewer);
    const QString &hash = request.capture(2);
    if (!BlobStore::isHash(hash) || !ProjectBlobs(context.db).sizeOf(project.id, hash))
        throw unknownBlob(hash, project.fullName());
    // Opened here, so a collection that removes the file meanwhile cannot cut the answer short.
    const int fd = ::open(QFile::encodeName(context.blobs->pathOf(hash)).constData(), O_RDONLY | O_CLOEXEC);
    struct stat status
    {
    };
    if (fd < 0 || ::fstat(fd, &status) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw unknownBlob(hash, project.fullName());
    }
    const qint64 size = status.st_size;
    const QByteArray tag = '"' + hash.toLatin1() + '"';
    ApiResponse response;
    response.headers = {{"ETag", tag}, {"Accept-Ranges", "bytes"}};
    const HttpRequest &http = request.http();
    if (const QByteArray ifNoneMatch = http.header("if-none-match");
        !ifNoneMatch.isEmpty() && namesTag(ifNoneMatch, tag)) {
        ::close(fd);
        response.status = 304;
        return response;
    }
    const QByteArray ifRange = http.header("if-range").trimmed();
    const ByteRange range =
        ifRange.isEmpty() || ifRange == tag ? ByteRange::parse(http.header("range"), size) : ByteRange{};
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        ::close(fd);
        response.status = 416;
        response.body = ApiError{416, QStringLiteral("range_not_satisfiable"),
                                 QStringLiteral("The blob has %1 bytes; the range asked starts beyond them.").arg(size)}
                            .toJson();
        response.headers.append({"Content-Range", "bytes */" + QByteArray::number(size)});
        return response;
    }
    response.contentType = "application/octet-stream";
    if (range.kind == ByteRange::Kind::Part) {
        response.status = 206;
        response.headers.append({"Content-Range", "bytes " + QByteArray::number(range.offset) + '-' +
                                                      QByteArray::number(range.offset + range.length - 1) + '/' +
                                                      QByteArray::number(size)});
        response.file = std::make_shared<FileRange>(fd, range.offset, range.length);
    } else {
        response.file = std::make_shared<FileRange>(fd, 0, size);
    }
    return response;
}

} // namespace nereid::BlobDownload
