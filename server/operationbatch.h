#pragma once

#include "apierror.h"
#include "operation.h"

#include <optional>
#include <QList>

namespace nereid {

struct HttpRequest;

// The operations of a POST /runs/{id}/operations, read from its body ahead of the writer, on the connection's
// thread (in parallel with other connections; the one writer then only applies them, and the JSON is freed where
// it was made). A body that cannot be read keeps its 400 here: the route gives it only after checking the caller's
// role, so one who may not write to the run gets the 403 or 404 first, as when the writer read the body itself.
struct OperationBatch
{
    QList<Operation> operations;
    std::optional<ApiError> error;

    // Never throws: whatever goes wrong becomes `error`.
    static OperationBatch read(const HttpRequest &request);
};

} // namespace nereid
