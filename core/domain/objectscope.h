#pragma once

#include <QString>

namespace nereid {

// Which objects of a project a table shows: its runs (the default), its models, or one model's versions. The
// cache keeps every kind in one table (as the server does), so a reader or a model filters by this.
struct ObjectScope
{
    QString kind = QStringLiteral("run"); // "run", "model", "model_version" or "project"
    QString modelId = {};                 // for "model_version": only this model's versions, when set

    static ObjectScope runs() { return {}; }
    static ObjectScope models() { return {QStringLiteral("model")}; }
    static ObjectScope versionsOf(const QString &modelId) { return {QStringLiteral("model_version"), modelId}; }

    bool contains(const QString &objectKind, const QString &objectModelId) const
    {
        return objectKind == kind && (modelId.isEmpty() || objectModelId == modelId);
    }

    friend bool operator==(const ObjectScope &, const ObjectScope &) = default;
};

} // namespace nereid
