#include "groupcommitwriter.h"

#include "apiservice.h"

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

void GroupCommitWriter::run(ServerSettings settings, QString dataDir)
{
    ApiService service(settings, dataDir, QStringLiteral("nereid-server-writer"));
    for (;;) {
        std::deque<Job> group = takeGroup();
        if (group.empty())
            return; // stopping, and nothing is left
        std::vector<ApiResponse> answers;
        answers.reserve(group.size());
        const bool grouped = service.openError().isEmpty() && service.db().transaction();
        for (const Job &job : group)
            answers.push_back(grouped ? (job.task ? service.runTask(job.task) : service.serve(job.request, job.caller))
                                      : errorResponse(503, QStringLiteral("storage_unavailable"),
                                                      QStringLiteral("The database cannot start a transaction.")));
        if (grouped && !service.db().commit()) {
            // Nothing of the group is stored: every write that had succeeded is refused after all.
            for (ApiResponse &answer : answers) {
                if (answer.status < 400)
                    answer = errorResponse(
                        503, QStringLiteral("storage_unavailable"),
                        QStringLiteral("The write could not be stored: %1").arg(service.db().commitError()));
            }
        }
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(std::move(answers[i]));
    }
}

} // namespace nereid
