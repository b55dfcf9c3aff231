#include "mlflowwriter.h"

#include "artifactpaths.h"
#include "csvwriter.h"
#include "exportblobs.h"
#include "mlflowexportmapping.h"
#include "numbertext.h"

#include <cmath>
#include <QDateTime>
#include <QDir>
#include <QUrl>

namespace nereid {

namespace {

QByteArray metricLines(const ExportedSeries &series)
{
    QByteArray out;
    out.reserve(series.steps.size() * 40);
    for (qsizetype i = 0; i < series.steps.size(); ++i) {
        out.append(QByteArray::number(std::llround(series.timestamps.at(i) * 1000.0))).append(' ');
        NumberText::appendPython(out, series.values.at(i));
        // MLflow's steps are whole numbers; the MLflow import moves repeated steps up by less than one.
        const double step = std::floor(series.steps.at(i));
        out.append(' ').append(QByteArray::number(qint64(std::clamp(step, -9.2e18, 9.2e18)))).append('\n');
    }
    return out;
}

// Where a file goes under the run's artifact folder. A file is an artifact at its field's path; a file series a
// folder of files numbered by point; a file set a folder of its entries, but the file set `artifacts` (where the
// MLflow import puts a run's artifacts) is the artifact folder itself, so that a run goes back as it came.
QString artifactPath(const QJsonObject &fieldValue, const QString &field, const QString &member,
                     const QJsonObject &file)
{
    const QString type = fieldValue.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("fileSet") && field == QLatin1String("artifacts"))
        return CsvWriter::fileName(member);
    QString relative = CsvWriter::fileName(field);
    if (type == QLatin1String("fileSeries")) {
        const QString extension = file.value(QStringLiteral("extension")).toString();
        relative += QLatin1Char('/') + member + (extension.isEmpty() ? QString() : QLatin1Char('.') + extension);
    } else if (!member.isEmpty()) {
        relative += QLatin1Char('/') + CsvWriter::fileName(member);
    }
    return relative;
}

} // namespace

QString MlflowWriter::quoted(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool MlflowWriter::begin(const QString &folder, QString *error)
{
    m_store = QDir(folder).filePath(QStringLiteral("mlruns"));
    m_registry = std::make_unique<MlflowRegistryWriter>(m_store, m_blobs);
    return !experimentFolder(QStringLiteral("Default"), error).isEmpty(); // MLflow expects experiment 0
}

bool MlflowWriter::finish(QString *)
{
    return true;
}

QString MlflowWriter::experimentFolder(const QString &name, QString *error)
{
    QString id = m_experiments.value(name);
    if (id.isEmpty()) {
        id = QString::number(m_experiments.size());
        const QString folder = QDir(m_store).filePath(id);
        const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString meta =
            QStringLiteral("artifact_location: %1\ncreation_time: %2\nexperiment_id: '%3'\n"
                           "last_update_time: %2\nlifecycle_stage: active\nname: %4\n")
                .arg(QUrl::fromLocalFile(QDir(folder).absolutePath()).toString(), now, id, quoted(name));
        if (!writeFile(QDir(folder).filePath(QStringLiteral("meta.yaml")), meta.toUtf8(), error))
            return QString();
        m_experiments.insert(name, id);
    }
    return QDir(m_store).filePath(id);
}

bool MlflowWriter::writeValues(const QString &folder, const QMap<QString, QString> &values, QString *error)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!writeFile(QDir(folder).filePath(it.key()), it.value().toUtf8(), error))
            return false;
    if (!QDir().mkpath(folder)) {
        *error = tr("the folder %1 cannot be made").arg(folder);
        return false;
    }
    return true;
}

bool MlflowWriter::write(ExportedRun &run, QString *error)
{
    if (run.kind != QLatin1String("run"))
        return m_registry->write(run, error);
    const MlflowExportMapping m = MlflowExportMapping::map(run);
    const QString experimentPath = experimentFolder(m.experiment, error);
    if (experimentPath.isEmpty())
        return false;
    const QString &uuid = m.uuid;
    const QDir folder(QDir(experimentPath).filePath(uuid));
    if (folder.exists()) {
        *error = tr("a second run with the MLflow run id %1").arg(uuid);
        return false;
    }
    // A run that fails half-way (a file missing on the server, a full disk) is not left as a run MLflow would list.
    if (!writeRun(run, m, folder, experimentPath, error)) {
        QDir(folder).removeRecursively();
        return false;
    }
    return true;
}

bool MlflowWriter::writeRun(ExportedRun &run, const MlflowExportMapping &m, const QDir &folder,
                            const QString &experimentPath, QString *error)
{
    const QString &uuid = m.uuid;
    const QString meta =
        QStringLiteral("artifact_uri: %1\nend_time: %2\nentry_point_name: ''\nexperiment_id: '%3'\n"
                       "lifecycle_stage: %4\nrun_id: %5\nrun_name: %6\nrun_uuid: %5\nsource_name: ''\n"
                       "source_type: 4\nsource_version: ''\nstart_time: %7\nstatus: %8\ntags: []\nuser_id: %9\n")
            .arg(QUrl::fromLocalFile(folder.absoluteFilePath(QStringLiteral("artifacts"))).toString(), m.endTime,
                 QDir(experimentPath).dirName(), m.deleted ? QStringLiteral("deleted") : QStringLiteral("active"), uuid,
                 quoted(m.name), QString::number(m.startTimeMs), QString::number(m.status), quoted(m.user));
    if (!writeFile(folder.filePath(QStringLiteral("meta.yaml")), meta.toUtf8(), error) ||
        !writeValues(folder.filePath(QStringLiteral("params")), m.params, error) ||
        !writeValues(folder.filePath(QStringLiteral("tags")), m.tags, error) ||
        !writeValues(folder.filePath(QStringLiteral("artifacts")), {}, error) ||
        !writeValues(folder.filePath(QStringLiteral("metrics")), {}, error))
        return false;
    for (auto it = run.series.begin(); it != run.series.end(); ++it) {
        if (it.value().type != QLatin1String("floatSeries") || !MlflowExportMapping::isKey(it.key()))
            run.skipped.append(it.value().type != QLatin1String("floatSeries")
                                   ? tr("%1: a string series (MLflow's metrics are numbers)").arg(it.key())
                                   : tr("%1: no MLflow key can hold this path").arg(it.key()));
        else if (!writeFile(folder.filePath(QStringLiteral("metrics/") + it.key()), metricLines(it.value()), error))
            return false;
    }
    return writeArtifacts(run, QDir(folder.filePath(QStringLiteral("artifacts"))), error);
}

bool MlflowWriter::writeArtifacts(ExportedRun &run, const QDir &artifacts, QString *error)
{
    for (auto it = run.files.begin(); it != run.files.end(); ++it)
        if (it.value().value(QStringLiteral("type")).toString() == QLatin1String("artifact"))
            run.skipped.append(tr("%1: an artifact field (it records files that were never uploaded)").arg(it.key()));
    ArtifactPaths taken;
    return run.forEachFile([&](const QString &field, const QString &member, QJsonObject &file) {
        const QString relative = artifactPath(run.files.value(field), field, member, file);
        const QString owner = member.isEmpty() ? field : field + QLatin1Char(':') + member;
        QString holder;
        if (!taken.take(relative, owner, &holder)) {
            run.skipped.append(tr("%1: its artifact %2 would take the place of %3").arg(owner, relative, holder));
            return true;
        }
        return m_blobs->save(file, artifacts.filePath(relative), error);
    });
}

} // namespace nereid
