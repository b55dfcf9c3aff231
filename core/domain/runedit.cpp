#include "runedit.h"

#include "runrecord.h"

#include <QJsonArray>

namespace nereid {

namespace {

const char *const kindNames[] = {"set_name",    "set_description", "set_failed",        "add_tags",
                                 "remove_tags", "add_group_tags",  "remove_group_tags", "trash",
                                 "restore",     "set_stage",       "assign_field",      "delete_field"};

void addAll(QStringList &set, const QStringList &items)
{
    for (const QString &item : items) {
        if (!set.contains(item))
            set.append(item);
    }
    set.sort();
}

void removeAll(QStringList &set, const QStringList &items)
{
    for (const QString &item : items)
        set.removeAll(item);
}

} // namespace

QString RunEdit::conflictField() const
{
    switch (kind) {
    case Kind::SetName:
        return QStringLiteral("name");
    case Kind::SetDescription:
        return QStringLiteral("description");
    case Kind::SetFailed:
        return QStringLiteral("failed");
    case Kind::SetStage:
        return QStringLiteral("stage");
    default:
        return {};
    }
}

QString RunEdit::sysPath() const
{
    switch (kind) {
    case Kind::AddTags:
    case Kind::RemoveTags:
        return QStringLiteral("sys/tags");
    case Kind::AddGroupTags:
    case Kind::RemoveGroupTags:
        return QStringLiteral("sys/group_tags");
    case Kind::Trash:
    case Kind::Restore:
        return QStringLiteral("sys/trashed");
    case Kind::AssignField:
        return value.toMap().value(QStringLiteral("path")).toString();
    case Kind::DeleteField:
        return value.toString();
    default:
        return QStringLiteral("sys/") + conflictField();
    }
}

QJsonObject RunEdit::operation() const
{
    if (kind == Kind::DeleteField)
        return {{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("path"), value.toString()}};
    QJsonObject op = QJsonObject::fromVariantMap(value.toMap());
    op.insert(QStringLiteral("op"), QStringLiteral("assign"));
    return op;
}

void RunEdit::applyTo(RunRecord &run) const
{
    switch (kind) {
    case Kind::SetName:
        run.name = value.toString();
        break;
    case Kind::SetDescription:
        run.description = value.toString();
        break;
    case Kind::SetFailed:
        run.failed = value.toBool();
        break;
    case Kind::AddTags:
        addAll(run.tags, value.toStringList());
        break;
    case Kind::RemoveTags:
        removeAll(run.tags, value.toStringList());
        break;
    case Kind::AddGroupTags:
        addAll(run.groupTags, value.toStringList());
        break;
    case Kind::RemoveGroupTags:
        removeAll(run.groupTags, value.toStringList());
        break;
    case Kind::Trash:
    case Kind::Restore:
        run.trashed = kind == Kind::Trash;
        break;
    case Kind::SetStage:
        run.stage = value.toString();
        break;
    case Kind::AssignField:
    case Kind::DeleteField:
        break;
    }
}

QJsonObject RunEdit::toJson() const
{
    return {{QStringLiteral("kind"), QLatin1String(kindNames[int(kind)])},
            {QStringLiteral("value"), QJsonValue::fromVariant(value)}};
}

std::optional<RunEdit> RunEdit::fromJson(const QJsonObject &json)
{
    const QString name = json.value(QStringLiteral("kind")).toString();
    for (int i = 0; i < int(std::size(kindNames)); ++i) {
        if (name != QLatin1String(kindNames[i]))
            continue;
        RunEdit edit;
        edit.kind = Kind(i);
        const QJsonValue value = json.value(QStringLiteral("value"));
        if (value.isArray())
            edit.value = value.toVariant().toStringList();
        else
            edit.value = value.toVariant();
        return edit;
    }
    return std::nullopt;
}

} // namespace nereid
