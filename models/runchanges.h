#pragma once

#include "domain/runedit.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace nereid {

struct RunRecord;

// What the user changed in a run's editable sys fields (name, description, failed, tags, group tags, and a model
// version's stage),
// against the run as they saw it. Tags are set operations, as the server applies them. RunEditing::save() hands the
// changes to the cache's RunEditor, which shows them at once and queues them in the outbox for the server.
struct RunChanges
{
    Q_DECLARE_TR_FUNCTIONS(RunChanges)

public:
    QString runId;
    // The run's revision as the user saw it (the dialog's run): the server refuses a change of name,
    // description or failed that someone else made after it, and the user gets both values to choose from.
    qint64 seenRevision = 0;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> failed;
    std::optional<QString> stage; // a model version's sys/stage (RunRecord::stage's values)
    QStringList addTags, removeTags, addGroupTags, removeGroupTags;

    // The changes that turn `before` into the given values; unchanged fields are left out.
    static RunChanges between(const RunRecord &before, const QString &name, const QString &description,
                              const QStringList &tags, const QStringList &groupTags, bool failed);

    bool isEmpty() const;
    // Why the server would refuse the edit, one sentence each; empty when it is fine.
    QStringList problems() const;
    // One RunEdit kind and value per change, in the order the server should see them.
    QList<std::pair<RunEdit::Kind, QVariant>> edits() const;
};

} // namespace nereid
