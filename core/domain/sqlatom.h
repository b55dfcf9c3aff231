#pragma once

#include "fieldvalue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nereid {

// An atom's value from its SQL form (see FieldRecord::toSql()). `column` reads the stored value with toDouble(),
// toLongLong() or toString(), as a QVariant does: FieldRecord passes its QVariant, the cache's bulk reads a column
// of a statement, so a field read straight from SQLite needs no QVariant.
template<typename Column> FieldValue atomFromSql(FieldType type, const Column &column)
{
    switch (type) {
    case FieldType::Float:
        return FieldValue::fromFloat(column.toDouble());
    case FieldType::Int:
        return FieldValue::fromInt(column.toLongLong());
    case FieldType::Bool:
        return FieldValue::fromBool(column.toLongLong() != 0);
    case FieldType::Datetime:
        return FieldValue::fromDateTime(QDateTime::fromMSecsSinceEpoch(column.toLongLong(), Qt::UTC));
    case FieldType::StringSet: {
        QStringList items;
        for (const QJsonValue &item : QJsonDocument::fromJson(column.toString().toUtf8()).array())
            items.append(item.toString());
        return FieldValue::fromStringSet(std::move(items));
    }
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::Artifact:
        return FieldValue::fromObject(type, QJsonDocument::fromJson(column.toString().toUtf8()).object());
    case FieldType::String:
    case FieldType::FloatSeries:
    case FieldType::StringSeries:
    case FieldType::FileSeries:
        break;
    }
    return FieldValue::fromString(column.toString());
}

} // namespace nereid
