#pragma once

#include <QString>

namespace nereid {

// The blob cache's size limit as the user set it in Preferences (issue 18), kept in QSettings like the other
// preferences: the dialog writes it, the app reads it when it opens a profile's blob cache.
class FileCacheSettings
{
public:
    static inline const QString SettingsKey = QStringLiteral("files/cacheLimitBytes");
    static constexpr qint64 DefaultLimit = qint64(2) << 30;  // 2 GiB
    static constexpr qint64 MinimumLimit = qint64(64) << 20; // below that even a few checkpoints do not fit

    static qint64 limitBytes();
    static void setLimitBytes(qint64 bytes);
};

} // namespace nereid
