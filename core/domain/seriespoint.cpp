#include "seriespoint.h"

#include "jsonnumbers.h"

namespace nereid {

QJsonArray FloatPoint::toJson() const
{
    return QJsonArray{step, jsonFromDouble(value), timestamp};
}

QJsonArray StringPoint::toJson() const
{
    return QJsonArray{step, value, timestamp};
}

} // namespace nereid
