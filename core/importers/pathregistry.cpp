#include "pathregistry.h"

#include "importpaths.h"

namespace nereid {

QString PathRegistry::take(const QString &name, QStringList *renames)
{
    const QString valid = ImportPaths::valid(name);
    QString path = valid;
    if (conflicts(path))
        path = ImportPaths::withHash(valid, name);
    if (conflicts(path))
        path = ImportPaths::withHash(QString(valid).replace(QLatin1Char('/'), QLatin1Char('_')), name);
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
