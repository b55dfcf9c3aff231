#include "artifactpaths.h"

#include <QStringList>

namespace nereid {

namespace {

// The folders above `relative`: "a", "a/b" for "a/b/c".
QStringList foldersAbove(const QString &relative)
{
    QStringList folders;
    for (qsizetype slash = relative.indexOf(QLatin1Char('/')); slash != -1;
         slash = relative.indexOf(QLatin1Char('/'), slash + 1))
        folders.append(relative.left(slash));
    return folders;
}

} // namespace

bool ArtifactPaths::take(const QString &relative, const QString &owner, QString *holder)
{
    const QStringList folders = foldersAbove(relative);
    QString taken = m_files.value(relative, m_folders.value(relative));
    for (qsizetype i = 0; taken.isEmpty() && i < folders.size(); ++i)
        taken = m_files.value(folders.at(i));
    if (!taken.isEmpty()) {
        *holder = taken;
        return false;
    }
    m_files.insert(relative, owner);
    for (const QString &folder : folders)
        if (!m_folders.contains(folder))
            m_folders.insert(folder, owner);
    return true;
}

} // namespace nereid
