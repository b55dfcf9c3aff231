#include "fileactions.h"

#include "models/filecontents.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace nereid {

FileActions::FileActions(FileContents *contents, QObject *parent)
    : QObject(parent)
    , m_contents(contents)
{
    connect(m_contents, &FileContents::ready, this, [this](const QString &hash, const QString &path) {
        for (const Then &then : m_waiting.take(hash))
            then(path);
    });
    connect(m_contents, &FileContents::failed, this, [this](const QString &hash, const QString &message) {
        if (m_waiting.remove(hash) > 0)
            emit failed(tr("The file cannot be fetched: %1").arg(message));
    });
}

QString FileActions::fileNameOf(const QJsonObject &file)
{
    QString name = file.value(QStringLiteral("name")).toString();
    const QString extension = file.value(QStringLiteral("extension")).toString();
    // A name with a '/' would leave the folder the copy is meant for.
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty())
        name = tr("file");
    if (!extension.isEmpty() && !name.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        name += QLatin1Char('.') + extension;
    return name;
}

void FileActions::withBlob(const QString &project, const QJsonObject &file, Then then)
{
    const QString hash = file.value(QStringLiteral("hash")).toString();
    if (const QString cached = m_contents->cachedPath(hash); !cached.isEmpty())
        return then(cached);
    const bool asked = m_waiting.contains(hash);
    m_waiting[hash].append(std::move(then));
    if (!asked)
        m_contents->request(project, hash, qint64(file.value(QStringLiteral("size")).toDouble(-1)));
}

void FileActions::askAndSave(QWidget *parent, const QString &project, const QJsonObject &file)
{
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(fileNameOf(file));
    const QString target = QFileDialog::getSaveFileName(parent, tr("Save file as"), start);
    if (!target.isEmpty())
        saveAs(project, file, target);
}

void FileActions::saveAs(const QString &project, const QJsonObject &file, const QString &target)
{
    withBlob(project, file, [this, target](const QString &blob) { copyTo(blob, target, false); });
}

void FileActions::openWithSystem(const QString &project, const QJsonObject &file)
{
    // One folder per blob keeps two files of the same name apart; the system's application reads the copy, never
    // the cache's file, so it cannot change or lock what the cache verified.
    const QString hash = file.value(QStringLiteral("hash")).toString();
    const QString folder = QDir(QDir::tempPath()).filePath(QStringLiteral("nereid-files/") + hash.left(16));
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(fileNameOf(file));
    withBlob(project, file, [this, target](const QString &blob) { copyTo(blob, target, true); });
}

void FileActions::copyTo(const QString &blobPath, const QString &target, bool open)
{
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    // Copied beside the target, then renamed: the target is either the whole file or untouched.
    if (!QFile::copy(blobPath, part) || (QFile::exists(target) && !QFile::remove(target)) ||
        !QFile::rename(part, target)) {
        QFile::remove(part);
        emit failed(tr("The file cannot be written to %1.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!open)
        return emit saved(target);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        return emit failed(tr("No application opens %1.").arg(QFileInfo(target).fileName()));
    emit opened(target);
}

} // namespace nereid
