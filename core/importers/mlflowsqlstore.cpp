#include "mlflowsqlstore.h"

#include <limits>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace nereid {

QString MlflowSqlStore::artifactFolder(const QString &uri, const QString &storeFolder)
{
    QString path = QUrl(uri).isLocalFile() ? QUrl(uri).toLocalFile() : uri;
    if (QDir::isAbsolutePath(path) && QDir(path).exists())
        return path;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString candidate = QDir(storeFolder).filePath(segments.mid(i).join(QLatin1Char('/')));
        if (QDir(candidate).exists())
            return candidate;
    }
    return QString();
}

bool MlflowSqlStore::read(const QString &file, QList<MlflowRun> *runs, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = tr("%1 does not exist").arg(file);
        return false;
    }
    const QString connection = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open()) {
            *error = tr("%1 cannot be opened: %2").arg(file, db.lastError().text());
        } else if (!q.exec(
                       QStringLiteral("SELECT r.run_uuid, e.name, r.status, r.lifecycle_stage, r.start_time, "
                                      "r.end_time, r.artifact_uri FROM runs r JOIN experiments e "
                                      "ON e.experiment_id = r.experiment_id ORDER BY e.experiment_id, r.start_time"))) {
            *error = tr("%1 is not an MLflow store: %2").arg(file, q.lastError().text());
        } else {
            QHash<QString, qsizetype> index;
            const QString storeFolder = QFileInfo(file).absolutePath();
            while (q.next()) {
                MlflowRun run;
                run.uuid = q.value(0).toString();
                run.experimentName = q.value(1).toString();
                run.status = q.value(2).toString();
                run.deleted = q.value(3).toString() == QLatin1String("deleted");
                run.startTimeMs = q.value(4).toLongLong();
                run.endTimeMs = q.value(5).toLongLong();
                const QString artifacts = artifactFolder(q.value(6).toString(), storeFolder);
                QDirIterator files(artifacts, QDir::Files, QDirIterator::Subdirectories);
                while (!artifacts.isEmpty() && files.hasNext()) {
                    const QFileInfo info(files.nextFileInfo());
                    run.artifacts.insert(QDir(artifacts).relativeFilePath(info.filePath()), info.size());
                }
                if (!run.artifacts.isEmpty())
                    run.artifactFolder = artifacts;
                index.insert(run.uuid, runs->size());
                runs->append(run);
            }
            auto readPairs = [&](const QString &table, auto store) {
                QSqlQuery pairs(db);
                pairs.setForwardOnly(true);
                if (!pairs.exec(QStringLiteral("SELECT run_uuid, key, value FROM %1").arg(table)))
                    return false;
                while (pairs.next())
                    if (const auto i = index.constFind(pairs.value(0).toString()); i != index.cend())
                        store((*runs)[*i], pairs.value(1).toString(), pairs.value(2).toString());
                return true;
            };
            ok = readPairs(QStringLiteral("params"),
                           [](MlflowRun &r, const QString &k, const QString &v) { r.params.insert(k, v); }) &&
                 readPairs(QStringLiteral("tags"),
                           [](MlflowRun &r, const QString &k, const QString &v) { r.tags.insert(k, v); });
            // In each run's rows as the store holds them (its run_uuid index, so SQLite sorts nothing): the mapping
            // orders a metric's points by step and time, and points logged at the same step and time stay in the
            // order they were logged.
            QSqlQuery metrics(db);
            metrics.setForwardOnly(true);
            ok = ok && metrics.exec(QStringLiteral("SELECT run_uuid, key, timestamp, value, step, is_nan FROM metrics "
                                                   "ORDER BY run_uuid"));
            QString lastRun, lastKey;
            MlflowRun *run = nullptr;
            QList<MlflowPoint> *points = nullptr;
            while (ok && metrics.next()) {
                const QString runUuid = metrics.value(0).toString();
                if (runUuid != lastRun) {
                    const auto i = index.constFind(runUuid);
                    run = i == index.cend() ? nullptr : &(*runs)[*i];
                    lastRun = runUuid;
                    lastKey.clear();
                    points = nullptr;
                }
                if (!run)
                    continue;
                const QString key = metrics.value(1).toString();
                if (!points || key != lastKey) {
                    points = &run->metrics[key];
                    lastKey = key;
                }
                MlflowPoint p;
                p.timestampMs = metrics.value(2).toLongLong();
                p.value =
                    metrics.value(5).toInt() ? std::numeric_limits<double>::quiet_NaN() : metrics.value(3).toDouble();
                p.step = metrics.value(4).toLongLong();
                points->append(p);
            }
            if (!ok)
                *error = tr("%1 is not an MLflow store: %2").arg(file, metrics.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace nereid
