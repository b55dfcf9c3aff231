#include "benchruntabledata.h"

namespace nereid::bench {

namespace {

// One QString per path for all runs, as the cache's bulk read gives them.
const QString &path(const QString &prefix, int index)
{
    static QHash<QString, QString> pool;
    const QString key = prefix + QString::number(index);
    auto found = pool.constFind(key);
    if (found == pool.constEnd())
        found = pool.insert(key, key);
    return *found;
}

} // namespace

QList<RunRecord> runs(int first, int count, int params, int series)
{
    QList<RunRecord> result;
    result.reserve(count);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
    for (int number = first; number < first + count; ++number) {
        RunRecord &run = result.emplace_back();
        run.project = Project;
        run.runId = QStringLiteral("BIG-%1").arg(number);
        run.number = number;
        run.revision = number;
        run.name = QStringLiteral("sweep lr=%1").arg(1e-4 * (number % 97));
        run.owner = number % 3 ? QStringLiteral("alice") : QStringLiteral("bob");
        run.hostname = QStringLiteral("gpu-%1").arg(number % 16);
        run.tags = {QStringLiteral("sweep"), number % 5 ? QStringLiteral("resnet") : QStringLiteral("vit")};
        run.failed = number % 41 == 0;
        run.state = number % 1000 == 0 ? QStringLiteral("active") : QStringLiteral("inactive");
        run.creationTime = start.addSecs(qint64(number) * 60);
        run.modificationTime = run.creationTime.addSecs(3600);
        run.pingTime = run.modificationTime;
        run.runningTime = 3600;
        run.fields.reserve(params + series);
        const double seed = std::fmod(number * 0.6180339887, 1.0); // spread, not sorted by number
        for (int i = 0; i < params; ++i) {
            FieldRecord &field = run.fields.emplace_back();
            field.path = path(QStringLiteral("params/p"), i);
            field.type = i % 3 == 0 ? FieldType::Float : i % 3 == 1 ? FieldType::Int : FieldType::String;
            field.value = i % 3 == 0   ? QVariant(seed * i)
                          : i % 3 == 1 ? QVariant(qint64(number % (i + 7)))
                                       : QVariant(i % 2 ? QStringLiteral("adam") : QStringLiteral("sgd"));
        }
        for (int i = 0; i < series; ++i) {
            FieldRecord &field = run.fields.emplace_back();
            field.path = path(QStringLiteral("metrics/m"), i);
            field.type = FieldType::FloatSeries;
            field.count = 1000;
            field.lastStep = 999.0;
            field.last = std::fmod(seed * (i + 1), 1.0);
            field.min = 0.0;
            field.max = 1.0;
            field.average = 0.5;
        }
    }
    return result;
}

QList<RunColumn> wideColumns()
{
    QList<RunColumn> columns;
    for (int i = 0; i < 100; ++i) {
        columns.append({path(QStringLiteral("params/p"), i), SeriesAggregate::Last});
        columns.append({path(QStringLiteral("metrics/m"), i), SeriesAggregate::Last});
    }
    return columns;
}

} // namespace nereid::bench
