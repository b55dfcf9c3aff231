#pragma once

#include "result.h"
#include "seriespoint.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace nereid {

// A page of float-series points in the binary form of GET /api/v1/runs/{id}/series (docs/api.md, "Binary
// points"): a 24-byte header, then the steps, the values and the timestamps as little-endian float64 columns.
// JSON costs the server a number's text and the client its parsing for every number; these bytes are the stored
// doubles. The server writes the form and the sync engine reads it, so its layout is kept here once.
class BinaryPoints
{
    Q_DECLARE_TR_FUNCTIONS(BinaryPoints)

public:
    static constexpr char MediaType[] = "application/x-nereid-points";
    static constexpr char Magic[] = "NRDP";
    static constexpr quint16 Version = 1;
    static constexpr quint16 HasNext = 0x1; // the only flag of version 1
    static constexpr qsizetype HeaderBytes = 24;
    static constexpr qsizetype BytesPerPoint = 24;

    QList<FloatPoint> points;
    std::optional<double> next; // the step the next page starts at

    // Every NaN value is written as the one quiet NaN 0x7ff8000000000000.
    static QByteArray encode(const QList<FloatPoint> &points, std::optional<double> next);
    // The page, checked whole: magic, version and flags, a size that is exactly the count's, finite steps that
    // increase, finite timestamps, a next step past the last point. Otherwise an invalid_value error that says
    // what is wrong: a truncated or garbled answer is refused, never half read.
    static Result<BinaryPoints> decode(QByteArrayView bytes);
};

} // namespace nereid
