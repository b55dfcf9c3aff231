#pragma once

#include "apierror.h"

#include <QByteArray>

namespace nereid {

// What a failed statement becomes. PostgreSQL refuses a write that lost a race with another server on the same
// database (a unique key taken meanwhile, a deadlock, a serialization failure): that is 503 concurrent_write,
// which the writer answers by applying the request again (GroupCommitWriter) and a client may simply retry.
// Everything else is 500 internal.
ApiError databaseError(const QString &reason, const QByteArray &sqlState = {});

// Whether an answer is the refusal above.
bool isConcurrentWrite(const QJsonObject &errorBody);

} // namespace nereid
