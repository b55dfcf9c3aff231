#pragma once

#include "syncerror.h"

#include <QObject>
#include <QSet>

namespace nereid {

class ApiConnection;
class ViewEditor;

// Brings the server's saved views of a project into the cache: the views changed after the cache's view cursor,
// tombstones included, in one request (GET .../views?since=). One pull per project at a time; a pull asked for
// while one runs is dropped, the next poll asks again. A listing of another epoch than the cursor's, or with a
// revision below it, comes from a database that went back in time: the views are pulled again from 0, which drops
// those the server does not have (the user's edits waiting in the outbox stay and are sent as usual).
class ViewPuller : public QObject
{
    Q_OBJECT

public:
    ViewPuller(ApiConnection &api, ViewEditor &editor, QObject *parent = nullptr);

    void pull(const QString &project);

signals:
    void pulled(const QString &project);
    void failed(const QString &project, const nereid::SyncError &error);

private:
    void request(const QString &project, qint64 since);

    ApiConnection &m_api;
    ViewEditor &m_editor;
    QSet<QString> m_running;
};

} // namespace nereid
