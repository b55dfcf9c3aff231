#pragma once

#include "domain/savedview.h"
#include "domain/viewedit.h"

#include <QObject>

namespace nereid {

class Cache;

// The saved views of the cache's projects, and every change of them. A change is applied to the cache and
// appended to the view outbox in one transaction, so the app shows it at once, offline too, and the sync
// engine pushes it later in order (ViewPusher). When the server refuses a save or deletion because someone
// changed the view first, the cache shows their view and a ViewConflict keeps the user's until they choose.
class ViewEditor : public QObject
{
    Q_OBJECT

public:
    explicit ViewEditor(Cache &cache, QObject *parent = nullptr);

    // --- the user's side
    QList<SavedView> views(const QString &project);
    std::optional<SavedView> view(const QString &project, const QString &name);
    // Creates the view or replaces its state; `isDefault` unset keeps its flag. Based on the revision the cache
    // has of it, so a save over someone else's newer one is a conflict, not an overwrite.
    bool save(const QString &project, const QString &name, const QJsonObject &state,
              std::optional<bool> isDefault = std::nullopt);
    bool remove(const QString &project, const QString &name);
    // A new view of the old one's state and flag, and the old one deleted. False when `to` exists.
    bool rename(const QString &project, const QString &from, const QString &to);
    bool setDefault(const QString &project, const QString &name);
    QList<ViewConflict> conflicts(const QString &project);
    // Keeping mine saves (or deletes) again on top of their revision; keeping theirs drops mine.
    bool resolve(const QString &project, const QString &name, bool keepMine);

    // --- the sync engine's side
    QList<ViewEdit> outbox();
    qint64 cursor(const QString &project);
    // The server database's epoch that cursor(project) counts in; empty when none was stored yet.
    QString epoch(const QString &project);
    // The server's views changed after cursor(project), up to `revision`, of the database `epoch`. A view with edits
    // waiting keeps the user's state; `full` (a pull from revision 0) also drops the views the server does not have.
    bool applyPulled(const QString &project, const QList<SavedView> &views, qint64 revision, bool full,
                     const QString &epoch = {});
    bool acknowledge(const ViewEdit &edit, const SavedView &serverView);
    // `theirs` is the view the 409 carried: nullopt or deleted when they deleted it.
    bool recordConflict(const ViewEdit &edit, const std::optional<SavedView> &theirs);
    // The server will not take the edit (refused, forbidden): it leaves the outbox and the next pull restores the
    // project's views as the server has them.
    bool drop(const ViewEdit &edit);

signals:
    void viewsChanged(const QString &project);
    void editQueued();
    void conflictsChanged(const QString &project);

private:
    // Applies and queues a save; inside a transaction.
    void queueSave(const QString &project, const QString &name, const QJsonObject &state,
                   std::optional<bool> isDefault);
    bool change(const QString &project, const std::function<void()> &work);

    Cache &m_cache;
};

} // namespace nereid
