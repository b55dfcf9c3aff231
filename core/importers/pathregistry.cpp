#include "pathregistry.h"

#include "domain/fieldpath.h"

#include <QCryptographicHash>

namespace nereid {

namespace {

// `path` cut to leave room for `~` and 16 hex digits of the SHA-256 of `name`, and those appended.
QString withHash(const QString &path, const QString &name)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QString head = QString::fromUtf8(path.toUtf8().left(FieldPath::MaxBytes - 17)).remove(QChar::ReplacementCharacter);
    head = head.trimmed();
    while (head.endsWith(QLatin1Char('/')))
        head = head.chopped(1).trimmed();
    return head + QLatin1Char('~') + hash;
}

} // namespace

QString PathRegistry::validPath(const QString &name)
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

QString PathRegistry::take(const QString &name, QStringList *renames)
{
    const QString valid = validPath(name);
    QString path = valid;
    if (conflicts(path))
        path = withHash(valid, name);
    if (conflicts(path))
        path = withHash(QString(valid).replace(QLatin1Char('/'), QLatin1Char('_')), name);
    m_taken.insert(path);
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1))
        m_namespaces.insert(path.left(slash));
    if (path != name && renames)
        renames->append(name + QStringLiteral(" -> ") + path);
    return path;
}

bool PathRegistry::conflicts(const QString &path) const
{
    if (m_taken.contains(path) || m_namespaces.contains(path))
        return true;
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1))
        if (m_taken.contains(path.left(slash)))
            return true;
    return false;
}

} // namespace nereid
