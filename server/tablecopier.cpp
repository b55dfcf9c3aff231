#include "tablecopier.h"

#include "copyrowencoder.h"
#include "migrationprogress.h"
#include "migrationsource.h"
#include "migrationtable.h"
#include "migrationtarget.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace nereid {

namespace {

// A chunk is what one transaction of the target takes: large enough that commits cost little next to the rows,
// small enough that a kill loses little work. Pieces are what libpq is handed at once.
constexpr qint64 ChunkRows = 10'000;
constexpr qsizetype ChunkBytes = 16 << 20;
constexpr qsizetype PieceBytes = 1 << 20;
constexpr int BytesPerPackedPoint = 24; // seriesblock.h: a step, a value and a timestamp as doubles

} // namespace

void TableCopier::copy(const MigrationTable &table, const Report &report)
{
    const CopyRowEncoder encoder(m_target.columnTypes(table));
    QList<int> keyColumns;
    for (const QByteArray &key : table.keyColumns)
        keyColumns.append(int(table.columns.indexOf(key)));
    const int pointsColumn = int(table.columns.indexOf("points"));
    MigrationProgress::Table progress = m_progress.table(table.name);
    Stats stats;
    stats.totalRows = m_source.count(table);
    stats.resumed = !progress.lastKey.isEmpty();
    stats.done = progress.done;
    if (progress.done)
        return report(stats);

    const MigrationSource::Statement rows = m_source.select(table, stats.resumed);
    for (int i = 0; stats.resumed && i < keyColumns.size(); ++i)
        encoder.bindKey(rows.get(), i + 1, keyColumns[i], progress.lastKey.value(i));
    LibpqConnection &target = m_target.connection();
    const QByteArray copySql = "COPY " + table.name + " (" + table.columnList() + ") FROM STDIN (FORMAT binary)";
    QElapsedTimer clock;
    clock.start();
    while (!progress.done) {
        target.exec("BEGIN");
        target.beginCopyIn(copySql);
        QByteArray buffer = CopyRowEncoder::header();
        qint64 chunkRows = 0;
        qsizetype chunkBytes = 0;
        while (chunkRows < ChunkRows && chunkBytes + buffer.size() < ChunkBytes) {
            if (!m_source.next(rows.get())) {
                progress.done = true;
                break;
            }
            encoder.append(rows.get(), buffer);
            ++chunkRows;
            if (table.points == MigrationTable::Points::PackedData)
                stats.points += sqlite3_column_bytes(rows.get(), pointsColumn) / BytesPerPackedPoint;
            else if (table.points == MigrationTable::Points::OnePerRow)
                ++stats.points;
            progress.lastKey.clear();
            for (const int column : keyColumns)
                progress.lastKey.append(encoder.keyText(rows.get(), column));
            if (buffer.size() >= PieceBytes) {
                chunkBytes += buffer.size();
                target.putCopyData(buffer);
                buffer.clear();
            }
        }
        buffer += CopyRowEncoder::trailer();
        target.putCopyData(buffer);
        target.endCopyIn();
        m_progress.save(table.name, progress);
        target.exec("COMMIT");
        stats.rows += chunkRows;
        stats.seconds = double(clock.nsecsElapsed()) / 1e9;
        stats.done = progress.done;
        report(stats);
    }
}

} // namespace nereid
