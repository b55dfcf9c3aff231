#include "fieldtype.h"

#include <array>
#include <QCoreApplication>

namespace nereid {

namespace {

struct TypeNames
{
    FieldType type;
    const char *wireName;
    const char *displayName;
};

constexpr std::array typeNames{
    TypeNames{FieldType::Float, "float", QT_TRANSLATE_NOOP("nereid::FieldType", "Float")},
    TypeNames{FieldType::Int, "int", QT_TRANSLATE_NOOP("nereid::FieldType", "Integer")},
    TypeNames{FieldType::Bool, "bool", QT_TRANSLATE_NOOP("nereid::FieldType", "Boolean")},
    TypeNames{FieldType::String, "string", QT_TRANSLATE_NOOP("nereid::FieldType", "String")},
    TypeNames{FieldType::Datetime, "datetime", QT_TRANSLATE_NOOP("nereid::FieldType", "Date and time")},
    TypeNames{FieldType::StringSet, "stringSet", QT_TRANSLATE_NOOP("nereid::FieldType", "String set")},
    TypeNames{FieldType::FloatSeries, "floatSeries", QT_TRANSLATE_NOOP("nereid::FieldType", "Float series")},
    TypeNames{FieldType::StringSeries, "stringSeries", QT_TRANSLATE_NOOP("nereid::FieldType", "String series")},
    TypeNames{FieldType::File, "file", QT_TRANSLATE_NOOP("nereid::FieldType", "File")},
    TypeNames{FieldType::FileSet, "fileSet", QT_TRANSLATE_NOOP("nereid::FieldType", "File set")},
    TypeNames{FieldType::FileSeries, "fileSeries", QT_TRANSLATE_NOOP("nereid::FieldType", "File series")},
    TypeNames{FieldType::Artifact, "artifact", QT_TRANSLATE_NOOP("nereid::FieldType", "Artifact")},
};

const TypeNames &namesOf(FieldType type)
{
    return typeNames[static_cast<std::size_t>(type)];
}

} // namespace

QString fieldTypeName(FieldType type)
{
    return QLatin1String(namesOf(type).wireName);
}

std::optional<FieldType> fieldTypeFromName(QStringView name)
{
    for (const TypeNames &names : typeNames) {
        if (name == QLatin1String(names.wireName))
            return names.type;
    }
    return std::nullopt;
}

QString fieldTypeDisplayName(FieldType type)
{
    return QCoreApplication::translate("nereid::FieldType", namesOf(type).displayName);
}

} // namespace nereid
