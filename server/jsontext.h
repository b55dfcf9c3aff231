#pragma once

#include <QByteArray>
#include <QStringView>

namespace nereid {

// JSON written straight into bytes, for answers too large to build as QJsonObject trees first: the changes
// feed sends hundreds of thousands of fields a sync, and building, then serialising, a tree per field cost
// more than reading them from SQL.
namespace jsontext {

// A JSON string: quoted, with quotes, backslashes and control characters escaped; UTF-8.
void appendString(QByteArray &out, QStringView text);
// A finite number in its shortest exact form; NaN and infinities as null (as QJsonDocument writes them).
void appendNumber(QByteArray &out, double value);
// A number of a float series' summary: NaN and infinities as the strings of docs/api.md ("NaN", ...).
void appendSeriesNumber(QByteArray &out, double value);
void appendInteger(QByteArray &out, qint64 value);

} // namespace jsontext

} // namespace nereid
