#pragma once

#include <optional>
#include <QString>

namespace nereid {

// What a row of the runs table is (issue 21): a run, a model, one of a model's versions, or the project's own
// metadata object. All four carry fields through the same machinery; listings and the changes feed show one kind.
enum class ObjectKind
{
    Run,
    Model,
    ModelVersion,
    Project
};

// The names of the `kind` column and of the API's `kind` members and parameters: run, model, model_version,
// project.
QString objectKindName(ObjectKind kind);
std::optional<ObjectKind> objectKindFromName(QStringView name);

// A model's key, as Neptune takes it: an uppercase letter, then uppercase letters and digits, at most 10 in all.
bool isValidModelKey(QStringView key);

// A model version's sys/stage: none, staging, production or archived.
bool isValidStage(QStringView stage);

} // namespace nereid
