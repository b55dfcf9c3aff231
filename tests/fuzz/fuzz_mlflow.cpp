// The MLflow importer's readers and its mapping (core/importers): a file store's meta.yaml and metric files are
// bytes from another program, and its names become field paths. The same input is read as a meta.yaml, as a
// metric file, and as names (one per line) of params, tags and metrics mapped onto one run, which must give
// valid, distinct field paths, lose no point, and keep each series' steps strictly increasing.
#include "domain/fieldpath.h"
#include "flatyaml.h"
#include "mlflowmapping.h"
#include "mlflowmetricfile.h"

#include <cmath>
#include <cstdint>
#include <QSet>

using namespace nereid;

namespace {

void checkPath(const QString &path, QSet<QString> *seen)
{
    if (!FieldPath::parse(path))
        qFatal("the mapping wrote a path that is no valid field path: %s", qPrintable(path));
    if (seen->contains(path))
        qFatal("the mapping wrote two values to one path: %s", qPrintable(path));
    seen->insert(path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QMap<QString, QString> values;
    QString error;
    if (!FlatYaml::parse(bytes, &values, &error) && error.isEmpty())
        qFatal("a meta.yaml was refused without a reason");
    QList<MlflowPoint> points;
    int badLine = 0;
    if (!MlflowMetricFile::parse(bytes, &points, &badLine) && badLine < 1)
        qFatal("a metric file was refused without naming its line");

    MlflowRun run;
    run.uuid = QStringLiteral("fuzz");
    qint64 step = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString name = QString::fromUtf8(line);
        run.params.insert(name, values.value(name));
        if (line.size() % 2)
            run.tags.insert(name, name);
        run.metrics.insert(name, points.isEmpty() ? QList<MlflowPoint>{{0, 1.0, step++}} : points);
    }
    const MlflowMapping m = MlflowMapping::map(run);

    QSet<QString> seen;
    for (const QJsonValue &assign : m.assigns)
        checkPath(assign.toObject().value(QLatin1String("path")).toString(), &seen);
    qsizetype mappedPoints = 0, givenPoints = 0;
    for (const QList<MlflowPoint> &metric : std::as_const(run.metrics))
        givenPoints += metric.size();
    for (auto it = m.series.begin(); it != m.series.end(); ++it) {
        checkPath(it.key(), &seen);
        mappedPoints += it.value().size();
        for (qsizetype i = 1; i < it.value().size(); ++i)
            if (!(it.value().at(i).step > it.value().at(i - 1).step))
                qFatal("steps of %s do not increase at point %lld", qPrintable(it.key()), qlonglong(i));
        for (const MappedPoint &p : it.value())
            if (!std::isfinite(p.step) || std::fpclassify(p.step) == FP_SUBNORMAL)
                qFatal("a step that strict JSON readers refuse: %g", p.step);
    }
    if (m.series.size() != run.metrics.size() || mappedPoints != givenPoints)
        qFatal("metrics or points were lost or merged");
    for (const QString &path : std::as_const(seen))
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1))
            if (seen.contains(path.left(slash)))
                qFatal("%s is a field and a namespace", qPrintable(path.left(slash)));
    return 0;
}
