#pragma once

#include "domain/fieldtype.h"

#include <cmath>
#include <QJsonObject>
#include <QString>

namespace nereid {

// A run's field as stored: an atom's value, or a series' running summary.
// Atoms: Float/Int/Bool in `num`, String/Datetime (wire form)/StringSet (JSON array) in `text`.
// Series: `num` the last float value (NaN for NaN), `text` the last string, and the statistics below.
struct FieldRow
{
    qint64 id = 0;
    QString path;
    FieldType type = FieldType::String;
    double num = NAN;
    QString text;
    qint64 count = 0;
    double lastStep = NAN;
    double minValue = NAN;
    double maxValue = NAN;
    double valueSum = 0;     // over finite values, for average and variance
    double valueSquares = 0; // sum of squares of the same
    qint64 valueCount = 0;   // finite values
    qint64 bytes = 0;        // what the field adds to sys/size

    // {"type": ..., "value": ...} for atoms, the series summary of docs/api.md for series.
    QJsonObject toJson() const;
    // The same object written as JSON text at the end of `out` (the changes feed writes thousands at once).
    void appendJson(QByteArray &out) const;
    // {"path": field, ...}: a run's "fields" member as JSON text.
    static void appendObject(QByteArray &out, const QList<FieldRow> &fields);
};

} // namespace nereid
