#pragma once

namespace nereid {

class Router;
class ServerContext;

// POST /runs/{id}/operations: a logging client's batch of writes.
void addOperationRoutes(Router &router, ServerContext &context);

} // namespace nereid
