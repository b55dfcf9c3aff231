#include "cacherecovery.h"

#include "cachedatabase.h"
#include "cacheerror.h"
#include "outboxstore.h"
#include "viewoutboxstore.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecovery, "nereid.cache.recovery")

namespace nereid {

void CacheRecovery::moveAside()
{
    m_damagedPath = m_filePath + QStringLiteral(".damaged-") +
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_filePath + suffix) && !QFile::rename(m_filePath + suffix, m_damagedPath + suffix))
            throw CacheError{tr("The damaged cache %1 cannot be moved aside.").arg(m_filePath + suffix)};
    }
}

QList<RunEdit> CacheRecovery::salvageOutbox() const
{
    try {
        CacheDatabase damaged;
        damaged.openAsIs(m_damagedPath);
        return OutboxStore(damaged).pending();
    } catch (const CacheError &error) {
        qCWarning(lcRecovery) << "the outbox of" << m_damagedPath << "cannot be read:" << error.message;
        return {};
    }
}

} // namespace nereid

namespace nereid {

QList<ViewEdit> CacheRecovery::salvageViewOutbox() const
{
    try {
        CacheDatabase damaged;
        damaged.openAsIs(m_damagedPath);
        return ViewOutboxStore(damaged).pending();
    } catch (const CacheError &error) {
        qCWarning(lcRecovery) << "the view outbox of" << m_damagedPath << "cannot be read:" << error.message;
        return {};
    }
}

} // namespace nereid
