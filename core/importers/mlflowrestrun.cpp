#include "mlflowrestrun.h"

#include "mlflowjson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace nereid {

namespace {

// Points asked for per page of a metric's history (MLflow's own most, where it pages them).
constexpr int PointsPerPage = 25000;

} // namespace

MlflowRestRun::MlflowRestRun(MlflowRestApi *api)
    : m_api(api)
{
}

bool MlflowRestRun::read(const QJsonObject &object, const QString &where, MlflowRun *run)
{
    MlflowJson json(where);
    const QJsonObject info = json.object(object, QStringLiteral("info"));
    const QJsonObject data = json.object(object, QStringLiteral("data"));
    json.string(info, QStringLiteral("run_uuid"), &run->uuid);
    json.string(info, QStringLiteral("run_id"), &run->uuid); // MLflow 2 sends both; run_id wins
    json.string(info, QStringLiteral("status"), &run->status);
    QString stage;
    json.string(info, QStringLiteral("lifecycle_stage"), &stage);
    run->deleted = stage == QLatin1String("deleted");
    json.int64(info, QStringLiteral("start_time"), &run->startTimeMs);
    json.int64(info, QStringLiteral("end_time"), &run->endTimeMs);
    json.keyValues(data, QStringLiteral("params"), &run->params);
    json.keyValues(data, QStringLiteral("tags"), &run->tags);
    QStringList keys; // runs/search gives each metric's latest point only: the history is asked for below
    for (const QJsonObject &metric : json.objects(data, QStringLiteral("metrics"))) {
        QString key;
        json.string(metric, QStringLiteral("key"), &key);
        keys.append(key);
    }
    if (!json.ok() || run->uuid.isEmpty()) {
        run->error = json.ok() ? tr("%1: the run has no run_id").arg(where) : json.error();
        return true;
    }
    QString error;
    for (const QString &key : keys)
        if (!readHistory(run->uuid, key, &run->metrics[key], &error))
            break;
    if (error.isEmpty())
        readArtifacts(run->uuid, QString(), &run->artifacts, &error);
    if (error.isEmpty())
        downloadArtifacts(run, &error);
    if (error.isEmpty())
        return true;
    run->metrics.clear();
    run->artifacts.clear();
    run->artifactFolder.clear();
    run->downloaded.reset();
    if (!m_api->serverFailed()) { // garbage, or a refusal of this run only (it was deleted meanwhile, say)
        run->error = error;
        return true;
    }
    run->error =
        tr("%1. Reading stopped here: this run and the runs not read yet are left for a later import.").arg(error);
    return false;
}

bool MlflowRestRun::readHistory(const QString &runId, const QString &key, QList<MlflowPoint> *points, QString *error)
{
    const auto page = [&](const QJsonObject &answer, QString *pageError) {
        MlflowJson json(tr("metrics/get-history of %1").arg(key));
        for (const QJsonObject &metric : json.objects(answer, QStringLiteral("metrics"))) {
            MlflowPoint point;
            json.point(metric, &point);
            points->append(point);
        }
        *pageError = json.error();
        return json.ok();
    };
    return m_api->pages(false, QStringLiteral("metrics/get-history"),
                        {{QStringLiteral("run_id"), runId},
                         {QStringLiteral("metric_key"), key},
                         {QStringLiteral("max_results"), PointsPerPage}},
                        page, error);
}

bool MlflowRestRun::readArtifacts(const QString &runId, const QString &folder, QMap<QString, qint64> *files,
                                  QString *error)
{
    QStringList folders;
    const auto page = [&](const QJsonObject &answer, QString *pageError) {
        MlflowJson json(tr("artifacts/list of %1").arg(folder.isEmpty() ? QStringLiteral("/") : folder));
        for (const QJsonObject &file : json.objects(answer, QStringLiteral("files"))) {
            QString path;
            bool isDir = false;
            qint64 size = 0;
            json.string(file, QStringLiteral("path"), &path);
            json.boolean(file, QStringLiteral("is_dir"), &isDir);
            json.int64(file, QStringLiteral("file_size"), &size);
            // MLflow gives paths from the artifact root; one outside the folder listed would never end.
            if (json.ok() && (path.isEmpty() || !(folder.isEmpty() || path.startsWith(folder + QLatin1Char('/'))))) {
                *pageError = tr("artifacts/list of %1: the path \"%2\" is not in that folder").arg(folder, path);
                return false;
            }
            if (isDir)
                folders.append(path);
            else
                files->insert(path, size);
        }
        *pageError = json.error();
        return json.ok();
    };
    QJsonObject params{{QStringLiteral("run_id"), runId}};
    if (!folder.isEmpty())
        params.insert(QStringLiteral("path"), folder);
    if (!m_api->pages(false, QStringLiteral("artifacts/list"), params, page, error))
        return false;
    for (const QString &sub : folders)
        if (!readArtifacts(runId, sub, files, error))
            return false;
    return true;
}

// The whole server is read before the first run is written (as a store is), so the copies wait on disk, not in
// memory; they go when the last copy of the run goes.
bool MlflowRestRun::downloadArtifacts(MlflowRun *run, QString *error)
{
    if (run->artifacts.isEmpty())
        return true;
    run->downloaded = std::make_shared<QTemporaryDir>();
    if (!run->downloaded->isValid()) {
        *error = tr("no temporary folder for the artifacts: %1").arg(run->downloaded->errorString());
        return false;
    }
    const QDir folder(run->downloaded->path());
    for (auto it = run->artifacts.begin(); it != run->artifacts.end(); ++it) {
        // A path that climbs out (`a/../../x`) would write beside the copy; MLflow never lists one.
        const QString clean = QDir::cleanPath(it.key());
        if (clean != it.key() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
            clean.startsWith(QLatin1String("../"))) {
            *error = tr("artifacts/list: the path \"%1\" leaves the run's artifact folder").arg(it.key());
            return false;
        }
        QByteArray bytes;
        if (!m_api->download(QStringLiteral("/get-artifact"),
                             {{QStringLiteral("run_uuid"), run->uuid}, {QStringLiteral("path"), it.key()}}, &bytes,
                             error))
            return false;
        QFile file(folder.filePath(clean));
        if (!folder.mkpath(QFileInfo(file).path()) || !file.open(QIODevice::WriteOnly) ||
            file.write(bytes) != bytes.size() || !file.flush()) {
            *error =
                tr("the artifact %1 cannot be copied to %2: %3").arg(it.key(), file.fileName(), file.errorString());
            return false;
        }
    }
    run->artifactFolder = folder.path();
    return true;
}

} // namespace nereid
