#include "requestedfield.h"

#include "apierror.h"
#include "apirequest.h"
#include "domain/fieldpath.h"
#include "runstore.h"
#include "servercontext.h"

namespace nereid {

FieldRow requestedField(ServerContext &context, const ApiRequest &request, const RunRow &run)
{
    const QString pathText = request.queryItem(QStringLiteral("path"));
    const Result<FieldPath> path = FieldPath::parse(pathText);
    if (!path)
        throw ApiError::fromValidation(path.error());
    const auto field = context.fields.find(run.id, pathText);
    if (!field)
        throw ApiError{404,
                       QStringLiteral("unknown_field"),
                       RunStore::tr("The run %1 has no field %2.").arg(run.runId(), pathText),
                       {{QStringLiteral("path"), pathText}}};
    return *field;
}

} // namespace nereid
