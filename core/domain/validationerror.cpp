#include "validationerror.h"

namespace nereid {

QJsonObject ValidationError::toJson() const
{
    return QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

} // namespace nereid
