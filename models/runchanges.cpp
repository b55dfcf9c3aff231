#include "runchanges.h"

#include "domain/fieldvalue.h"
#include "domain/runrecord.h"

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
    edit.seenRevision = before.revision;
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
    return !name && !description && !failed && !stage && addTags.isEmpty() && removeTags.isEmpty() &&
           addGroupTags.isEmpty() && removeGroupTags.isEmpty();
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
    // The server takes these four only; the dialog offers no other, but a caller could.
    static const QStringList stages = {QStringLiteral("none"), QStringLiteral("staging"), QStringLiteral("production"),
                                       QStringLiteral("archived")};
    if (stage && !stages.contains(*stage))
        problems.append(tr("The stage \"%1\" is none of none, staging, production and archived.").arg(*stage));
    problems.removeDuplicates();
    return problems;
}

QList<std::pair<RunEdit::Kind, QVariant>> RunChanges::edits() const
{
    using Kind = RunEdit::Kind;
    QList<std::pair<Kind, QVariant>> result;
    if (name)
        result.append({Kind::SetName, *name});
    if (description)
        result.append({Kind::SetDescription, *description});
    if (failed)
        result.append({Kind::SetFailed, *failed});
    if (stage)
        result.append({Kind::SetStage, *stage});
    const auto addSet = [&](Kind kind, const QStringList &tags) {
        if (!tags.isEmpty())
            result.append({kind, tags});
    };
    addSet(Kind::AddTags, addTags);
    addSet(Kind::RemoveTags, removeTags);
    addSet(Kind::AddGroupTags, addGroupTags);
    addSet(Kind::RemoveGroupTags, removeGroupTags);
    return result;
}

} // namespace nereid
