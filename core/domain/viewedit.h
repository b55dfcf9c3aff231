#pragma once

#include <optional>
#include <QJsonObject>
#include <QString>

namespace nereid {

// A change of a saved view made in the app, waiting in the cache's view outbox until the server has it.
struct ViewEdit
{
    enum class Action
    {
        Save,
        Delete,
    };

    qint64 id = 0; // the outbox entry, once stored
    QString project;
    QString name;
    Action action = Action::Save;
    QJsonObject state;             // of a save
    std::optional<bool> isDefault; // of a save: unset keeps the server's flag
    qint64 baseRevision = 0;       // the view revision the user saw; 0 for a new view
};

// A save or deletion of a view that the server refused because someone changed the view first. The cache shows
// their view; the user's state waits here until the user keeps one of them.
struct ViewConflict
{
    QString project;
    QString name;
    QJsonObject mine;
    bool mineDeletes = false;
    std::optional<QJsonObject> theirs; // nullopt: they deleted the view
    qint64 theirRevision = 0;
};

} // namespace nereid
