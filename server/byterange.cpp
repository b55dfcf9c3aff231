#include "byterange.h"

#include <limits>

namespace nereid {

namespace {

// A run of digits as a number; -1 for anything else (an empty run, a sign, blanks, an overflow).
qint64 number(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.startsWith("bytes="))
        return range;
    const QByteArrayView spec = QByteArrayView(trimmed).sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return range;
    const QByteArrayView firstText = spec.first(dash).trimmed();
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();
    qint64 first = 0;
    qint64 last = size - 1;
    if (firstText.isEmpty()) { // the last N bytes
        const qint64 suffix = number(lastText);
        if (suffix < 0)
            return range;
        if (suffix == 0 || size == 0) {
            range.kind = Kind::Unsatisfiable;
            return range;
        }
        first = std::max<qint64>(0, size - suffix);
    } else {
        first = number(firstText);
        const qint64 end = lastText.isEmpty() ? std::numeric_limits<qint64>::max() : number(lastText);
        if (first < 0 || end < 0 || end < first)
            return range;
        if (first >= size) {
            range.kind = Kind::Unsatisfiable;
            return range;
        }
        last = std::min(end, size - 1);
    }
    range.kind = Kind::Part;
    range.offset = first;
    range.length = last - first + 1;
    return range;
}

} // namespace nereid
