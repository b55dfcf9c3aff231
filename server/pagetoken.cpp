#include "pagetoken.h"

#include "apierror.h"
#include "strictjson.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

namespace {

using SortValue = RunOrder::SortValue;

constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// A sort value of more characters stays out of the token (a description may hold 64 KiB); so a token stays
// under about 1.5 KB, well within what proxies and the server take in a URL.
constexpr qsizetype MaxValueChars = 256;
constexpr qsizetype MaxTokenChars = 4096;

[[noreturn]] void refuse()
{
    throw ApiError{400, QStringLiteral("invalid_request"),
                   PageToken::tr("The page_token is not one this server gave out; list again without it.")};
}

// JSON has no infinities; a float series' last value may be one.
QJsonValue numberJson(double number)
{
    if (std::isfinite(number))
        return number;
    return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
}

double numberFromJson(const QJsonValue &json)
{
    if (json.isDouble())
        return json.toDouble();
    if (json.toString() == QLatin1String("Infinity"))
        return INFINITY;
    if (json.toString() == QLatin1String("-Infinity"))
        return -INFINITY;
    refuse();
}

qint64 wholeFromJson(const QJsonValue &json, qint64 min, qint64 max)
{
    const double number = json.toDouble(NAN);
    if (!(number >= double(min) && number <= double(max)) || number != std::floor(number))
        refuse();
    return qint64(number);
}

qsizetype setChars(const QStringList &set)
{
    qsizetype chars = 0;
    for (const QString &item : set)
        chars += item.size() + 1;
    return chars;
}

} // namespace

QString PageToken::encode() const
{
    QJsonObject json{{QStringLiteral("v"), 1},
                     {QStringLiteral("l"), listing},
                     {QStringLiteral("r"), runNumber},
                     {QStringLiteral("k"), int(value.kind)}};
    switch (value.kind) {
    case SortValue::Number:
    case SortValue::DateTime:
        json.insert(QStringLiteral("n"), numberJson(value.number));
        break;
    case SortValue::Text:
        if (value.text.size() <= MaxValueChars)
            json.insert(QStringLiteral("t"), value.text);
        break;
    case SortValue::Set:
        if (setChars(value.set) <= MaxValueChars)
            json.insert(QStringLiteral("s"), QJsonArray::fromStringList(value.set));
        break;
    case SortValue::Missing:
        break;
    }
    return QString::fromLatin1(QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(Base64));
}

PageToken PageToken::decode(const QString &text)
{
    if (text.size() > MaxTokenChars)
        refuse();
    const auto bytes =
        QByteArray::fromBase64Encoding(text.toLatin1(), Base64 | QByteArray::AbortOnBase64DecodingErrors);
    StrictJson::Error error;
    const QJsonObject json = bytes ? StrictJson::parse(*bytes, &error).object() : QJsonObject();
    if (json.value(QStringLiteral("v")) != QJsonValue(1) || !json.value(QStringLiteral("l")).isString())
        refuse();
    PageToken token;
    token.listing = json.value(QStringLiteral("l")).toString();
    token.runNumber = wholeFromJson(json.value(QStringLiteral("r")), 1, qint64(1) << 53);
    token.value.kind = SortValue::Kind(wholeFromJson(json.value(QStringLiteral("k")), 0, SortValue::Missing));
    const QJsonValue textJson = json.value(QStringLiteral("t")), setJson = json.value(QStringLiteral("s"));
    switch (token.value.kind) {
    case SortValue::Number:
    case SortValue::DateTime:
        token.value.number = numberFromJson(json.value(QStringLiteral("n")));
        break;
    case SortValue::Text:
        token.valueLeftOut = textJson.isUndefined();
        if (!token.valueLeftOut && !textJson.isString())
            refuse();
        token.value.text = textJson.toString();
        break;
    case SortValue::Set:
        token.valueLeftOut = setJson.isUndefined();
        if (!token.valueLeftOut && !setJson.isArray())
            refuse();
        for (const QJsonValue &item : setJson.toArray()) {
            if (!item.isString())
                refuse();
            token.value.set.append(item.toString());
        }
        break;
    case SortValue::Missing:
        break;
    }
    return token;
}

void PageToken::checkListing(const QString &listingKey) const
{
    if (listing != listingKey)
        throw ApiError{400, QStringLiteral("invalid_request"),
                       tr("The page_token belongs to a listing with another sort, query or filter; list again "
                          "without it.")};
}

} // namespace nereid
