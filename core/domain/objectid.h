#pragma once

#include <optional>
#include <QString>

namespace nereid {

// The id of an object of another kind than a run (docs/api.md, "Models, model versions and project metadata"):
// a model "CLS-MOD", a model version "CLS-MOD-3", the project's metadata "CLS". A run's id ("CLS-3") is RunId's.
struct ObjectId
{
    QString kind;      // "model", "model_version" or "project"
    QString key;       // the project's key, "CLS"
    QString modelKey;  // "MOD" for a model or version; empty for project metadata
    qint64 number = 0; // a version's number; 0 for the others

    // Reads `text` as an id of `kind`; nullopt when it is not one (an unknown kind included).
    static std::optional<ObjectId> parse(QStringView text, QStringView kind);
    // The model's id ("CLS-MOD") for a model or version; empty for project metadata.
    QString modelId() const { return modelKey.isEmpty() ? QString() : key + QLatin1Char('-') + modelKey; }
};

} // namespace nereid
