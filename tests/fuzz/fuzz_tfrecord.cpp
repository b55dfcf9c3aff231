// TensorBoard event files (core/importers): the TFRecord framing and the Event messages in it, as the TensorBoard
// importer reads a log folder it is given. Every record the reader returns lies inside the input and frames back
// to bytes the reader reads again as that one record; decoding never reads more records than the framing holds.
#include "tensorboardeventfile.h"
#include "tfrecordreader.h"

#include <cstdint>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    TfRecordReader reader(bytes);
    QByteArrayView record;
    qint64 records = 0;
    while (reader.next(&record)) {
        ++records;
        if (record.data() < bytes.data() || record.data() + record.size() > bytes.data() + bytes.size())
            qFatal("a record outside the input");
        const QByteArray framed = TfRecordReader::frame(record);
        TfRecordReader again(framed);
        QByteArrayView copy;
        if (!again.next(&copy) || copy != record || again.next(&copy) || again.corruptRecords() != 0 || again.torn())
            qFatal("a record does not read back from its framing");
    }
    const TensorBoardEventFile file = TensorBoardEventFile::decode(bytes);
    if (file.records > records || file.records + file.corruptRecords < records || file.torn != reader.torn())
        qFatal("decoding counts records the framing does not hold");
    return 0;
}
