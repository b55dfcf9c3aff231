#pragma once

#include <optional>
#include <QStringView>

namespace nereid {

// Milliseconds since the Unix epoch of an ISO 8601 date and time (the rules of dateTimeFromWire).
// The wire format the server writes, "2026-11-22T10:00:00.000Z", is read without QDateTime, because
// building the query view of 100,000 runs reads several of these per run; any other shape falls back
// to dateTimeFromWire.
std::optional<qint64> msecsFromIsoDateTime(QStringView text);

} // namespace nereid
