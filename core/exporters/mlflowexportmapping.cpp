#include "mlflowexportmapping.h"

#include "numbertext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace nereid {

namespace {

// MLflow's RunStatus numbers, as its file store writes them.
const QStringList StatusNames = {QString(),
                                 QStringLiteral("RUNNING"),
                                 QStringLiteral("SCHEDULED"),
                                 QStringLiteral("FINISHED"),
                                 QStringLiteral("FAILED"),
                                 QStringLiteral("KILLED")};

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

} // namespace

bool MlflowExportMapping::isKey(const QString &key)
{
    const QStringList segments = key.split(QLatin1Char('/'));
    return !segments.contains(QStringLiteral(".")) && !segments.contains(QStringLiteral(".."));
}

QString MlflowExportMapping::runUuid(const ExportedRun &run)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{32}$"));
    QString recorded = run.string(QStringLiteral("mlflow/run_id"));
    if (uuid.match(recorded).hasMatch())
        return recorded;
    const QString custom = run.sys.value(QStringLiteral("custom_run_id")).toString();
    if (custom.startsWith(QLatin1String("mlflow:")) && uuid.match(custom.mid(7)).hasMatch())
        return custom.mid(7);
    return QString::fromLatin1(
        QCryptographicHash::hash((run.project + QLatin1Char('/') + run.id).toUtf8(), QCryptographicHash::Md5).toHex());
}

MlflowExportMapping MlflowExportMapping::map(ExportedRun &run)
{
    const QString tagsWord = QStringLiteral("tags/"), paramsWord = QStringLiteral("params/");
    MlflowExportMapping m;
    m.experiment = run.string(QStringLiteral("mlflow/experiment"));
    if (m.experiment.isEmpty())
        m.experiment = run.project;
    for (auto it = run.atoms.begin(); it != run.atoms.end(); ++it) {
        const QString &path = it.key();
        if (path.startsWith(QLatin1String("mlflow/")) || path.startsWith(QLatin1String("import/")))
            continue; // the MLflow run's own metadata, written below, and the MLflow import's fingerprint
        if (path.startsWith(QLatin1String("artifacts/")) || !isKey(path))
            run.skipped.append(path.startsWith(QLatin1String("artifacts/"))
                                   ? tr("%1: the record of an MLflow artifact (a string, not the file)").arg(path)
                                   : tr("%1: no MLflow key can hold this path").arg(path));
        else if (path.startsWith(tagsWord) && it.value().value(QStringLiteral("type")) == QLatin1String("string"))
            m.tags.insert(path.mid(tagsWord.size()), it.value().value(QStringLiteral("value")).toString());
        else
            m.params.insert(path.startsWith(paramsWord) ? path.mid(paramsWord.size()) : path, paramText(it.value()));
    }
    m.name = run.sys.value(QStringLiteral("name")).toString();
    m.tags.insert(QStringLiteral("mlflow.runName"), m.name);
    const QString description = run.sys.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        m.tags.insert(QStringLiteral("mlflow.note.content"), description);
    QStringList otherTags;
    for (const QJsonValue &tag : run.sys.value(QStringLiteral("tags")).toArray())
        if (tag.toString() != m.experiment)
            otherTags.append(tag.toString());
    if (!otherTags.isEmpty())
        m.tags.insert(QStringLiteral("nereid.tags"), otherTags.join(QLatin1Char(',')));

    const bool failed = run.sys.value(QStringLiteral("failed")).toBool();
    m.status = int(StatusNames.indexOf(run.string(QStringLiteral("mlflow/status"))));
    if (failed)
        m.status = 4;
    else if (m.status <= 0 || m.status == 4)
        m.status = run.sys.value(QStringLiteral("state")).toString() == QLatin1String("active") ? 1 : 3;
    const bool fromMlflow = run.atoms.contains(QStringLiteral("mlflow/run_id"));
    auto time = [&run](const QString &path) {
        return milliseconds(run.atoms.value(path).value(QStringLiteral("value")).toString());
    };
    const qint64 created = milliseconds(run.sys.value(QStringLiteral("creation_time")).toString());
    m.startTimeMs =
        run.atoms.contains(QStringLiteral("mlflow/start_time")) ? time(QStringLiteral("mlflow/start_time")) : created;
    if (run.atoms.contains(QStringLiteral("mlflow/end_time")))
        m.endTime = QString::number(time(QStringLiteral("mlflow/end_time")));
    else if (!fromMlflow && m.status != 1)
        m.endTime = QString::number(created + qint64(run.sys.value(QStringLiteral("running_time")).toDouble() * 1000));

    m.uuid = runUuid(run);
    m.user = m.tags.value(QStringLiteral("mlflow.user"), run.sys.value(QStringLiteral("owner")).toString());
    m.deleted = run.sys.value(QStringLiteral("trashed")).toBool();
    return m;
}

} // namespace nereid
