#include "fieldrowreader.h"

#include "domain/sqlatom.h"
#include "fieldrow.h"

#include <cmath>

namespace nereid {

FieldRowReader::FieldRowReader(CacheDatabase &db)
    : m_atoms(db, "SELECT path, type, value FROM atoms WHERE run = (SELECT id FROM runs WHERE run_id = ?)"
                  " ORDER BY path")
    , m_series(db, "SELECT path, type, last_value, count, last_step, min_value, max_value, average, variance"
                   " FROM series WHERE run = (SELECT id FROM runs WHERE run_id = ?) ORDER BY path")
{
}

void FieldRowReader::read(const QString &runId, const std::function<void(FieldRow &)> &visit)
{
    m_atoms.reset();
    m_series.reset();
    m_atoms.bind(1, runId);
    m_series.bind(1, runId);
    // Atoms and series each come in path order through their (run, path) keys and are merged here by the paths'
    // bytes: SQLite's own UNION ALL ... ORDER BY merge copied every value once more and took longer.
    bool atom = m_atoms.next();
    bool series = m_series.next();
    FieldRow row;
    for (qsizetype position = 0; atom || series; ++position) {
        const QByteArrayView atomPath = atom ? m_atoms.bytes(0) : QByteArrayView();
        const QByteArrayView seriesPath = series ? m_series.bytes(0) : QByteArrayView();
        if (atom && (!series || atomPath < seriesPath)) {
            row.path = &m_paths(atomPath, position);
            readAtom(row);
            visit(row);
            atom = m_atoms.next();
        } else {
            row.path = &m_paths(seriesPath, position);
            readSeries(row);
            visit(row);
            series = m_series.next();
        }
    }
}

void FieldRowReader::readAtom(FieldRow &row)
{
    row.type = typeOf(m_atoms.bytes(1), FieldType::String);
    row.value = atomFromSql(row.type, m_atoms.column(2));
}

void FieldRowReader::readSeries(FieldRow &row)
{
    const auto number = [this](int column) { return m_series.isNull(column) ? double(NAN) : m_series.real(column); };
    row.type = typeOf(m_series.bytes(1), FieldType::FloatSeries);
    if (row.type == FieldType::StringSeries || row.type == FieldType::FileSeries)
        row.lastLine = m_series.text(2);
    else
        row.last = number(2);
    row.count = m_series.integer(3);
    row.lastStep = number(4);
    row.min = number(5);
    row.max = number(6);
    row.average = number(7);
    row.variance = number(8);
}

FieldType FieldRowReader::typeOf(QByteArrayView name, FieldType fallback)
{
    if (name != m_lastTypeName) {
        m_lastTypeName = name.toByteArray();
        m_lastType = fieldTypeFromName(QString::fromLatin1(name));
    }
    return m_lastType.value_or(fallback);
}

} // namespace nereid
