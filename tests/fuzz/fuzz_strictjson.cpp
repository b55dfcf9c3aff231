// The strict JSON parse of every request body (server/strictjson): what it accepts Qt's parser must accept too,
// as the same document.
#include "strictjson.h"

#include <cstdint>
#include <QJsonDocument>

using namespace nereid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    StrictJson::Error error;
    const QJsonDocument strict = StrictJson::parse(text, &error);
    if (strict.isNull())
        return 0;
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
    if (qt != strict)
        qFatal("StrictJson accepted a text Qt reads otherwise (%s)", qPrintable(qtError.errorString()));
    return 0;
}
