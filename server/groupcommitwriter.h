#pragma once

#include "caller.h"
#include "httprequest.h"
#include "router.h"
#include "servercontext.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nereid {

class ApiService;

// The one writer: applies write requests in arrival order on a thread and connection of its own, so a long batch
// delays other writes but never a read. Requests that arrive while a commit is on its way to the disk are
// applied together and made durable by one commit (group commit); each is answered only after that commit.
class GroupCommitWriter
{
public:
    using Done = std::function<void(ApiResponse)>;
    using Task = std::function<ApiResponse(ServerContext &)>;

    GroupCommitWriter(const ServerSettings &settings, const QString &dataDir);
    // Applies what was submitted, then stops.
    ~GroupCommitWriter();
    // The same, now: applies and answers what was submitted, then returns with the writer's thread ended.
    void stop();
    GroupCommitWriter(const GroupCommitWriter &) = delete;
    GroupCommitWriter &operator=(const GroupCommitWriter &) = delete;

    // Queues a write; `done` is called on the writer's thread with the answer, once it is durable.
    void submit(HttpRequest request, Caller caller, Done done);
    // Queues work of the server's own, applied between requests in a savepoint of a group; `done` as above.
    void submitTask(Task task, Done done);

private:
    struct Job
    {
        HttpRequest request;
        Caller caller;
        Done done;
        Task task = {}; // set for the server's own work instead of a request
    };

    void run(const ServerSettings &settings, const QString &dataDir);
    std::deque<Job> takeGroup();
    static bool beginGroup(ApiService &service);
    static ApiResponse apply(ApiService &service, const Job &job, bool open);
    // Commits the transaction open for answers [from, to); when that fails, refuses those that had succeeded.
    static void endGroup(ApiService &service, std::vector<ApiResponse> &answers, std::size_t from, std::size_t to);

    static constexpr std::size_t MaxGroup = 256;
    static constexpr int MaxAttempts = 5; // of a write that lost a race with another instance (see run())

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace nereid
