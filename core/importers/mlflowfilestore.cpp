#include "mlflowfilestore.h"

#include "flatyaml.h"
#include "mlflowmetricfile.h"
#include "mlflowsqlstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace nereid {

namespace {

// MLflow's RunStatus numbers, as the file store writes them.
QString statusName(const QString &number)
{
    static const QStringList names = {QString(),
                                      QStringLiteral("RUNNING"),
                                      QStringLiteral("SCHEDULED"),
                                      QStringLiteral("FINISHED"),
                                      QStringLiteral("FAILED"),
                                      QStringLiteral("KILLED")};
    const int n = number.toInt();
    return n > 0 && n < names.size() ? names.at(n) : number;
}

// Every file under `folder`, by its path relative to it (params and tags with `/` in their key are nested folders).
QMap<QString, QString> readValues(const QString &folder)
{
    QMap<QString, QString> values;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            values.insert(QDir(folder).relativeFilePath(path), QString::fromUtf8(file.readAll()));
    }
    return values;
}

} // namespace

bool MlflowFileStore::read(const QString &root, QList<MlflowRun> *runs, QString *error)
{
    const QDir store(root);
    if (!store.exists()) {
        *error = tr("%1 does not exist").arg(root);
        return false;
    }
    const QStringList experiments = store.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    bool anyExperiment = false;
    for (const QString &id : experiments) {
        QFile meta(store.filePath(id + QStringLiteral("/meta.yaml")));
        if (id.startsWith(QLatin1Char('.')) || !meta.open(QIODevice::ReadOnly))
            continue; // .trash and folders that are no experiment
        anyExperiment = true;
        QMap<QString, QString> values;
        QString yamlError;
        const bool parsed = FlatYaml::parse(meta.readAll(), &values, &yamlError);
        const QString name = parsed ? values.value(QStringLiteral("name"), id) : id;
        const QDir experiment(store.filePath(id));
        for (const QString &runId : experiment.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (runId == QLatin1String("tags"))
                continue;
            MlflowRun run = readRun(experiment.filePath(runId), name);
            if (!parsed && run.error.isEmpty())
                run.error = tr("the experiment's %1: %2").arg(meta.fileName(), yamlError);
            runs->append(run);
        }
    }
    if (!anyExperiment) {
        *error = tr("%1 holds no MLflow experiment (no <id>/meta.yaml)").arg(root);
        return false;
    }
    return true;
}

MlflowRun MlflowFileStore::readRun(const QString &folder, const QString &experimentName)
{
    const QDir dir(folder);
    MlflowRun run;
    run.uuid = dir.dirName();
    run.experimentName = experimentName;
    QFile meta(dir.filePath(QStringLiteral("meta.yaml")));
    QMap<QString, QString> values;
    QString yamlError;
    if (!meta.open(QIODevice::ReadOnly)) {
        run.error = tr("%1 cannot be read: %2").arg(meta.fileName(), meta.errorString());
        return run;
    }
    if (!FlatYaml::parse(meta.readAll(), &values, &yamlError)) {
        run.error = tr("%1 is not valid: %2").arg(meta.fileName(), yamlError);
        return run;
    }
    if (values.value(QStringLiteral("run_uuid")).isEmpty()) {
        run.error = tr("%1 names no run_uuid").arg(meta.fileName());
        return run;
    }
    run.uuid = values.value(QStringLiteral("run_uuid"));
    run.status = statusName(values.value(QStringLiteral("status")));
    run.deleted = values.value(QStringLiteral("lifecycle_stage")) == QLatin1String("deleted");
    run.startTimeMs = values.value(QStringLiteral("start_time")).toLongLong();
    run.endTimeMs = values.value(QStringLiteral("end_time")).toLongLong();
    run.params = readValues(dir.filePath(QStringLiteral("params")));
    run.tags = readValues(dir.filePath(QStringLiteral("tags")));

    const QString metricsFolder = dir.filePath(QStringLiteral("metrics"));
    QDirIterator it(metricsFolder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            run.error = tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString());
            return run;
        }
        int badLine = 0;
        if (!MlflowMetricFile::parse(file.readAll(),
                                     &run.metrics[QDir(metricsFolder).relativeFilePath(file.fileName())], &badLine)) {
            run.error = tr("%1, line %2: not \"timestamp value step\"").arg(file.fileName()).arg(badLine);
            return run;
        }
    }

    // MLflow keeps the absolute artifact URI of the machine that wrote the store; a copied store has them beside it.
    QString artifacts =
        MlflowSqlStore::artifactFolder(values.value(QStringLiteral("artifact_uri")),
                                       QFileInfo(dir.absolutePath() + QStringLiteral("/../..")).absoluteFilePath());
    if (artifacts.isEmpty())
        artifacts = dir.filePath(QStringLiteral("artifacts"));
    QDirIterator files(artifacts, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo info(files.nextFileInfo());
        run.artifacts.insert(QDir(artifacts).relativeFilePath(info.filePath()), info.size());
    }
    if (!run.artifacts.isEmpty())
        run.artifactFolder = artifacts;
    return run;
}

} // namespace nereid
