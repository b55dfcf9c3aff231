#include "projectsync.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "nereid.sync")

namespace nereid {

ProjectSync::ProjectSync(ApiConnection &api, Cache &cache, const QString &project, QObject *parent)
    : QObject(parent)
    , m_puller(api, cache, project)
    , m_expiry(cache, project)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProjectSync::syncNow);
    connect(&m_puller, &ProjectPuller::finished, this, [this] { pullKind(0); });
    connect(&m_puller, &ProjectPuller::failed, this, &ProjectSync::onFailed);
    // Versions after models, so a version never arrives before the model it belongs to.
    for (const char *kind : {"model", "model_version", "project"}) {
        auto *puller = new ProjectPuller(api, cache, project, this, QLatin1String(kind));
        const int next = int(m_kindPullers.size()) + 1;
        connect(puller, &ProjectPuller::finished, this, [this, next] { pullKind(next); });
        connect(puller, &ProjectPuller::failed, this, &ProjectSync::onFailed);
        connect(puller, &ProjectPuller::serverReplaced, this, &ProjectSync::onServerReplaced);
        m_kindPullers.append(puller);
    }
    connect(&m_puller, &ProjectPuller::progressed, this, &ProjectSync::onProgress);
    connect(&m_puller, &ProjectPuller::serverReplaced, this, &ProjectSync::onServerReplaced);
    connect(&m_puller, &ProjectPuller::serverClock, &m_expiry, &ActiveRunExpiry::setServerClock);
}

void ProjectSync::setPageSize(int runs)
{
    m_puller.setPageSize(runs);
    for (ProjectPuller *puller : std::as_const(m_kindPullers))
        puller->setPageSize(runs);
}

bool ProjectSync::isPulling() const
{
    return m_puller.isRunning() ||
           std::any_of(m_kindPullers.begin(), m_kindPullers.end(), [](auto *puller) { return puller->isRunning(); });
}

void ProjectSync::pullKind(int index)
{
    if (index >= m_kindPullers.size())
        return onFinished();
    if (m_running)
        m_kindPullers[index]->start();
}

void ProjectSync::start()
{
    m_running = true;
    m_backoff.reset();
    syncNow();
}

void ProjectSync::stop()
{
    m_running = false;
    m_timer.stop();
    m_puller.stop();
    for (ProjectPuller *puller : std::as_const(m_kindPullers))
        puller->stop();
    setStatus(SyncStatus::State::Idle, tr("Sync of %1 stopped.").arg(m_puller.project()));
}

void ProjectSync::syncNow()
{
    if (!m_running || isPulling())
        return;
    m_timer.stop();
    // The status stays "up to date" during a routine poll; it says "syncing" when there is news to wait for.
    if (m_status.state != SyncStatus::State::UpToDate)
        setStatus(SyncStatus::State::Syncing, tr("Syncing %1…").arg(m_puller.project()));
    m_puller.start();
}

void ProjectSync::onFinished()
{
    m_backoff.reset();
    if (m_reloading) {
        // Said until the next change of state, so a user who looks away during the reload still reads why.
        m_reloading = false;
        setStatus(SyncStatus::State::UpToDate,
                  tr("%1 was loaded again: the server's data had been restored from a backup or replaced. Your "
                     "unsent edits were kept.")
                      .arg(m_puller.project()));
    } else if (m_status.state != SyncStatus::State::UpToDate) {
        setStatus(SyncStatus::State::UpToDate, tr("%1 is up to date.").arg(m_puller.project()));
    }
    if (m_running && m_pollMs > 0)
        m_timer.start(m_pollMs);
}

void ProjectSync::onServerReplaced()
{
    m_reloading = true;
    setStatus(SyncStatus::State::Syncing, tr("The server's data was restored from a backup or replaced; Nereid is "
                                             "loading %1 again. Your unsent edits are kept.")
                                              .arg(m_puller.project()));
}

void ProjectSync::onProgress(qint64 runsDone, qint64 runsTotal)
{
    // A routine poll stays quiet ("up to date"); only a pull the user waits for reports its pages.
    if (m_status.state != SyncStatus::State::Syncing || runsTotal <= 0)
        return;
    const QLocale locale;
    m_status.message =
        m_reloading ? tr("The server's data was restored from a backup or replaced; Nereid is loading %1 again: %2 of "
                         "%3 runs. Your unsent edits are kept.")
                          .arg(m_puller.project(), locale.toString(runsDone), locale.toString(runsTotal))
                    : tr("Syncing %1: %2 of %3 runs…")
                          .arg(m_puller.project(), locale.toString(runsDone), locale.toString(runsTotal));
    m_status.runsDone = runsDone;
    m_status.runsTotal = runsTotal;
    emit statusChanged(m_status);
}

void ProjectSync::onFailed(const SyncError &error)
{
    qCInfo(lcSync) << m_puller.project() << error.message;
    if (!error.isRetryable() || !m_running) {
        m_running = false;
        setStatus(SyncStatus::State::Failed, error.message, error.kind);
        return;
    }
    const int delay = m_backoff.next();
    setStatus(SyncStatus::State::Retrying,
              tr("%1 Trying again in %n second(s).", nullptr, (delay + 999) / 1000).arg(error.message), error.kind);
    m_timer.start(delay);
}

void ProjectSync::setStatus(SyncStatus::State state, const QString &message, SyncError::Kind error)
{
    m_status = {state, message, error, 0, 0};
    emit statusChanged(m_status);
}

} // namespace nereid
