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
        // A field outside sys, written as an operation (Project > Metadata): value {"path", "type", "value"} with
        // an atom type of docs/api.md ("string", "float", "int", "bool"). Not shown in the cache before the server
        // has it: the cache keeps sys fields for edits, and the pushed object comes back with its fields.
        AssignField,
        DeleteField, // value: the field's path
    };

    qint64 id = 0; // the outbox entry, once stored
    QString runId;
    Kind kind = Kind::SetName;
    QVariant value; // QString for name, description and stage, bool for failed, QStringList for tags, see AssignField
    qint64 baseRevision = 0; // the run revision the user saw when editing

    // "name", "description", "failed", "stage" for the edits the server checks for conflicts; empty for the others.
    QString conflictField() const;
    // The sys path the edit changes ("sys/tags"); a field edit's own path.
    QString sysPath() const;
    bool isFieldEdit() const { return kind == Kind::AssignField || kind == Kind::DeleteField; }
    // The operation of POST .../operations that carries a field edit.
    QJsonObject operation() const;
    // Changes `run` as the server will once it has the edit (a field edit: nothing, see AssignField).
    void applyTo(RunRecord &run) const;

    // The edit's own form, as the outbox stores it.
    QJsonObject toJson() const;
    static std::optional<RunEdit> fromJson(const QJsonObject &json);
};

} // namespace nereid
