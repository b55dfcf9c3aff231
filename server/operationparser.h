#pragma once

#include "operation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

// Reads the JSON of an operation batch into Operations, checking everything that needs no database:
// paths, op and type names, values, points, and which sys fields may be written. Throws ApiError naming
// the operation's index and path.
class OperationParser
{
    Q_DECLARE_TR_FUNCTIONS(OperationParser)

public:
    static QList<Operation> parseBatch(const QJsonObject &body);

private:
    static Operation parseOne(const QJsonObject &json, int index);
    static void parsePoints(Operation &operation, const QJsonValue &points, int index);
    static void parseFiles(Operation &operation, const QJsonValue &files, int index);
    static void checkSys(const Operation &operation, int index);
};

} // namespace nereid
