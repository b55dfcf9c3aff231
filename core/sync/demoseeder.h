#pragma once

#include "syncerror.h"

#include <QObject>
#include <QPointer>

namespace nereid {

class ApiConnection;

// Writes the demo project (DemoSweep) into a server through the API, as a client logging runs would: the project,
// then each run (created by its custom id, so a second seeding makes nothing twice), its fields in one batch, and
// its stop. Asynchronous, one request at a time; `progress` after each run, `finished` once, with an error or none.
// A project that has runs already is left as it is.
class DemoSeeder : public QObject
{
    Q_OBJECT

public:
    DemoSeeder(ApiConnection *api, QObject *parent = nullptr);

    void start(int steps = 3000);

signals:
    void progress(int runsDone, int runsTotal);
    void finished(const QString &project, const nereid::SyncError &error);

private:
    void createProject();
    void seedRun(int index);
    void fail(const SyncError &error);

    QPointer<ApiConnection> m_api;
    int m_steps = 3000;
    double m_started = 0;
};

} // namespace nereid
