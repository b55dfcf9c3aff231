#pragma once

#include "router.h"
#include "servercontext.h"

#include <QAbstractHttpServer>

namespace nereid {

// nereid-server's HTTP front: authenticates, enforces the body limit, routes, and turns every refusal
// into the JSON error of docs/api.md. Requests are served one at a time on the main thread, which also
// serialises writes to the single SQLite connection.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ApiServer(ServerContext &context, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(const QHttpServerRequest &request);
    QString authenticate(const QHttpServerRequest &request);

    ServerContext &m_context;
    Router m_router;
};

} // namespace nereid
