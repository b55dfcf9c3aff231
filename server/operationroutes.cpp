#include "operationroutes.h"

#include "access.h"
#include "apirequest.h"
#include "clock.h"
#include "operationapplier.h"
#include "operationbatch.h"
#include "router.h"
#include "servercontext.h"
#include "transaction.h"

namespace nereid {

namespace {

// On the connection's thread: the body parsed into operations before the write is queued. The JSON it took is
// freed here too, not on the writer.
void readBatch(HttpRequest &request)
{
    request.operations = std::make_shared<const OperationBatch>(OperationBatch::read(request));
    request.body = QByteArray();
}

// Parsed before the transaction opens (so a bad batch costs no lock), applied in one transaction,
// acknowledged after the commit, which with synchronous=FULL means it is on disk.
ApiResponse applyBatch(ServerContext &context, const ApiRequest &request)
{
    Access::run(context, request, Role::Contributor); // before the body's errors: who may, before what
    const std::shared_ptr<const OperationBatch> batch =
        request.http().operations ? request.http().operations
                                  : std::make_shared<const OperationBatch>(OperationBatch::read(request.http()));
    if (batch->error)
        throw *batch->error;
    const QList<Operation> &operations = batch->operations;
    const qint64 now = nowMs();
    Transaction transaction(context.db);
    RunRow run = context.runs.get(request.capture(0));
    OperationApplier applier(context.fields, context.series, run, now);
    applier.prefetch(operations);
    for (int i = 0; i < operations.size(); ++i)
        applier.apply(operations[i], i);
    applier.finish();
    // Taken last: see OperationApplier::stampSysEdits and docs/storage.md.
    const qint64 revision = context.projects.nextRevision(run.projectId);
    applier.stampSysEdits(revision);
    recordContact(run, now, context.settings.activeMs);
    context.saveChanged(run, now, revision);
    transaction.commit();
    return {200,
            {{QStringLiteral("run"), run.runId()},
             {QStringLiteral("revision"), revision},
             {QStringLiteral("applied"), operations.size()}}};
}

} // namespace

void addOperationRoutes(Router &router, ServerContext &context)
{
    router.add(
        HttpMethod::Post, QStringLiteral("/api/v1/runs/{}/operations"),
        [&context](const ApiRequest &request) { return applyBatch(context, request); }, readBatch);
}

} // namespace nereid
