#include "fileroutes.h"

#include "access.h"
#include "apierror.h"
#include "apirequest.h"
#include "domain/fieldpath.h"
#include "filefieldjson.h"
#include "jsontext.h"
#include "requestedfield.h"
#include "router.h"
#include "runstore.h"
#include "servercontext.h"

namespace nereid {

namespace {

ApiResponse readFiles(ServerContext &context, const ApiRequest &request)
{
    const RunRow run = Access::run(context, request, Role::Viewer);
    const FieldRow field = requestedField(context, request, run);
    const QString &pathText = field.path;
    const bool list = field.type == FieldType::FileSet || field.type == FieldType::Artifact;
    if (!list && field.type != FieldType::File)
        throw ApiError{400,
                       ErrorCode::InvalidType,
                       RunStore::tr("%1 is a %2 field, not a file, file set or artifact.")
                           .arg(pathText, fieldTypeName(field.type)),
                       {{QStringLiteral("path"), pathText}}};
    // The stored listing is JSON the server wrote: it goes out as it is, however long.
    QByteArray out("{\"path\":");
    jsontext::appendString(out, field.path);
    out.append(",\"type\":");
    jsontext::appendString(out, fieldTypeName(field.type));
    if (field.type == FieldType::Artifact) {
        out.append(",\"hash\":");
        jsontext::appendString(out, FileFieldJson::artifactHash(field.text));
    }
    out.append(",\"files\":");
    if (list)
        out.append(FileFieldJson::entriesText(field.type, field.text));
    else
        out.append('[' + FileFieldJson::valueText(field) + ']');
    out.append('}');
    ApiResponse response;
    response.rawBody = out;
    return response;
}

} // namespace

void addFileRoutes(Router &router, ServerContext &context)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/runs/{}/files"),
               [&context](const ApiRequest &request) { return readFiles(context, request); });
}

} // namespace nereid
