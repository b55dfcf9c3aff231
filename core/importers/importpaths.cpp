#include "importpaths.h"

#include "domain/fieldpath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCryptographicHash>
#include <QStringList>

namespace nereid {

QString ImportPaths::valid(const QString &name)
{
    if (FieldPath::parse(name) && !name.startsWith(QLatin1String("sys/")) && name != QLatin1String("sys"))
        return name;
    QStringList segments;
    for (QString segment : name.split(QLatin1Char('/'))) {
        for (QChar &c : segment)
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                c = QLatin1Char('_');
        segment = segment.trimmed();
        if (!segment.isEmpty())
            segments.append(segment);
    }
    if (segments.isEmpty() || segments.first() == QLatin1String("sys"))
        segments.prepend(QStringLiteral("metrics"));
    QString path = segments.join(QLatin1Char('/'));
    if (path.toUtf8().size() > FieldPath::MaxBytes)
        path = withHash(path, name); // keep the start people recognise, and a hash so two long names stay apart
    return path;
}

QString ImportPaths::withHash(const QString &path, const QString &name)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    // Cut at a character's start: removing the U+FFFD a cut character leaves would also remove those the name had,
    // and a segment of nothing else would become empty, `a//b` (found by fuzz_mlflow).
    const QByteArray utf8 = path.toUtf8();
    qsizetype cut = std::min<qsizetype>(utf8.size(), FieldPath::MaxBytes - 17);
    while (cut > 0 && cut < utf8.size() && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    QString head = QString::fromUtf8(utf8.left(cut)).trimmed();
    while (head.endsWith(QLatin1Char('/')))
        head = head.chopped(1).trimmed();
    return head + QLatin1Char('~') + hash;
}

double ImportPaths::stepAfter(double last)
{
    double step = std::nextafter(last, HUGE_VAL);
    // Subnormal numbers are refused as out of range by strict JSON readers (strtod's ERANGE).
    if (std::fpclassify(step) == FP_SUBNORMAL)
        step = step > 0 ? std::numeric_limits<double>::min() : 0.0;
    return step;
}

} // namespace nereid
