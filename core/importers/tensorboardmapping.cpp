#include "tensorboardmapping.h"

#include "importpaths.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto MappingVersion = "tensorboard-1";

// Points of one series from every file of the run, ordered by step then wall time (a stable sort keeps the files'
// order for ties); a step that is not above the one before moves up to the next double (docs/import.md).
template<typename From, typename To, typename Make> QList<To> ordered(QList<From> points, const Make &make)
{
    std::stable_sort(points.begin(), points.end(), [](const From &a, const From &b) {
        return a.step != b.step ? a.step < b.step : a.wallTime < b.wallTime;
    });
    QList<To> out;
    out.reserve(points.size());
    for (const From &p : points) {
        double step = double(p.step);
        if (!out.isEmpty() && step <= out.last().step)
            step = ImportPaths::stepAfter(out.last().step);
        To to = make(p);
        to.step = step;
        to.timestamp = std::isfinite(p.wallTime) && p.wallTime > 0 ? p.wallTime : 0.0;
        out.append(to);
    }
    return out;
}

template<typename Point, typename To, typename Make>
void mapSeries(const QMap<QString, QList<Point>> &from, QMap<QString, QList<To>> *to, QStringList *renames,
               const Make &make)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QString path = ImportPaths::valid(it.key());
        if (path != it.key())
            renames->append(it.key() + QStringLiteral(" -> ") + path);
        (*to)[path].append(ordered<Point, To>(it.value(), make));
    }
}

MappedFile image(const QString &path, const TbImage &p)
{
    MappedFile file;
    file.bytes = p.encoded;
    const QString base = path.section(QLatin1Char('/'), -1) + QLatin1Char('-') + QString::number(p.step);
    if (p.encoded.startsWith("\x89PNG"))
        file.extension = QStringLiteral("png"), file.mime = QStringLiteral("image/png");
    else if (p.encoded.startsWith("\xFF\xD8"))
        file.extension = QStringLiteral("jpg"), file.mime = QStringLiteral("image/jpeg");
    else if (p.encoded.startsWith("GIF8"))
        file.extension = QStringLiteral("gif"), file.mime = QStringLiteral("image/gif");
    else
        file.extension = QStringLiteral("bin"), file.mime = QStringLiteral("application/octet-stream");
    file.name = base + QLatin1Char('.') + file.extension;
    return file;
}

} // namespace

QString TensorBoardMapping::customRunId(const TensorBoardRun &run)
{
    return QStringLiteral("tensorboard:") + run.name + QLatin1Char('/') + run.firstEventFile;
}

TensorBoardMapping TensorBoardMapping::map(const TensorBoardRun &run)
{
    TensorBoardMapping m;
    const bool failed = run.sessionStatus == 2; // the hparams plugin's STATUS_FAILURE
    m.createBody = {{QStringLiteral("custom_run_id"), customRunId(run)}, {QStringLiteral("name"), run.name}};
    m.assigns.append(assign(QStringLiteral("sys/name"), QStringLiteral("string"), run.name));
    m.assigns.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), failed));
    m.assigns.append(assign(QStringLiteral("tensorboard/run"), QStringLiteral("string"), run.name));
    m.assigns.append(
        assign(QStringLiteral("tensorboard/folder"), QStringLiteral("string"), truncatedString(run.folder)));
    if (run.startTime > 0 && run.startTime < 253402300800.0) // datetimes end with the year 9999
        m.assigns.append(
            assign(QStringLiteral("tensorboard/start_time"), QStringLiteral("datetime"),
                   QDateTime::fromMSecsSinceEpoch(qint64(run.startTime * 1000), Qt::UTC).toString(Qt::ISODateWithMs)));
    for (auto it = run.hparams.begin(); it != run.hparams.end(); ++it) {
        const QString path = ImportPaths::valid(QStringLiteral("params/") + it.key());
        if (it->isBool())
            m.assigns.append(assign(path, QStringLiteral("bool"), *it));
        else if (it->isDouble())
            m.assigns.append(assign(path, QStringLiteral("float"), *it));
        else
            m.assigns.append(assign(path, QStringLiteral("string"), truncatedString(it->toString())));
    }
    mapSeries<TbScalar, MappedPoint>(run.scalars, &m.series, &m.renames, [](const TbScalar &p) {
        return MappedPoint{0, p.value, 0};
    });
    mapSeries<TbText, MappedText>(run.texts, &m.textSeries, &m.renames, [](const TbText &p) {
        return MappedText{0, truncatedString(p.text), 0};
    });
    for (auto it = run.images.begin(); it != run.images.end(); ++it) {
        const QString path = ImportPaths::valid(it.key());
        if (path != it.key())
            m.renames.append(it.key() + QStringLiteral(" -> ") + path);
        m.fileSeries[path].append(
            ordered<TbImage, MappedFile>(it.value(), [&path](const TbImage &p) { return image(path, p); }));
    }
    m.computeFingerprint(MappingVersion);
    return m;
}

} // namespace nereid
