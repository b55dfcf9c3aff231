#include "apifront.h"

namespace nereid {

namespace {
thread_local std::unique_ptr<ApiService> threadServiceSlot;
} // namespace

ApiFront::ApiFront(const ServerSettings &settings, QString dataDir)
    : m_settings(settings)
    , m_dataDir(std::move(dataDir))
    , m_writer(settings, m_dataDir)
{
}

ApiService &ApiFront::threadService()
{
    // A database that could not be opened (no descriptor left, say) is tried again on the next request.
    if (threadServiceSlot && !threadServiceSlot->openError().isEmpty())
        threadServiceSlot.reset();
    if (!threadServiceSlot) {
        const QString name = QStringLiteral("nereid-server-reader-%1").arg(++m_threadCount);
        threadServiceSlot = std::make_unique<ApiService>(m_settings, m_dataDir, name);
    }
    return *threadServiceSlot;
}

void ApiFront::releaseThreadService()
{
    threadServiceSlot.reset();
}

} // namespace nereid
