#include "databasemigration.h"

#include "databaseurl.h"
#include "migrationerror.h"
#include "migrationprogress.h"
#include "migrationsource.h"
#include "migrationtable.h"
#include "migrationtarget.h"
#include "tablechecksum.h"
#include "tablecopier.h"

#include <future>
#include <QElapsedTimer>
#include <QStringList>
#include <unistd.h>

namespace nereid {

int DatabaseMigration::run()
{
    QString fromError, toError;
    const DatabaseUrl from = DatabaseUrl::parse(m_from, {}, &fromError);
    const DatabaseUrl to = DatabaseUrl::parse(m_to, {}, &toError);
    if (!fromError.isEmpty() || !toError.isEmpty()) {
        std::fprintf(stderr, "nereid-server: migrate: %s\n", qPrintable(fromError.isEmpty() ? toError : fromError));
        return 2;
    }
    if (from.kind != DatabaseUrl::Kind::Sqlite || to.kind != DatabaseUrl::Kind::Postgres) {
        std::fprintf(stderr, "nereid-server: migrate copies a SQLite database into PostgreSQL: use --from sqlite:DIR "
                             "--to postgresql://USER@HOST/DBNAME\n");
        return 2;
    }
    m_terminal = isatty(fileno(m_out));
    try {
        MigrationSource source;
        source.open(from.sqliteDir);
        MigrationTarget target;
        target.open(to, m_to);
        QList<QByteArray> names;
        for (const MigrationTable &table : MigrationTable::all())
            names.append(table.name);
        MigrationProgress progress(target.connection());
        const bool resumed = progress.begin(source.epoch(), names);
        say(resumed ? QStringLiteral("resuming the migration of %1 where it stopped").arg(from.display())
                    : QStringLiteral("migrating %1 into %2").arg(from.display(), to.display()));
        target.suspendForeignKeys();
        copyAll(source, target, progress);
        if (!verify(source, target))
            return 1;
        finish(target, progress);
        say(QStringLiteral("migrated: every table agrees; the target has a new epoch"));
        return 0;
    } catch (const MigrationError &error) {
        std::fflush(m_out);
        std::fprintf(stderr, "nereid-server: migrate: %s\n", qPrintable(error.message));
        return 1;
    }
}

void DatabaseMigration::copyAll(MigrationSource &source, MigrationTarget &target, MigrationProgress &progress)
{
    TableCopier copier(source, target, progress);
    for (const MigrationTable &table : MigrationTable::all())
        copier.copy(table, [&](const TableCopier::Stats &stats) {
            QString line = QStringLiteral("%1: %2 of %3 rows")
                               .arg(QString::fromUtf8(table.name))
                               .arg(stats.rows)
                               .arg(stats.totalRows);
            if (stats.resumed)
                line += QStringLiteral(" (after those copied before)");
            if (stats.done && stats.rows == 0 && stats.seconds == 0) {
                say(QStringLiteral("%1: copied before").arg(QString::fromUtf8(table.name)));
                return;
            }
            const double seconds = std::max(stats.seconds, 1e-6);
            line += QStringLiteral(", %1 rows/s").arg(qint64(double(stats.rows) / seconds));
            if (table.points != MigrationTable::Points::None)
                line += QStringLiteral(", %1 points, %2 points/s")
                            .arg(stats.points)
                            .arg(qint64(double(stats.points) / seconds));
            if (stats.done)
                line += QStringLiteral(", done in %1 s").arg(stats.seconds, 0, 'f', 2);
            say(line, stats.done);
        });
}

void DatabaseMigration::finish(MigrationTarget &target, MigrationProgress &progress)
{
    target.connection().exec("BEGIN");
    target.restoreForeignKeys();
    for (const MigrationTable &table : MigrationTable::all())
        target.resetIdentity(table);
    target.renewEpoch();
    progress.drop();
    target.connection().exec("COMMIT");
}

bool DatabaseMigration::verify(MigrationSource &source, MigrationTarget &target)
{
    target.connection().exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    QStringList differing;
    for (const MigrationTable &table : MigrationTable::all()) {
        const QString name = QString::fromUtf8(table.name);
        QElapsedTimer clock;
        clock.start();
        // Both sides at once: the source's rows are read and hashed on a thread of their own while PostgreSQL sends
        // the target's.
        const QList<unsigned> types = target.columnTypes(table);
        std::future<TableChecksum> from =
            std::async(std::launch::async, [&] { return TableChecksum::ofSource(source, types, table); });
        const TableChecksum to = TableChecksum::ofTarget(target, table);
        const TableChecksum fromSource = from.get();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (fromSource == to) {
            say(QStringLiteral("checked %1: %2 rows, checksum %3 on both, in %4 s")
                    .arg(name)
                    .arg(to.rows)
                    .arg(QString::fromLatin1(to.sha1))
                    .arg(seconds, 0, 'f', 2));
            continue;
        }
        differing.append(name);
        say(QStringLiteral("DIFFERS %1: the source has %2 rows (checksum %3), the target %4 rows (checksum %5)")
                .arg(name)
                .arg(fromSource.rows)
                .arg(QString::fromLatin1(fromSource.sha1))
                .arg(to.rows)
                .arg(QString::fromLatin1(to.sha1)));
    }
    target.connection().exec("COMMIT");
    if (!differing.isEmpty()) {
        say(QStringLiteral("the target differs from the source in: %1").arg(differing.join(QStringLiteral(", "))));
        // Rows the source changed after they were copied (a server writing meanwhile) are not copied again.
        say(QStringLiteral("the migration is not finished: if the source changed since it began, migrate again into "
                           "a new, empty database"));
    }
    return differing.isEmpty();
}

void DatabaseMigration::say(const QString &line, bool final)
{
    // On a terminal a table's progress line is rewritten in place until the table is done; elsewhere (a log, a
    // pipe) each chunk gets a line of its own.
    if (m_terminal)
        std::fprintf(m_out, "\r\033[K%s%s", qPrintable(line), final ? "\n" : "");
    else
        std::fprintf(m_out, "%s\n", qPrintable(line));
    std::fflush(m_out);
}

} // namespace nereid
