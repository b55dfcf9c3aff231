#include "mlflowwriter.h"

#include "numbertext.h"

#include <cmath>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace nereid {

namespace {

const QStringList StatusNames = {QString(),
                                 QStringLiteral("RUNNING"),
                                 QStringLiteral("SCHEDULED"),
                                 QStringLiteral("FINISHED"),
                                 QStringLiteral("FAILED"),
                                 QStringLiteral("KILLED")};

// A YAML single-quoted scalar on one line.
QString quoted(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

qint64 milliseconds(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// An atom as MLflow's text: what Python's str() gives for the value it would have logged.
QString paramText(const QJsonObject &atom)
{
    const QJsonValue value = atom.value(QStringLiteral("value"));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble()) {
        QByteArray number;
        NumberText::appendPython(number, value.toDouble());
        return QString::fromLatin1(number);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QLatin1Char(','));
    }
    return value.toString();
}

// MLflow keeps keys as relative file paths: one with a "." or ".." segment would leave its folder.
bool safeKey(const QString &key)
{
    const QStringList segments = key.split(QLatin1Char('/'));
    return !segments.contains(QStringLiteral(".")) && !segments.contains(QStringLiteral(".."));
}

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

} // namespace

QString MlflowWriter::runUuid(const ExportedRun &run)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{32}$"));
    const QString recorded = run.string(QStringLiteral("mlflow/run_id"));
    if (uuid.match(recorded).hasMatch())
        return recorded;
    const QString custom = run.sys.value(QStringLiteral("custom_run_id")).toString();
    if (custom.startsWith(QLatin1String("mlflow:")) && uuid.match(custom.mid(7)).hasMatch())
        return custom.mid(7);
    return QString::fromLatin1(
        QCryptographicHash::hash((run.project + QLatin1Char('/') + run.id).toUtf8(), QCryptographicHash::Md5).toHex());
}

bool MlflowWriter::begin(const QString &folder, QString *error)
{
    m_store = QDir(folder).filePath(QStringLiteral("mlruns"));
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
    const QString tagsWord = QStringLiteral("tags/"), paramsWord = QStringLiteral("params/");
    QString experiment = run.string(QStringLiteral("mlflow/experiment"));
    if (experiment.isEmpty())
        experiment = run.project;
    QMap<QString, QString> params, tags;
    for (auto it = run.atoms.begin(); it != run.atoms.end(); ++it) {
        const QString &path = it.key();
        if (path.startsWith(QLatin1String("mlflow/")) || path.startsWith(QLatin1String("import/")))
            continue; // the MLflow run's own metadata, written below, and the MLflow import's fingerprint
        if (path.startsWith(QLatin1String("artifacts/")) || !safeKey(path))
            run.skipped.append(path.startsWith(QLatin1String("artifacts/"))
                                   ? tr("%1: the record of an MLflow artifact (Nereid holds no file)").arg(path)
                                   : tr("%1: no MLflow key can hold this path").arg(path));
        else if (path.startsWith(tagsWord) && it.value().value(QStringLiteral("type")) == QLatin1String("string"))
            tags.insert(path.mid(tagsWord.size()), it.value().value(QStringLiteral("value")).toString());
        else
            params.insert(path.startsWith(paramsWord) ? path.mid(paramsWord.size()) : path, paramText(it.value()));
    }
    const QString name = run.sys.value(QStringLiteral("name")).toString();
    tags.insert(QStringLiteral("mlflow.runName"), name);
    const QString description = run.sys.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        tags.insert(QStringLiteral("mlflow.note.content"), description);
    QStringList otherTags;
    for (const QJsonValue &tag : run.sys.value(QStringLiteral("tags")).toArray())
        if (tag.toString() != experiment)
            otherTags.append(tag.toString());
    if (!otherTags.isEmpty())
        tags.insert(QStringLiteral("nereid.tags"), otherTags.join(QLatin1Char(',')));

    const bool failed = run.sys.value(QStringLiteral("failed")).toBool();
    int status = int(StatusNames.indexOf(run.string(QStringLiteral("mlflow/status"))));
    if (failed)
        status = 4;
    else if (status <= 0 || status == 4)
        status = run.sys.value(QStringLiteral("state")).toString() == QLatin1String("active") ? 1 : 3;
    const bool fromMlflow = run.atoms.contains(QStringLiteral("mlflow/run_id"));
    auto time = [&run](const QString &path) {
        return milliseconds(run.atoms.value(path).value(QStringLiteral("value")).toString());
    };
    const qint64 created = milliseconds(run.sys.value(QStringLiteral("creation_time")).toString());
    const qint64 start =
        run.atoms.contains(QStringLiteral("mlflow/start_time")) ? time(QStringLiteral("mlflow/start_time")) : created;
    QString end = QStringLiteral("null"); // as MLflow writes a run that has not ended
    if (run.atoms.contains(QStringLiteral("mlflow/end_time")))
        end = QString::number(time(QStringLiteral("mlflow/end_time")));
    else if (!fromMlflow && status != 1)
        end = QString::number(created + qint64(run.sys.value(QStringLiteral("running_time")).toDouble() * 1000));

    const QString experimentPath = experimentFolder(experiment, error);
    if (experimentPath.isEmpty())
        return false;
    const QString uuid = runUuid(run);
    const QDir folder(QDir(experimentPath).filePath(uuid));
    if (folder.exists()) {
        *error = tr("a second run with the MLflow run id %1").arg(uuid);
        return false;
    }
    const QString user = tags.value(QStringLiteral("mlflow.user"), run.sys.value(QStringLiteral("owner")).toString());
    const QString meta =
        QStringLiteral("artifact_uri: %1\nend_time: %2\nentry_point_name: ''\nexperiment_id: '%3'\n"
                       "lifecycle_stage: %4\nrun_id: %5\nrun_name: %6\nrun_uuid: %5\nsource_name: ''\n"
                       "source_type: 4\nsource_version: ''\nstart_time: %7\nstatus: %8\ntags: []\nuser_id: %9\n")
            .arg(QUrl::fromLocalFile(folder.absoluteFilePath(QStringLiteral("artifacts"))).toString(), end,
                 QDir(experimentPath).dirName(),
                 run.sys.value(QStringLiteral("trashed")).toBool() ? QStringLiteral("deleted")
                                                                   : QStringLiteral("active"),
                 uuid, quoted(name), QString::number(start), QString::number(status), quoted(user));
    if (!writeFile(folder.filePath(QStringLiteral("meta.yaml")), meta.toUtf8(), error) ||
        !writeValues(folder.filePath(QStringLiteral("params")), params, error) ||
        !writeValues(folder.filePath(QStringLiteral("tags")), tags, error) ||
        !writeValues(folder.filePath(QStringLiteral("artifacts")), {}, error) ||
        !writeValues(folder.filePath(QStringLiteral("metrics")), {}, error))
        return false;
    for (auto it = run.series.begin(); it != run.series.end(); ++it) {
        if (it.value().type != QLatin1String("floatSeries") || !safeKey(it.key()))
            run.skipped.append(it.value().type != QLatin1String("floatSeries")
                                   ? tr("%1: a string series (MLflow's metrics are numbers)").arg(it.key())
                                   : tr("%1: no MLflow key can hold this path").arg(it.key()));
        else if (!writeFile(folder.filePath(QStringLiteral("metrics/") + it.key()), metricLines(it.value()), error))
            return false;
    }
    return true;
}

} // namespace nereid
