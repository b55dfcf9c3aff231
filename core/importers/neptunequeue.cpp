#include "neptunequeue.h"

#include "neptunequeueline.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <tuple>

namespace nereid {

namespace {

qint64 versionOfName(const QString &name) // data-17.log -> 17
{
    return name.mid(5, name.size() - 9).toLongLong();
}

} // namespace

bool NeptuneQueue::read(const QString &folder, QList<NeptuneQueueRun> *runs, QString *error)
{
    QDir root(folder);
    if (!root.exists()) {
        *error = tr("%1 does not exist.").arg(folder);
        return false;
    }
    if (root.exists(QStringLiteral(".neptune")))
        root.cd(QStringLiteral(".neptune"));
    QList<NeptuneQueueRun> folders;
    for (const QString &mode : {QStringLiteral("offline"), QStringLiteral("async")}) {
        const QDir modeDir(root.filePath(mode));
        for (const QString &name : modeDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name))
            if (name.contains(QLatin1String("__")))
                folders.append(readFolder(modeDir.filePath(name), mode));
    }
    // Each process that logs to a run has a folder of its own (async runs resumed elsewhere, distributed jobs):
    // the folders of one run are replayed as one queue, in the order the processes started, so the run gets one
    // fingerprint and a later value is never overwritten by an earlier one.
    std::stable_sort(folders.begin(), folders.end(), [](const NeptuneQueueRun &a, const NeptuneQueueRun &b) {
        return std::tie(a.containerId, a.createdAt, a.folder) < std::tie(b.containerId, b.createdAt, b.folder);
    });
    for (const NeptuneQueueRun &one : folders) {
        NeptuneQueueRun *same = runs->isEmpty() ? nullptr : &runs->last();
        if (!same || same->containerId != one.containerId || same->containerType != one.containerType) {
            runs->append(one);
            continue;
        }
        same->operations.append(one.operations);
        same->versions.append(one.versions);
        same->tornLines += one.tornLines;
        same->badLines.append(one.badLines);
        if (same->error.isEmpty())
            same->error = one.error;
    }
    if (runs->isEmpty()) {
        *error =
            tr("%1 holds no Neptune queue (no .neptune/offline/run__* or .neptune/async/run__* folder).").arg(folder);
        return false;
    }
    return true;
}

NeptuneQueueRun NeptuneQueue::readFolder(const QString &folder, const QString &mode)
{
    NeptuneQueueRun run;
    run.folder = folder;
    run.mode = mode;
    const QDir dir(folder);
    // The folder's name says what metadata.json says: type__id__pid__key; the name serves when the file is gone.
    const QStringList parts = dir.dirName().split(QStringLiteral("__"));
    run.containerType = parts.value(0);
    run.containerId = parts.value(1);
    QFile metadata(dir.filePath(QStringLiteral("metadata.json")));
    if (metadata.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(metadata.readAll()).object();
        run.containerId = json.value(QStringLiteral("containerId")).toString(run.containerId);
        run.containerType = json.value(QStringLiteral("containerType")).toString(run.containerType);
        run.createdAt = json.value(QStringLiteral("createdAt")).toString();
    }
    QFile ack(dir.filePath(QStringLiteral("last_ack_version")));
    if (ack.open(QIODevice::ReadOnly))
        run.lastAckVersion = ack.readAll().trimmed().toLongLong();

    QStringList files = dir.entryList({QStringLiteral("data-*.log")}, QDir::Files);
    std::sort(files.begin(), files.end(),
              [](const QString &a, const QString &b) { return versionOfName(a) < versionOfName(b); });
    if (files.isEmpty() && run.lastAckVersion == 0)
        run.error = tr("%1 has no data-*.log file.").arg(folder);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            run.error = tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString());
            return run;
        }
        readLines(file.readAll(), name, &run);
    }
    // Where UploadFile's in-memory contents wait, resolved here: queues of one run are merged after reading.
    for (QJsonObject &op : run.operations) {
        const QString tmp = op.value(QStringLiteral("tmp_file_name")).toString();
        if (!tmp.isEmpty())
            op.insert(QStringLiteral("upload_file"), dir.filePath(QStringLiteral("upload_path/") + tmp));
    }
    return run;
}

void NeptuneQueue::readLines(const QByteArray &bytes, const QString &fileName, NeptuneQueueRun *run)
{
    qsizetype start = 0;
    for (int number = 1; start < bytes.size(); ++number) {
        qsizetype end = bytes.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonObject operation;
        qint64 version = 0;
        QString why;
        if (!NeptuneQueueLine::parse(line, &operation, &version, &why)) {
            // The client writes a line and its newline in one go: a last line without one was being written.
            if (last)
                ++run->tornLines;
            else
                run->badLines.append(tr("%1 line %2: %3").arg(fileName).arg(number).arg(why));
            continue;
        }
        if (version <= run->lastAckVersion)
            continue; // sent and acknowledged before
        run->operations.append(operation);
        run->versions.append(version);
    }
}

} // namespace nereid
