// Field paths (core/domain/fieldpath), the one parse of every path that enters Nereid: from wire bytes and from
// text. A path that parses gives back text that parses to the same path.
#include "domain/fieldpath.h"

#include <cstdint>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<FieldPath> fromWire = FieldPath::parseUtf8(bytes);
    const Result<FieldPath> fromText = FieldPath::parse(QString::fromUtf8(bytes));
    if (fromWire.ok() && !fromText.ok())
        qFatal("bytes parse as a path and their text does not");
    if (fromWire.ok()) {
        const FieldPath &path = fromWire.value();
        const Result<FieldPath> again = FieldPath::parse(path.toString());
        if (!again.ok() || again.value() != path)
            qFatal("a path does not parse back from its text");
        path.segments();
        path.name();
    }
    return 0;
}
