#include "fieldpath.h"

#include <QStringDecoder>

namespace nereid {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

ValidationError pathError(const QString &message)
{
    return {ErrorCode::InvalidPath, message};
}

} // namespace

Result<FieldPath> FieldPath::parse(const QString &text)
{
    if (text.isEmpty())
        return pathError(tr("The field path is empty."));
    if (!text.isValidUtf16())
        return pathError(tr("The field path \"%1\" is not valid Unicode.").arg(text));
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > MaxBytes)
        return pathError(tr("The field path \"%1…\" is %2 bytes long; at most %3 are allowed.")
                             .arg(text.left(40))
                             .arg(bytes)
                             .arg(MaxBytes));
    for (const char32_t c : text.toUcs4()) {
        if (isControl(c))
            return pathError(tr("The field path \"%1\" contains a control character (U+%2).")
                                 .arg(text)
                                 .arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    const QStringList parts = text.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return pathError(tr("The field path \"%1\" has an empty namespace or name "
                                "(a leading, trailing or doubled '/').")
                                 .arg(text));
        if (part.front().isSpace() || part.back().isSpace())
            return pathError(
                tr("The field path \"%1\" has a name that starts or ends with a space: \"%2\".").arg(text, part));
    }
    return FieldPath(text);
}

Result<FieldPath> FieldPath::parseUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(utf8);
    if (decoder.hasError())
        return pathError(tr("The field path is not valid UTF-8."));
    return parse(text);
}

QString FieldPath::name() const
{
    return m_text.mid(m_text.lastIndexOf(QLatin1Char('/')) + 1);
}

FieldPath FieldPath::parent() const
{
    const qsizetype slash = m_text.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? FieldPath() : FieldPath(m_text.left(slash));
}

bool FieldPath::isSys() const
{
    return m_text == QLatin1String("sys") || m_text.startsWith(QLatin1String("sys/"));
}

bool FieldPath::isWithin(const FieldPath &ancestor) const
{
    if (ancestor.isEmpty())
        return true;
    return m_text == ancestor.m_text ||
           (m_text.startsWith(ancestor.m_text) && m_text.at(ancestor.m_text.size()) == QLatin1Char('/'));
}

} // namespace nereid
