#pragma once

#include <optional>
#include <QString>

namespace nereid {

// The type of a field, fixed by its first write (File, FileSeries and Artifact come later).
enum class FieldType
{
    Float,
    Int,
    Bool,
    String,
    Datetime,
    StringSet,
    FloatSeries,
    StringSeries,
};

// The name used on the wire and in the query language: "float", "stringSet", "floatSeries", ...
QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);

// The name shown to people ("Float series"), translated.
QString fieldTypeDisplayName(FieldType type);

constexpr bool isSeries(FieldType type)
{
    return type == FieldType::FloatSeries || type == FieldType::StringSeries;
}

} // namespace nereid
