#pragma once

#include <QHash>
#include <QString>

namespace nereid {

// The paths already written under one run's MLflow artifact folder. Two of a run's files can claim one place there:
// an entry of the file set `artifacts` (which is the artifact folder itself) and a file field of the same path, or a
// file where another needs a folder (`notes` beside `notes/a.txt`). The first to come keeps the place.
class ArtifactPaths
{
public:
    // Claims `relative` for `owner` (the field, and the entry of a set or series); false when a file already
    // written there, or a folder of files, or a file in place of one of its folders, holds it: `holder` then names
    // who did.
    bool take(const QString &relative, const QString &owner, QString *holder);

private:
    QHash<QString, QString> m_files;   // relative path -> owner
    QHash<QString, QString> m_folders; // each folder above a file -> the owner of its first file
};

} // namespace nereid
