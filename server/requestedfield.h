#pragma once

#include "fieldrow.h"

namespace nereid {

class ApiRequest;
struct RunRow;
class ServerContext;

// The field of `run` that the request's ?path= names: 400 invalid_path for a path that breaks the rules, 404
// unknown_field when the run has none there (the series and files routes read one field each).
FieldRow requestedField(ServerContext &context, const ApiRequest &request, const RunRow &run);

} // namespace nereid
