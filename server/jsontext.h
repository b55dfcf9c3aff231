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

// Room for one number of writeNumber() and writeSeriesNumber() (at most 24 characters: -2.2250738585072014e-308).
constexpr int MaxNumberChars = 32;
// appendNumber() and appendSeriesNumber() into a buffer with room for MaxNumberChars: the end of what was
// written. No allocation, for columns of a million numbers (GET .../series?layout=columns).
char *writeNumber(char *out, double value);
char *writeSeriesNumber(char *out, double value);

} // namespace jsontext

} // namespace nereid
