#include "importvalues.h"

#include <QDateTime>

namespace nereid {

QString ImportValues::truncated(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() <= 65536)
        return value;
    QString cut = QString::fromUtf8(utf8.left(65536));
    if (cut.endsWith(QChar::ReplacementCharacter))
        cut.chop(1);
    return cut;
}

QString ImportValues::datetime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace nereid
