// Neptune 1.x queue files (core/importers/neptunequeue): the bytes as one data-N.log file, read line by line, each
// line parsed and every operation mapped onto the HTTP API's operations. Whatever the bytes, reading counts each
// line as an operation, a torn last line or a bad line, and mapping never produces a series step that does not
// increase.
#include "neptunemapping.h"
#include "neptunequeue.h"
#include "neptunequeueline.h"
#include "neptuneseriessteps.h"

#include <cstdint>
#include <QJsonArray>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonObject operation;
    qint64 version = 0;
    QString error;
    if (NeptuneQueueLine::parse(bytes, &operation, &version, &error) && NeptuneQueueLine::path(operation).isEmpty())
        qFatal("a queue line parsed without a path");

    NeptuneQueueRun run;
    run.folder = QStringLiteral("/nonexistent-neptune-queue");
    run.containerId = QStringLiteral("fuzz");
    NeptuneQueue::readLines(bytes, QStringLiteral("data-1.log"), &run);
    if (run.operations.size() != run.versions.size() || run.tornLines > 1)
        qFatal("the reader's counts disagree");
    const NeptuneMapping mapping = NeptuneMapping::map(run);
    QHash<QString, double> last;
    for (const NeptuneStep &step : mapping.steps) {
        const QString path = step.operation.value(QStringLiteral("path")).toString();
        if (step.operation.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
            for (auto it = last.begin(); it != last.end();) // the namespace's series start again
                it = NeptuneSeriesSteps::isWithin(it.key(), path) ? last.erase(it) : std::next(it);
        if (step.operation.value(QStringLiteral("op")).toString() != QLatin1String("append"))
            continue;
        for (const QJsonValue &point : step.operation.value(QStringLiteral("points")).toArray()) {
            const double s = point[0].toDouble();
            if (last.contains(path) && s <= last.value(path))
                qFatal("a mapped series step does not increase");
            last.insert(path, s);
        }
    }
    return 0;
}
