#include "neptunefileset.h"

#include "domain/fieldpath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace nereid {

QStringList NeptuneFileSet::expand(const QString &pattern)
{
    static const QRegularExpression wildcard(QStringLiteral("[*?[]"));
    QStringList found{QStringLiteral("/")};
    for (const QString &segment : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        QStringList next;
        for (const QString &base : std::as_const(found)) {
            if (segment == QLatin1String("**")) { // any number of folders, none included (hidden ones left out)
                next.append(base);
                QDirIterator below(base, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
                while (below.hasNext())
                    next.append(below.next());
            } else if (!segment.contains(wildcard)) {
                if (QFileInfo::exists(QDir(base).filePath(segment)))
                    next.append(QDir(base).filePath(segment));
            } else {
                // Like glob, `*` and `?` match no leading dot: hidden entries only for a segment that starts with one.
                QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::CaseSensitive;
                if (segment.startsWith(QLatin1Char('.')))
                    filters |= QDir::Hidden;
                for (const QString &name : QDir(base).entryList({segment}, filters, QDir::Name))
                    next.append(QDir(base).filePath(name));
            }
        }
        found = next;
    }
    return found;
}

bool NeptuneFileSet::map(const QJsonObject &operation, const QString &path, QList<NeptuneStep> *steps, QString *why,
                         QStringList *notes)
{
    QStringList matched;
    for (const QJsonValue &pattern : operation.value(QStringLiteral("file_globs")).toArray()) {
        if (!QDir::isAbsolutePath(pattern.toString())) {
            *why = tr("the pattern %1 is no absolute path (the client writes absolute ones)").arg(pattern.toString());
            return false;
        }
        matched += expand(QDir::cleanPath(pattern.toString()));
    }
    matched.removeDuplicates();
    // The deepest folder every match lies in (a single file's folder), as os.path.commonpath gives it.
    QStringList root = matched.value(0).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &one : std::as_const(matched)) {
        const QStringList parts = one.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qsizetype same = 0;
        while (same < qMin(root.size(), parts.size()) && root.at(same) == parts.at(same))
            ++same;
        root = root.first(same);
    }
    QString rootPath = QLatin1Char('/') + root.join(QLatin1Char('/'));
    if (QFileInfo(rootPath).isFile())
        rootPath = QFileInfo(rootPath).path();
    QMap<QString, QString> files; // entry path -> file, each entry once
    for (const QString &one : std::as_const(matched)) {
        if (!QFileInfo(one).isDir()) {
            files.insert(QDir(rootPath).relativeFilePath(one), one);
            continue;
        }
        QDirIterator walk(one, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            const QString file = walk.next();
            files.insert(QDir(rootPath).relativeFilePath(file), file);
        }
    }
    if (files.size() > MaxEntries) {
        *why = tr("the patterns match %1 files; a file set holds at most %2").arg(files.size()).arg(MaxEntries);
        return false;
    }
    const bool reset = operation.value(QStringLiteral("reset")).toString() != QLatin1String("False");
    if (files.isEmpty() && !reset) {
        *why = tr("the patterns match no file here");
        return false;
    }
    QJsonArray entries;
    const QMimeDatabase mimes;
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile file(it.value());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // Only regular files: a path naming a device or a pipe would never end.
        if (!QFileInfo(it.value()).isFile() || !file.open(QIODevice::ReadOnly) || !hash.addData(&file) ||
            !FieldPath::parse(it.key())) {
            notes->append(tr("%1: the file %2 is not imported (it cannot be read, or %3 is no field path)")
                              .arg(path, it.value(), it.key()));
            continue;
        }
        NeptuneStep upload;
        upload.blobHash = QString::fromLatin1(hash.result().toHex());
        upload.blobFile = it.value();
        steps->append(upload);
        const QMimeType mime = mimes.mimeTypeForFile(it.value(), QMimeDatabase::MatchExtension);
        entries.append(
            QJsonObject{{QStringLiteral("path"), it.key()},
                        {QStringLiteral("hash"), upload.blobHash},
                        {QStringLiteral("size"), file.size()},
                        {QStringLiteral("mime"),
                         mime.isValid() ? mime.name() : QString(QStringLiteral("application/octet-stream"))}});
    }
    NeptuneStep set;
    set.operation = {{QStringLiteral("op"), reset ? QStringLiteral("assign") : QStringLiteral("add_files")},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("type"), QStringLiteral("fileSet")},
                     {QStringLiteral("files"), entries}};
    steps->append(set);
    return true;
}

} // namespace nereid
