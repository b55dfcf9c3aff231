#pragma once

#include "neptunestep.h"

#include <QCoreApplication>
#include <QList>

namespace nereid {

// An UploadFileSet operation of a Neptune queue with patterns: the client queues absolute glob patterns and no
// files, and `neptune sync` reads the files the patterns match when it uploads. So does the import: the files
// found here, named by their path below the deepest folder they all share, as Neptune names them.
class NeptuneFileSet
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneFileSet)

public:
    // One upload step per file (no operation, a blob), then the `assign` (the operation resets the set) or
    // `add_files` of `path`. False with *why when the files cannot be imported; *notes lists files left out.
    static bool map(const QJsonObject &operation, const QString &path, QList<NeptuneStep> *steps, QString *why,
                    QStringList *notes);

    static constexpr qsizetype MaxEntries = 100000;

private:
    // The files and folders a pattern matches, as Python's glob(pattern, recursive=True) finds them.
    static QStringList expand(const QString &pattern);
};

} // namespace nereid
