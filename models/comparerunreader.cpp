#include "comparerunreader.h"

#include "cache/cachedatabase.h"
#include "cache/cacheerror.h"
#include "cache/fieldrow.h"
#include "cache/fieldrowreader.h"
#include "cache/runreader.h"
#include "queryrunbuilder.h"

#include <thread>

namespace nereid {

QList<QueryRun> CompareRunReader::read(const QString &cacheFile, const QStringList &runIds, QString *error)
{
    // The GUI thread reads the first half while a second thread reads the rest: reading is most of the work.
    const qsizetype half = runIds.size() / 2;
    QList<QueryRun> second;
    QString secondError;
    std::thread worker;
    if (half > 0)
        worker = std::thread([&] { second = readPart(cacheFile, runIds.mid(half), &secondError); });
    QList<QueryRun> runs = readPart(cacheFile, half > 0 ? runIds.first(half) : runIds, error);
    if (worker.joinable())
        worker.join();
    runs.append(std::move(second));
    if (error && error->isEmpty())
        *error = secondError;
    return runs;
}

QList<QueryRun> CompareRunReader::readPart(const QString &cacheFile, const QStringList &runIds, QString *error)
{
    QList<QueryRun> runs;
    try {
        CacheDatabase db;
        db.openAsIs(cacheFile);
        RunReader reader(db);
        FieldRowReader fields(db);
        qsizetype lastCount = 0; // runs of one sweep have as many fields: grown once, not 13 times per run
        runs.reserve(runIds.size());
        for (const QString &runId : runIds) {
            // Its sys fields and the rest in one read transaction, so they agree.
            db.exec(QStringLiteral("SAVEPOINT compare_run"));
            if (const std::optional<RunRecord> record = reader.run(runId, false)) {
                QueryRun &run = runs.emplace_back(QueryRunBuilder::fromRecord(*record));
                {
                    QueryRun::Appender appender(run, lastCount);
                    fields.read(runId, [&appender](FieldRow &row) {
                        appender.append(*row.path, QueryRunBuilder::fromRow(row));
                    });
                }
                lastCount = run.fieldCount();
            }
            db.exec(QStringLiteral("RELEASE compare_run"));
        }
    } catch (const CacheError &failure) {
        if (error)
            *error = failure.message;
    }
    return runs;
}

} // namespace nereid
