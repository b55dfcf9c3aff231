#pragma once

#include "domain/fieldtype.h"
#include "domain/fieldvalue.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace nereid {

// One field of a run outside sys, as the cache stores it: an atom's value, or a series' summary.
// Values are kept in their SQL form (see toSql()): floats and ints as numbers, bools as 0/1, datetimes as
// milliseconds since the epoch (so they sort), strings as text, string sets as a JSON array, files, file sets and
// artifacts as their JSON object; a file series' `last` is its last point's file object as JSON text.
struct FieldRecord
{
    Q_DECLARE_TR_FUNCTIONS(FieldRecord)

public:
    QString path;
    FieldType type = FieldType::String;
    QVariant value; // atoms only

    // Series only; a null QVariant where the server gave none (an empty series has no last value).
    qint64 count = 0;
    QVariant lastStep, last, min, max, average, variance;

    // Reads one member of a run object's "fields" (docs/api.md, "The run object").
    static Result<FieldRecord> fromJson(const QString &path, const QJsonObject &json);

    static QVariant toSql(const FieldValue &value);
    // The atom's value; only for atoms.
    FieldValue atomValue() const;

    friend bool operator==(const FieldRecord &, const FieldRecord &) = default;
};

} // namespace nereid
