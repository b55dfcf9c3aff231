#include "tfrecordreader.h"

#include "crc32c.h"

#include <QtEndian>

namespace nereid {

TfRecordReader::TfRecordReader(QByteArrayView bytes)
    : m_bytes(bytes)
{
}

bool TfRecordReader::next(QByteArrayView *record)
{
    constexpr qsizetype Header = 12, Footer = 4;
    while (m_pos < m_bytes.size()) {
        const qsizetype left = m_bytes.size() - m_pos;
        const char *p = m_bytes.data() + m_pos;
        if (left < Header) {
            m_torn = !m_resyncing;
            break;
        }
        if (Crc32c::masked(QByteArrayView(p, 8)) != qFromLittleEndian<quint32>(p + 8)) {
            m_corrupt += m_resyncing ? 0 : 1; // one bad record, however far the next good header is
            m_resyncing = true;
            ++m_pos;
            continue;
        }
        m_resyncing = false;
        const quint64 length = qFromLittleEndian<quint64>(p);
        if (left < Header + Footer || length > quint64(left - Header - Footer)) {
            m_torn = true; // the last record is not all there yet
            break;
        }
        const QByteArrayView data(p + Header, qsizetype(length));
        m_pos += Header + qsizetype(length) + Footer;
        if (Crc32c::masked(data) != qFromLittleEndian<quint32>(p + Header + qsizetype(length))) {
            ++m_corrupt;
            continue;
        }
        *record = data;
        return true;
    }
    m_pos = m_bytes.size();
    return false;
}

QByteArray TfRecordReader::frame(QByteArrayView data)
{
    QByteArray out(12, Qt::Uninitialized);
    qToLittleEndian<quint64>(quint64(data.size()), out.data());
    qToLittleEndian<quint32>(Crc32c::masked(QByteArrayView(out.constData(), 8)), out.data() + 8);
    out.append(data);
    char crc[4];
    qToLittleEndian<quint32>(Crc32c::masked(data), crc);
    out.append(crc, 4);
    return out;
}

} // namespace nereid
