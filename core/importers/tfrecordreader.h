#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace nereid {

// Reads the records of a TFRecord file (a TensorBoard event file) held in memory. Each record is a little-endian
// uint64 length, the masked CRC-32C of those 8 bytes, the data, and the masked CRC-32C of the data.
// A record whose data CRC does not check is skipped and counted; a length whose CRC does not check cannot be
// trusted, so the reader counts one bad record and looks for the next header that checks, byte by byte. A last
// record cut short (a file still being written) ends the file: not an error, only noted as torn().
class TfRecordReader
{
public:
    explicit TfRecordReader(QByteArrayView bytes);

    // The next good record (a view into the bytes given), false at the end.
    bool next(QByteArrayView *record);
    qint64 corruptRecords() const { return m_corrupt; }
    bool torn() const { return m_torn; }

    // One record framed as above (tests, benchmarks and the fuzz corpus write files with it).
    static QByteArray frame(QByteArrayView data);

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    qint64 m_corrupt = 0;
    bool m_torn = false;
    bool m_resyncing = false;
};

} // namespace nereid
