#include "databaseerror.h"

namespace nereid {

namespace {
const QString ConcurrentWrite = QStringLiteral("concurrent_write");
} // namespace

ApiError databaseError(const QString &reason, const QByteArray &sqlState)
{
    // 23505 unique_violation, 40001 serialization_failure, 40P01 deadlock_detected. The stores look before they
    // insert, so a unique key is only ever violated by a writer on another instance that got there first.
    if (sqlState == "23505" || sqlState == "40001" || sqlState == "40P01")
        return ApiError{
            503, ConcurrentWrite,
            QStringLiteral("Another server wrote the same data at the same time; try again. (%1)").arg(reason)};
    return ApiError{500, QStringLiteral("internal"), QStringLiteral("database: %1").arg(reason)};
}

bool isConcurrentWrite(const QJsonObject &errorBody)
{
    return errorBody.value(QStringLiteral("error")).toString() == ConcurrentWrite;
}

} // namespace nereid
