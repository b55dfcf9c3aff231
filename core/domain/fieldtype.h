#pragma once

#include <optional>
#include <QString>

namespace nereid {

// The type of a field, fixed by its first write. New types go at the end: caches store the number.
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
    File,       // one blob (docs/api.md, "Files")
    FileSet,    // files under paths, uploaded
    FileSeries, // one file (an image, say) per step
    Artifact,   // files a run used, by hash, not uploaded
};

// The name used on the wire and in the query language: "float", "stringSet", "floatSeries", ...
QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);

// The name shown to people ("Float series"), translated.
QString fieldTypeDisplayName(FieldType type);

constexpr bool isSeries(FieldType type)
{
    return type == FieldType::FloatSeries || type == FieldType::StringSeries || type == FieldType::FileSeries;
}

constexpr bool isNumeric(FieldType type)
{
    return type == FieldType::Float || type == FieldType::Int;
}

// Whether a value of type `actual` can stand where `wanted` is asked for: the same type, or two numbers (an int
// compares with a float).
constexpr bool typeFits(FieldType wanted, FieldType actual)
{
    return wanted == actual || (isNumeric(wanted) && isNumeric(actual));
}

// The types whose values (or points) are file objects or lists of files, not numbers or text.
constexpr bool isFileType(FieldType type)
{
    return type == FieldType::File || type == FieldType::FileSet || type == FieldType::FileSeries ||
           type == FieldType::Artifact;
}

} // namespace nereid
