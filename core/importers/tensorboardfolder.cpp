#include "tensorboardfolder.h"

#include <algorithm>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace nereid {

namespace {

const QStringList EventFiles{QStringLiteral("events.out.tfevents.*")};

template<typename Point>
void merge(QMap<QString, QList<Point>> *into, const QMap<QString, QList<Point>> &from, const QString &subfolder,
           bool hparamsFolder)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        QList<Point> &points = (*into)[TensorBoardFolder::seriesName(subfolder, it.key(), hparamsFolder)];
        if (points.isEmpty())
            points = it.value(); // shared, not copied: most series come from one file
        else
            points.append(it.value());
    }
}

} // namespace

QString TensorBoardFolder::seriesName(const QString &subfolder, const QString &tag, bool hparamsFolder)
{
    // add_hparams writes its metrics into a folder of its own (named after the time by default): they keep their
    // tags. add_scalars("losses", {"train": ...}) writes tag "losses" into losses/train: that is the name.
    if (subfolder.isEmpty() || hparamsFolder)
        return tag;
    if (subfolder.startsWith(tag + QLatin1Char('/')))
        return subfolder;
    return subfolder + QLatin1Char('/') + tag;
}

bool TensorBoardFolder::read(const QString &folder, QList<TensorBoardRun> *runs, QString *error)
{
    const QDir root(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (!QFileInfo(folder).isDir()) {
        *error = tr("%1 is no folder").arg(folder);
        return false;
    }
    QStringList holders; // folders holding event files, relative to `folder`
    if (!root.entryList(EventFiles, QDir::Files).isEmpty())
        holders.append(QString());
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (!QDir(dir).entryList(EventFiles, QDir::Files).isEmpty())
            holders.append(root.relativeFilePath(dir));
    }
    if (holders.isEmpty()) {
        *error = tr("%1 holds no TensorBoard event files (events.out.tfevents.*)").arg(folder);
        return false;
    }
    holders.sort();
    QStringList roots; // the run folders, in the order of *runs from `first` on
    const qsizetype first = runs->size();
    for (const QString &holder : holders) {
        const auto owner = std::find_if(roots.cbegin(), roots.cend(), [&holder](const QString &r) {
            return r.isEmpty() || holder.startsWith(r + QLatin1Char('/'));
        });
        QString subfolder;
        qsizetype index = owner - roots.cbegin();
        if (owner != roots.cend()) {
            subfolder = holder.mid(owner->isEmpty() ? 0 : owner->size() + 1);
        } else {
            roots.append(holder);
            TensorBoardRun run;
            run.name = holder.isEmpty() ? root.dirName() : holder;
            run.folder = root.absoluteFilePath(holder);
            run.firstEventFile = QDir(run.folder).entryList(EventFiles, QDir::Files, QDir::Name).value(0);
            runs->append(run);
        }
        readFolder(root.absoluteFilePath(holder), subfolder, &(*runs)[first + index]);
    }
    for (qsizetype i = first; i < runs->size(); ++i)
        (*runs)[i].unmapped.removeDuplicates();
    return true;
}

void TensorBoardFolder::readFolder(const QString &path, const QString &subfolder, TensorBoardRun *run)
{
    for (const QString &name : QDir(path).entryList(EventFiles, QDir::Files, QDir::Name)) {
        QFile f(QDir(path).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            run->error = tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString());
            return;
        }
        const TensorBoardEventFile file = TensorBoardEventFile::decode(f.readAll());
        ++run->eventFiles;
        run->records += file.records;
        run->corruptRecords += file.corruptRecords;
        run->tornFiles += file.torn;
        if (file.records > 0 && (run->startTime == 0 || file.firstWallTime < run->startTime))
            run->startTime = file.firstWallTime;
        merge(&run->scalars, file.scalars, subfolder, file.hasHparams);
        merge(&run->texts, file.texts, subfolder, file.hasHparams);
        merge(&run->images, file.images, subfolder, file.hasHparams);
        for (auto it = file.unmapped.begin(); it != file.unmapped.end(); ++it)
            run->unmapped.append(seriesName(subfolder, it.key(), file.hasHparams) + QStringLiteral(": ") + it.value());
        run->hparams.insert(file.hparams);
        if (file.sessionStatus != 0)
            run->sessionStatus = file.sessionStatus;
    }
}

} // namespace nereid
