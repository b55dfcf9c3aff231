#include "groupcommitwriter.h"

#include "apiservice.h"
#include "databaseerror.h"

namespace nereid {

GroupCommitWriter::GroupCommitWriter(const ServerSettings &settings, const QString &dataDir)
    : m_thread(&GroupCommitWriter::run, this, settings, dataDir)
{
}

GroupCommitWriter::~GroupCommitWriter()
{
    stop();
}

void GroupCommitWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void GroupCommitWriter::submit(HttpRequest request, Caller caller, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(request), std::move(caller), std::move(done)});
    }
    m_wake.notify_one();
}

void GroupCommitWriter::submitTask(Task task, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({HttpRequest(), Caller(), std::move(done), std::move(task)});
    }
    m_wake.notify_one();
}

std::deque<GroupCommitWriter::Job> GroupCommitWriter::takeGroup()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    std::deque<Job> group;
    while (!m_queue.empty() && group.size() < MaxGroup) {
        group.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return group;
}

void GroupCommitWriter::run(const ServerSettings &settings, const QString &dataDir)
{
    ApiService service(settings, dataDir, QStringLiteral("nereid-server-writer"));
    for (;;) {
        std::deque<Job> group = takeGroup();
        if (group.empty())
            return; // stopping, and nothing is left
        std::vector<ApiResponse> answers(group.size());
        std::size_t begun = 0; // the first job of the transaction open now
        bool open = beginGroup(service);
        for (std::size_t i = 0; i < group.size(); ++i) {
            answers[i] = apply(service, group[i], open);
            // On PostgreSQL the write lost a race with a writer on another instance (a deadlock, a key taken
            // meanwhile): commit what came before, which also lets go of every lock the other may wait for, and
            // apply it again in a transaction of its own, where it sees what the other wrote.
            for (int attempt = 0; open && isConcurrentWrite(answers[i].body) && attempt < MaxAttempts; ++attempt) {
                endGroup(service, answers, begun, i);
                begun = i;
                open = beginGroup(service);
                answers[i] = apply(service, group[i], open);
            }
        }
        if (open)
            endGroup(service, answers, begun, group.size());
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(std::move(answers[i]));
    }
}

bool GroupCommitWriter::beginGroup(ApiService &service)
{
    return service.openError().isEmpty() && service.db().transaction();
}

ApiResponse GroupCommitWriter::apply(ApiService &service, const Job &job, bool open)
{
    if (!open)
        return errorResponse(503, QStringLiteral("storage_unavailable"),
                             QStringLiteral("The database cannot start a transaction."));
    return job.task ? service.runTask(job.task) : service.serve(job.request, job.caller);
}

void GroupCommitWriter::endGroup(ApiService &service, std::vector<ApiResponse> &answers, std::size_t from,
                                 std::size_t to)
{
    if (service.db().commit())
        return;
    // Nothing of the group is stored: every write that had succeeded is refused after all.
    for (std::size_t i = from; i < to; ++i) {
        if (answers[i].status < 400)
            answers[i] =
                errorResponse(503, QStringLiteral("storage_unavailable"),
                              QStringLiteral("The write could not be stored: %1").arg(service.db().commitError()));
    }
}

} // namespace nereid
