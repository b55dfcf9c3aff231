#pragma once

#include <QJsonObject>
#include <QString>

namespace nereid {

// What was wrong with a piece of input, in a form both a server answer and a dialog can use:
// a stable machine-readable code ("invalid_path") and a sentence for people that names the culprit.
struct ValidationError
{
    QString code;
    QString message;

    QJsonObject toJson() const;
};

// Error codes shared by the server's answers and the clients that read them (docs/api.md lists them).
namespace ErrorCode {
inline const QString InvalidPath = QStringLiteral("invalid_path");
inline const QString InvalidValue = QStringLiteral("invalid_value");
inline const QString InvalidType = QStringLiteral("invalid_type");
inline const QString TypeConflict = QStringLiteral("type_conflict");
inline const QString ReadOnlyField = QStringLiteral("read_only_field");
inline const QString FieldLimit = QStringLiteral("field_limit");
inline const QString StepNotIncreasing = QStringLiteral("step_not_increasing");
inline const QString InvalidProjectName = QStringLiteral("invalid_project_name");
inline const QString InvalidProjectKey = QStringLiteral("invalid_project_key");
inline const QString InvalidRunId = QStringLiteral("invalid_run_id");
} // namespace ErrorCode

} // namespace nereid
