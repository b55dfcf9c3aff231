#include "blobcollection.h"

#include "apifront.h"
#include "blobcollector.h"
#include "clock.h"

#include <future>
#include <optional>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCollection, "nereid.server.collection", QtInfoMsg) // debug: each pass

namespace nereid {

BlobCollection::BlobCollection(ApiFront &front, const ServerSettings &settings, QString dataDir,
                               std::chrono::milliseconds interval)
    : m_front(front)
    , m_interval(interval)
    , m_thread(&BlobCollection::run, this, settings, std::move(dataDir))
{
}

BlobCollection::~BlobCollection()
{
    stop();
}

void BlobCollection::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void BlobCollection::run(const ServerSettings &settings, const QString &dataDir)
{
    std::optional<ServerContext> context;
    for (int pass = 1;; ++pass) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, m_interval, [this] { return m_stopping; }))
                return;
        }
        // Opened at the first pass, and again after a failure: opening beside a starting server's connections
        // may find the database busy.
        if (!context) {
            context.emplace(settings, QStringLiteral("nereid-server-collection"));
            if (const QString error = context->open(dataDir); !error.isEmpty()) {
                qCWarning(lcCollection) << "the collection of blobs cannot open the database:" << error;
                context.reset();
                continue;
            }
        }
        try {
            collect(m_front, *context);
        } catch (const std::exception &error) { // an ApiError of the database: tried again next time
            qCWarning(lcCollection) << "the collection of blobs failed:" << error.what();
        } catch (...) {
            qCWarning(lcCollection) << "the collection of blobs failed";
        }
        // Off by default; tests turn it on (QT_LOGGING_RULES) to count passes instead of waiting for them.
        qCDebug(lcCollection, "collection pass %d done", pass);
    }
}

void BlobCollection::collect(ApiFront &front, ServerContext &context)
{
    const BlobCollector::Candidates candidates = BlobCollector::find(context, nowMs());
    if (candidates.hashes.isEmpty())
        return;
    auto removed = std::make_shared<BlobCollector::Removed>();
    auto done = std::make_shared<std::promise<void>>();
    BlobStore *store = context.blobs.get();
    front.submitTask(
        [candidates, removed](ServerContext &writer) {
            *removed = BlobCollector::forget(writer, candidates, nowMs());
            return ApiResponse{200, {}};
        },
        // On the writer's thread, after the commit and before the next group: a blob forgotten is gone before an
        // upload of the same content can be recorded again.
        [removed, done, store, foundAt = candidates.foundAt](const ApiResponse &answer) {
            if (answer.status == 200) {
                BlobCollector::removeFiles(*store, *removed, foundAt);
                if (!removed->hashes.isEmpty())
                    qCInfo(lcCollection) << "removed" << removed->hashes.size() << "blobs," << removed->bytes
                                         << "bytes";
            }
            done->set_value();
        });
    done->get_future().wait();
}

} // namespace nereid
