#include "filecachesettings.h"

#include <QSettings>

namespace nereid {

qint64 FileCacheSettings::limitBytes()
{
    bool ok = false;
    const qint64 bytes = QSettings().value(SettingsKey).toLongLong(&ok);
    return ok ? std::max(bytes, MinimumLimit) : DefaultLimit;
}

void FileCacheSettings::setLimitBytes(qint64 bytes)
{
    QSettings().setValue(SettingsKey, std::max(bytes, MinimumLimit));
}

} // namespace nereid
