#pragma once

#include <optional>
#include <QString>

namespace nereid {

// The id of an object that is not a run, split at its first dash (issue 21): "CLS-MOD-3" is the object "MOD-3" of
// the project CLS, "CLS-MOD" the model "MOD", "CLS" the project's metadata (object key "").
struct ObjectId
{
    QString projectKey;
    QString objectKey;

    // nullopt unless the project key is one and the rest is empty, a model key, or a model key and a number.
    static std::optional<ObjectId> parse(const QString &text);
};

} // namespace nereid
