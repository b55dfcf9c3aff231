#pragma once

#include "activerunexpiry.h"
#include "backoff.h"
#include "domain/syncstatus.h"
#include "projectpuller.h"

#include <QObject>
#include <QTimer>

namespace nereid {

// Keeps one project of the cache in sync: pulls its changes (its runs, then its models, model versions and
// metadata, each kind from its own feed), then polls every few seconds to follow
// active runs. A failure that may pass (server down, timeout, 5xx, unreadable answer, cache busy) is retried
// after a back-off delay; one that will not (a revoked token, a refused request) stops until start().
// Each change of state is reported with a sentence for the status bar.
class ProjectSync : public QObject
{
    Q_OBJECT

public:
    ProjectSync(ApiConnection &api, Cache &cache, const QString &project, QObject *parent = nullptr);

    // 0 turns polling off: one pull per start().
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void setPageSize(int runs);

    void start();
    void stop();
    // Pulls now (after a local edit was pushed, or when the user asks).
    void syncNow();

    const SyncStatus &status() const { return m_status; }
    ProjectPuller &puller() { return m_puller; }
    ActiveRunExpiry &expiry() { return m_expiry; }

signals:
    void statusChanged(const nereid::SyncStatus &status);

private:
    // Pulls the objects of the kind at `index` of m_kindPullers once the runs are in; past the last, the project is
    // up to date.
    void pullKind(int index);
    bool isPulling() const;
    void onFinished();
    void onProgress(qint64 runsDone, qint64 runsTotal);
    void onFailed(const SyncError &error);
    void onServerReplaced();
    void setStatus(SyncStatus::State state, const QString &message, SyncError::Kind error = SyncError::Kind::None);

    ProjectPuller m_puller;
    QList<ProjectPuller *> m_kindPullers; // children: models, model versions, project metadata
    ActiveRunExpiry m_expiry;
    QTimer m_timer;
    Backoff m_backoff;
    SyncStatus m_status;
    int m_pollMs = 5000;
    bool m_running = false;
    bool m_reloading = false; // the project is pulled again from scratch (onServerReplaced) until it is up to date
};

} // namespace nereid
