#include "runchanges.h"

#include "cache/runrecord.h"
#include "domain/fieldvalue.h"

#include <QJsonArray>

namespace nereid {

namespace {

QStringList missingFrom(const QStringList &items, const QStringList &other)
{
    QStringList result;
    for (const QString &item : items) {
        if (!other.contains(item) && !result.contains(item))
            result.append(item);
    }
    return result;
}

QJsonObject setChange(const QStringList &add, const QStringList &remove)
{
    QJsonObject change;
    if (!add.isEmpty())
        change.insert(QStringLiteral("add"), QJsonArray::fromStringList(add));
    if (!remove.isEmpty())
        change.insert(QStringLiteral("remove"), QJsonArray::fromStringList(remove));
    return change;
}

bool tooLong(const QString &text)
{
    return text.toUtf8().size() > FieldValue::MaxStringBytes;
}

} // namespace

RunChanges RunChanges::between(const RunRecord &before, const QString &name, const QString &description,
                               const QStringList &tags, const QStringList &groupTags, bool failed)
{
    RunChanges edit;
    edit.runId = before.runId;
    edit.revision = before.revision;
    if (name != before.name)
        edit.name = name;
    if (description != before.description)
        edit.description = description;
    if (failed != before.failed)
        edit.failed = failed;
    edit.addTags = missingFrom(tags, before.tags);
    edit.removeTags = missingFrom(before.tags, tags);
    edit.addGroupTags = missingFrom(groupTags, before.groupTags);
    edit.removeGroupTags = missingFrom(before.groupTags, groupTags);
    return edit;
}

bool RunChanges::isEmpty() const
{
    return !name && !description && !failed && addTags.isEmpty() && removeTags.isEmpty() && addGroupTags.isEmpty() &&
           removeGroupTags.isEmpty();
}

QStringList RunChanges::problems() const
{
    QStringList problems;
    const auto limit = QString::number(FieldValue::MaxStringBytes / 1024);
    if (name && tooLong(*name))
        problems.append(tr("The name is longer than %1 KiB.").arg(limit));
    if (description && tooLong(*description))
        problems.append(tr("The description is longer than %1 KiB.").arg(limit));
    for (const QString &tag : addTags + addGroupTags) {
        if (tag.trimmed().isEmpty())
            problems.append(tr("A tag cannot be empty."));
        else if (tooLong(tag))
            problems.append(tr("The tag \"%1…\" is longer than %2 KiB.").arg(tag.left(20), limit));
    }
    problems.removeDuplicates();
    return problems;
}

QJsonObject RunChanges::toJson() const
{
    QJsonObject body{{QStringLiteral("revision"), revision}};
    if (name)
        body.insert(QStringLiteral("name"), *name);
    if (description)
        body.insert(QStringLiteral("description"), *description);
    if (failed)
        body.insert(QStringLiteral("failed"), *failed);
    if (const QJsonObject tags = setChange(addTags, removeTags); !tags.isEmpty())
        body.insert(QStringLiteral("tags"), tags);
    if (const QJsonObject groupTags = setChange(addGroupTags, removeGroupTags); !groupTags.isEmpty())
        body.insert(QStringLiteral("group_tags"), groupTags);
    return body;
}

} // namespace nereid
