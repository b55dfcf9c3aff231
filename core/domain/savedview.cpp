#include "savedview.h"

namespace nereid {

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json)
{
    const QJsonValue name = json.value(QStringLiteral("name"));
    const QJsonValue revision = json.value(QStringLiteral("revision"));
    if (!name.isString() || name.toString().isEmpty() || !revision.isDouble())
        return std::nullopt;
    SavedView view;
    view.name = name.toString();
    view.revision = revision.toInteger();
    view.deleted = json.value(QStringLiteral("deleted")).toBool();
    view.isDefault = json.value(QStringLiteral("default")).toBool();
    view.state = json.value(QStringLiteral("state")).toObject();
    return view;
}

} // namespace nereid
