#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace nereid {

struct RunRecord;

// What the user changed in a run's editable sys fields (name, description, failed, tags, group tags),
// against the run as they saw it. Tags are set operations, as the server applies them; toJson() is the body
// of PATCH /runs/{id}/sys (docs/api.md), carrying the revision the user saw so the server can detect a
// conflicting edit.
struct RunChanges
{
    Q_DECLARE_TR_FUNCTIONS(RunChanges)

public:
    QString runId;
    qint64 revision = 0;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> failed;
    QStringList addTags, removeTags, addGroupTags, removeGroupTags;

    // The changes that turn `before` into the given values; unchanged fields are left out.
    static RunChanges between(const RunRecord &before, const QString &name, const QString &description,
                              const QStringList &tags, const QStringList &groupTags, bool failed);

    bool isEmpty() const;
    // Why the server would refuse the edit, one sentence each; empty when it is fine.
    QStringList problems() const;
    QJsonObject toJson() const;
};

} // namespace nereid
