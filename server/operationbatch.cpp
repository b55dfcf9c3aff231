#include "operationbatch.h"

#include "apirequest.h"
#include "floatappendreader.h"
#include "jsonscanner.h"
#include "operationparser.h"

namespace nereid {

OperationBatch OperationBatch::read(const HttpRequest &request)
{
    OperationBatch batch;
    try {
        // Valid JSON of the common shape is read straight; anything else, and every error, takes the general way.
        std::optional<QList<Operation>> appends;
        if (JsonScanner(request.body).scan())
            appends = FloatAppendReader::read(request.body);
        batch.operations = appends ? std::move(*appends) : OperationParser::parseBatch(ApiRequest::jsonObject(request));
    } catch (const ApiError &error) {
        batch.error = error;
    } catch (const std::exception &error) {
        batch.error = ApiError{500, QStringLiteral("internal"), QString::fromLocal8Bit(error.what())};
    }
    return batch;
}

} // namespace nereid
