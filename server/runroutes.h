#pragma once

#include <QJsonObject>

namespace nereid {

class Router;
class ServerContext;
struct NewRun;

// The members of a create body (docs/api.md, POST .../runs): name, description, tags, ... Throws ApiError(400).
NewRun readNewRun(const QJsonObject &body);

// Creating, resuming, listing and reading runs; ping, stop, trash and restore.
void addRunRoutes(Router &router, ServerContext &context);

} // namespace nereid
