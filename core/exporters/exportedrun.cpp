#include "exportedrun.h"

namespace nereid {

qint64 ExportedRun::pointCount() const
{
    qint64 count = 0;
    for (const ExportedSeries &s : series)
        count += s.steps.size();
    return count;
}

QString ExportedRun::string(const QString &path) const
{
    const QJsonObject field = atoms.value(path);
    return field.value(QStringLiteral("type")).toString() == QLatin1String("string")
               ? field.value(QStringLiteral("value")).toString()
               : QString();
}

} // namespace nereid
