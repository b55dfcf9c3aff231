#include "tablechecksum.h"

#include "copyrowencoder.h"
#include "migrationsource.h"
#include "migrationtable.h"
#include "migrationtarget.h"

#include <QCryptographicHash>

namespace nereid {

TableChecksum TableChecksum::ofSource(MigrationSource &source, const QList<unsigned> &targetTypes,
                                      const MigrationTable &table)
{
    const CopyRowEncoder encoder(targetTypes);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    TableChecksum checksum;
    QByteArray buffer = CopyRowEncoder::header();
    const MigrationSource::Statement rows = source.select(table, false);
    while (source.next(rows.get())) {
        encoder.append(rows.get(), buffer);
        ++checksum.rows;
        if (buffer.size() >= (1 << 20)) {
            hash.addData(buffer);
            buffer.clear();
        }
    }
    buffer += CopyRowEncoder::trailer();
    hash.addData(buffer);
    checksum.sha1 = hash.result().toHex();
    return checksum;
}

TableChecksum TableChecksum::ofTarget(MigrationTarget &target, const MigrationTable &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    TableChecksum checksum;
    checksum.rows = target.count(table);
    const QByteArray order = table.targetKeyOrder(target.keyIsText(table));
    target.connection().copyOut("COPY (SELECT " + table.columnList() + " FROM " + table.name + " ORDER BY " + order +
                                    ") TO STDOUT (FORMAT binary)",
                                [&hash](const char *data, int size) { hash.addData(QByteArrayView(data, size)); });
    checksum.sha1 = hash.result().toHex();
    return checksum;
}

} // namespace nereid
