#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace nereid {

struct RunRecord;

// One edit a user makes to a run in the app: a sys field set, tags added or removed, the run trashed or
// restored. It is applied to the cache at once and kept in the outbox until the server has it.
struct RunEdit
{
    Q_DECLARE_TR_FUNCTIONS(RunEdit)

public:
    enum class Kind
    {
        SetName,
        SetDescription,
        SetFailed,
        AddTags,
        RemoveTags,
        AddGroupTags,
        RemoveGroupTags,
        Trash,
        Restore,
        SetStage, // a model version's sys/stage: "none", "staging", "production" or "archived"
    };

    qint64 id = 0; // the outbox entry, once stored
    QString runId;
    Kind kind = Kind::SetName;
    QVariant value;          // QString for name, description and stage, bool for failed, QStringList for tags
    qint64 baseRevision = 0; // the run revision the user saw when editing

    // "name", "description", "failed", "stage" for the edits the server checks for conflicts; empty for the others.
    QString conflictField() const;
    // The sys path the edit changes ("sys/tags").
    QString sysPath() const;
    // Changes `run` as the server will once it has the edit.
    void applyTo(RunRecord &run) const;

    // The edit's own form, as the outbox stores it.
    QJsonObject toJson() const;
    static std::optional<RunEdit> fromJson(const QJsonObject &json);
};

} // namespace nereid
