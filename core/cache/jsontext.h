#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace nereid::JsonText {

// JSON as the cache's TEXT columns keep it: compact, UTF-8.
inline QString fromObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject toObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// Any JSON value, wrapped in an array, since a document cannot hold a bare string or bool.
inline QString fromValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

inline QJsonValue toValue(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array().at(0);
}

} // namespace nereid::JsonText
