#include "objectkind.h"

namespace nereid {

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Model:
        return QStringLiteral("model");
    case ObjectKind::ModelVersion:
        return QStringLiteral("model_version");
    case ObjectKind::Project:
        return QStringLiteral("project");
    case ObjectKind::Run:
        break;
    }
    return QStringLiteral("run");
}

std::optional<ObjectKind> objectKindFromName(QStringView name)
{
    for (const ObjectKind kind : {ObjectKind::Run, ObjectKind::Model, ObjectKind::ModelVersion, ObjectKind::Project}) {
        if (name == objectKindName(kind))
            return kind;
    }
    return std::nullopt;
}

bool isValidModelKey(QStringView key)
{
    constexpr qsizetype MaxLength = 10;
    if (key.isEmpty() || key.size() > MaxLength || key.front() < QLatin1Char('A') || key.front() > QLatin1Char('Z'))
        return false;
    for (const QChar c : key) {
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return false;
    }
    return true;
}

bool isValidStage(QStringView stage)
{
    return stage == QLatin1String("none") || stage == QLatin1String("staging") ||
           stage == QLatin1String("production") || stage == QLatin1String("archived");
}

} // namespace nereid
