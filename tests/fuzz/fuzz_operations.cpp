// A batch of operations as the server reads it from a body (server/operationbatch): the fast reader of float
// appends and the general parser behind it. Where the fast reader takes a batch, the general parser must take
// it too and read the same operations: paths, kinds and points.
#include "floatappendreader.h"
#include "httprequest.h"
#include "operationbatch.h"
#include "operationparser.h"
#include "samebits.h"

#include <cstdint>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    OperationBatch::read(request);

    const std::optional<QList<Operation>> fast = FloatAppendReader::read(request.body);
    if (!fast)
        return 0;
    StrictJson::Error error;
    const QJsonDocument document = StrictJson::parse(request.body, &error);
    if (!document.isObject())
        qFatal("FloatAppendReader took a batch that is not a JSON object");
    try {
        const QList<Operation> general = OperationParser::parseBatch(document.object());
        if (general.size() != fast->size())
            qFatal("FloatAppendReader read %lld operations, OperationParser %lld", qlonglong(fast->size()),
                   qlonglong(general.size()));
        for (qsizetype i = 0; i < general.size(); ++i) {
            const Operation &a = fast->at(i);
            const Operation &b = general.at(i);
            if (a.kind != b.kind || a.path != b.path || a.type != b.type ||
                !nereid::test::sameBits(a.floatPoints.steps, b.floatPoints.steps) ||
                !nereid::test::sameBits(a.floatPoints.values, b.floatPoints.values) ||
                !nereid::test::sameBits(a.floatPoints.timestamps, b.floatPoints.timestamps))
                qFatal("operation %lld: FloatAppendReader and OperationParser disagree", qlonglong(i));
        }
    } catch (...) {
        qFatal("FloatAppendReader took a batch OperationParser refuses");
    }
    return 0;
}
