#pragma once

#include "fieldtype.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <variant>

namespace nereid {

// The value of an atom field (every type but the series), with the one JSON encoding that server and
// clients share:
//   float     a finite JSON number            int     an integral JSON number within ±2^53
//   bool      true / false                     string  a JSON string of at most 64 KiB of UTF-8
//   datetime  an ISO 8601 string, "2026-11-22T10:00:00.000Z" (no offset given: UTC)
//   stringSet an array of such strings, kept sorted and without duplicates
//   file      a file object (FileRef)          fileSet {"count": N, "size": BYTES}
//   artifact  {"hash": SHA-256 of its listing, "count": N, "size": BYTES}
// (a file set's and an artifact's entries are not part of the value: see GET /runs/{id}/files)
class FieldValue
{
    Q_DECLARE_TR_FUNCTIONS(FieldValue)

public:
    static constexpr qsizetype MaxStringBytes = 64 * 1024;

    FieldValue() = default;
    static FieldValue fromFloat(double value) { return FieldValue(FieldType::Float, value); }
    static FieldValue fromInt(qint64 value) { return FieldValue(FieldType::Int, value); }
    static FieldValue fromBool(bool value) { return FieldValue(FieldType::Bool, value); }
    static FieldValue fromString(const QString &value) { return FieldValue(FieldType::String, value); }
    static FieldValue fromDateTime(const QDateTime &value) { return FieldValue(FieldType::Datetime, value.toUTC()); }
    static FieldValue fromStringSet(QStringList values);
    // A file, file set or artifact value, as described above.
    static FieldValue fromObject(FieldType type, QJsonObject value) { return FieldValue(type, std::move(value)); }

    // Reads `json` as a value of `type`; `path` only makes the error message name the field.
    static Result<FieldValue> fromJson(FieldType type, const QJsonValue &json, const QString &path);

    FieldType type() const { return m_type; }
    QJsonValue toJson() const;

    double toFloat() const { return std::get<double>(m_value); }
    qint64 toInt() const { return std::get<qint64>(m_value); }
    bool toBool() const { return std::get<bool>(m_value); }
    const QString &toString() const { return std::get<QString>(m_value); }
    const QDateTime &toDateTime() const { return std::get<QDateTime>(m_value); }
    const QStringList &toStringSet() const { return std::get<QStringList>(m_value); }
    const QJsonObject &toObject() const { return std::get<QJsonObject>(m_value); }

    friend bool operator==(const FieldValue &, const FieldValue &) = default;

private:
    static Result<FieldValue> fileListSummary(FieldType type, const QJsonValue &json, const QString &path);

    using Storage = std::variant<double, qint64, bool, QString, QDateTime, QStringList, QJsonObject>;
    FieldValue(FieldType type, Storage value)
        : m_type(type)
        , m_value(std::move(value))
    {
    }

    FieldType m_type = FieldType::String;
    Storage m_value = QString();
};

// A datetime in the wire format: UTC with milliseconds and a 'Z'.
QString dateTimeToWire(const QDateTime &value);
// Parses the wire format (any ISO 8601 with or without milliseconds and offset; no offset means UTC).
std::optional<QDateTime> dateTimeFromWire(const QString &text);

} // namespace nereid
