#include "tensorboardmapping.h"

#include "importpaths.h"
#include "pathregistry.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>

namespace nereid {

namespace {

// Bump this when the mapping changes, so runs imported the old way are written again.
constexpr auto TensorBoardMappingVersion = "tensorboard-2"; // 2: names that meet keep apart (PathRegistry)

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

// Each tag gets a path of its own from `paths`: two tags that map onto one path (`a//b` beside `a/b`) stay two
// series, and a tag named like one of the import's own fields does not overwrite it.
template<typename Point, typename To, typename Make>
void mapSeries(const QMap<QString, QList<Point>> &from, QMap<QString, QList<To>> *to, PathRegistry *paths,
               QStringList *renames, const Make &make)
{
    const QMap<QString, QString> pathOf = paths->takeAll(QString(), from, renames);
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QString &path = pathOf.value(it.key());
        (*to)[path] = ordered<Point, To>(it.value(), [&](const Point &p) { return make(path, p); });
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
    PathRegistry paths;
    for (const char *own : {"sys/name", "sys/failed", "tensorboard/run", "tensorboard/folder", "tensorboard/start_time",
                            "import/fingerprint"})
        paths.take(QLatin1String(own), nullptr);
    m.assigns.append(assign(QStringLiteral("sys/name"), QStringLiteral("string"), run.name));
    m.assigns.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), failed));
    m.assigns.append(assign(QStringLiteral("tensorboard/run"), QStringLiteral("string"), run.name));
    m.assigns.append(
        assign(QStringLiteral("tensorboard/folder"), QStringLiteral("string"), truncatedString(run.folder)));
    if (run.startTime > 0 && run.startTime < 253402300800.0) // datetimes end with the year 9999
        m.assigns.append(
            assign(QStringLiteral("tensorboard/start_time"), QStringLiteral("datetime"),
                   QDateTime::fromMSecsSinceEpoch(qint64(run.startTime * 1000), Qt::UTC).toString(Qt::ISODateWithMs)));
    const QMap<QString, QString> paramPaths = paths.takeAll(QStringLiteral("params/"), run.hparams, &m.renames);
    for (auto it = run.hparams.begin(); it != run.hparams.end(); ++it) {
        const QString &path = paramPaths.value(it.key());
        if (it->isBool())
            m.assigns.append(assign(path, QStringLiteral("bool"), *it));
        else if (it->isDouble())
            m.assigns.append(assign(path, QStringLiteral("float"), *it));
        else
            m.assigns.append(assign(path, QStringLiteral("string"), truncatedString(it->toString())));
    }
    mapSeries<TbScalar, MappedPoint>(run.scalars, &m.series, &paths, &m.renames,
                                     [](const QString &, const TbScalar &p) {
                                         return MappedPoint{0, p.value, 0};
                                     });
    mapSeries<TbText, MappedText>(run.texts, &m.textSeries, &paths, &m.renames, [](const QString &, const TbText &p) {
        return MappedText{0, truncatedString(p.text), 0};
    });
    mapSeries<TbImage, MappedFile>(run.images, &m.fileSeries, &paths, &m.renames, image);
    m.computeFingerprint(TensorBoardMappingVersion);
    return m;
}

} // namespace nereid
