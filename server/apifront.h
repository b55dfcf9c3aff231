#pragma once

#include "apiservice.h"
#include "groupcommitwriter.h"

#include <atomic>
#include <memory>

namespace nereid {

// Where the transport hands requests to the API: the calling thread's ApiService for admissions and reads,
// the one GroupCommitWriter for writes.
class ApiFront
{
public:
    ApiFront(const ServerSettings &settings, QString dataDir);

    const ServerSettings &settings() const { return m_settings; }

    // The calling thread's service, opened on first use; releaseThreadService() closes it on that thread.
    ApiService &threadService();
    void releaseThreadService();

    void submitWrite(HttpRequest request, Caller caller, GroupCommitWriter::Done done)
    {
        m_writer.submit(std::move(request), std::move(caller), std::move(done));
    }
    void submitTask(GroupCommitWriter::Task task, GroupCommitWriter::Done done)
    {
        m_writer.submitTask(std::move(task), std::move(done));
    }
    // Applies the writes still queued and ends the writer; call while the transport that answers them exists.
    void finishWrites() { m_writer.stop(); }

private:
    ServerSettings m_settings;
    QString m_dataDir;
    std::atomic<int> m_threadCount = 0;
    GroupCommitWriter m_writer;
};

} // namespace nereid
