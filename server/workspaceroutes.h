#pragma once

namespace nereid {

class Router;
class ServerContext;

// A workspace's members: GET /workspaces/{workspace}/members for its members, PUT and DELETE
// /workspaces/{workspace}/members/{user} for its owners.
void addWorkspaceRoutes(Router &router, ServerContext &context);

} // namespace nereid
