#include "mlflowmapping.h"

#include "domain/fieldpath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto MappingVersion = "mlflow-1";

QJsonObject assign(const QString &path, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("value"), value}};
}

QString datetime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString truncatedString(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.size() <= 65536)
        return value;
    QString cut = QString::fromUtf8(utf8.left(65536)); // strings are at most 64 KiB; a cut character is dropped
    if (cut.endsWith(QChar::ReplacementCharacter))
        cut.chop(1);
    return cut;
}

} // namespace

QString MlflowMapping::validPath(const QString &name)
{
    if (FieldPath::parse(name) && !name.startsWith(QLatin1String("sys/")) && name != QLatin1String("sys"))
        return name;
    QStringList segments;
    for (QString segment : name.split(QLatin1Char('/'))) {
        for (QChar &c : segment)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char('_');
        segment = segment.trimmed();
        if (!segment.isEmpty())
            segments.append(segment);
    }
    if (segments.isEmpty() || segments.first() == QLatin1String("sys"))
        segments.prepend(QStringLiteral("metrics"));
    QString path = segments.join(QLatin1Char('/'));
    if (path.toUtf8().size() > FieldPath::MaxBytes) {
        // Keep the start people recognise, and a hash of the whole so two long names stay apart.
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        QByteArray head = path.toUtf8().left(FieldPath::MaxBytes - 17);
        path = QString::fromUtf8(head).remove(QChar::ReplacementCharacter).trimmed();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        path += QLatin1Char('~') + hash;
    }
    return path;
}

MlflowMapping MlflowMapping::map(const MlflowRun &run)
{
    MlflowMapping m;
    const QString name = run.tags.value(QStringLiteral("mlflow.runName"), run.uuid);
    const QString description = run.tags.value(QStringLiteral("mlflow.note.content"));
    m.createBody = {{QStringLiteral("custom_run_id"), QString(QStringLiteral("mlflow:") + run.uuid)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), truncatedString(description)},
                    {QStringLiteral("tags"), QJsonArray{run.experimentName}}};
    m.failed = run.status == QLatin1String("FAILED");
    m.trashed = run.deleted;

    m.assigns.append(assign(QStringLiteral("sys/name"), QStringLiteral("string"), name));
    m.assigns.append(assign(QStringLiteral("sys/description"), QStringLiteral("string"), truncatedString(description)));
    m.assigns.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), m.failed));
    m.assigns.append(assign(QStringLiteral("mlflow/run_id"), QStringLiteral("string"), run.uuid));
    m.assigns.append(assign(QStringLiteral("mlflow/experiment"), QStringLiteral("string"), run.experimentName));
    m.assigns.append(assign(QStringLiteral("mlflow/status"), QStringLiteral("string"), run.status));
    if (run.startTimeMs > 0)
        m.assigns.append(
            assign(QStringLiteral("mlflow/start_time"), QStringLiteral("datetime"), datetime(run.startTimeMs)));
    if (run.endTimeMs > 0)
        m.assigns.append(
            assign(QStringLiteral("mlflow/end_time"), QStringLiteral("datetime"), datetime(run.endTimeMs)));
    const QString parent = run.tags.value(QStringLiteral("mlflow.parentRunId"));
    if (!parent.isEmpty())
        m.assigns.append(assign(QStringLiteral("mlflow/parent"), QStringLiteral("string"),
                                QString(QStringLiteral("mlflow:") + parent)));
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        m.assigns.append(assign(validPath(QStringLiteral("params/") + it.key()), QStringLiteral("string"),
                                truncatedString(it.value())));
    for (auto it = run.tags.begin(); it != run.tags.end(); ++it) {
        if (it.key() == QLatin1String("mlflow.note.content"))
            continue; // the description
        m.assigns.append(assign(validPath(QStringLiteral("tags/") + it.key()), QStringLiteral("string"),
                                truncatedString(it.value())));
    }
    for (auto it = run.artifacts.begin(); it != run.artifacts.end(); ++it)
        m.assigns.append(assign(validPath(QStringLiteral("artifacts/") + it.key()), QStringLiteral("string"),
                                QStringLiteral("%1 bytes").arg(it.value())));

    for (auto it = run.metrics.begin(); it != run.metrics.end(); ++it) {
        const QString path = validPath(it.key());
        if (path != it.key())
            m.renames.append(it.key() + QStringLiteral(" -> ") + path);
        // MLflow allows repeated and decreasing steps; Nereid's must increase. Points are ordered by step (then
        // time, then the store's order) and a step that repeats the one before moves up to the next double above
        // it, so every point is kept and whole steps stay where they were.
        QList<MlflowPoint> points = it.value();
        std::stable_sort(points.begin(), points.end(), [](const MlflowPoint &a, const MlflowPoint &b) {
            return a.step != b.step ? a.step < b.step : a.timestampMs < b.timestampMs;
        });
        QList<MappedPoint> &mapped = m.series[path];
        mapped.reserve(points.size());
        for (const MlflowPoint &p : points) {
            double step = double(p.step);
            if (!mapped.isEmpty() && step <= mapped.last().step) {
                step = std::nextafter(mapped.last().step, HUGE_VAL);
                // Subnormal numbers are refused as out of range by strict JSON readers (strtod's ERANGE).
                if (std::fpclassify(step) == FP_SUBNORMAL)
                    step = step > 0 ? std::numeric_limits<double>::min() : 0.0;
            }
            mapped.append({step, p.value, double(p.timestampMs) / 1000.0});
        }
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(MappingVersion);
    hash.addData(QJsonDocument(m.createBody).toJson(QJsonDocument::Compact));
    hash.addData(QJsonDocument(m.assigns).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView(m.trashed ? "T" : "A"));
    for (auto it = m.series.begin(); it != m.series.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(it.value().constData()),
                                    it.value().size() * qsizetype(sizeof(MappedPoint))));
    }
    m.fingerprint = QString::fromLatin1(hash.result().toHex());
    return m;
}

} // namespace nereid
