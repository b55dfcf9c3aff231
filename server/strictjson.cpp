#include "strictjson.h"

#include "jsonscanner.h"

#include <QJsonParseError>

namespace nereid {

namespace {

QString describe(JsonScanner::Problem problem)
{
    using Problem = JsonScanner::Problem;
    switch (problem) {
    case Problem::UnexpectedEnd:
        return StrictJson::tr("the text ends too early");
    case Problem::UnexpectedByte:
        return StrictJson::tr("an unexpected character");
    case Problem::InvalidEscape:
        return StrictJson::tr("an invalid escape sequence in a string");
    case Problem::ControlCharacter:
        return StrictJson::tr("a control character in a string (it must be escaped, as \\n or \\u0000)");
    case Problem::LoneSurrogate:
        return StrictJson::tr("a \\u escape of half a UTF-16 surrogate pair without its other half");
    case Problem::InvalidUtf8:
        return StrictJson::tr("a byte that is not valid UTF-8");
    case Problem::InvalidNumber:
        return StrictJson::tr("a malformed number");
    case Problem::NotFinite:
        return StrictJson::tr("NaN or Infinity, which JSON does not have (float series take the strings \"NaN\", "
                              "\"Infinity\" and \"-Infinity\")");
    case Problem::TooDeep:
        return StrictJson::tr("arrays and objects nested more than %1 deep").arg(JsonScanner::MaxDepth);
    case Problem::TrailingData:
        return StrictJson::tr("more data after the JSON value");
    case Problem::None:
        break;
    }
    return {};
}

} // namespace

QJsonDocument StrictJson::parse(const QByteArray &text, Error *error)
{
    JsonScanner scanner(text);
    if (!scanner.scan()) {
        *error = {scanner.offset(), describe(scanner.problem())};
        return {};
    }
    *error = {};
    // A valid text of one string, number or literal: QJsonDocument (Qt 6.4) holds only arrays and objects.
    qsizetype start = 0;
    while (text.at(start) == ' ' || text.at(start) == '\n' || text.at(start) == '\r' || text.at(start) == '\t')
        ++start;
    if (text.at(start) != '{' && text.at(start) != '[')
        return {};
    // What passes the scanner is JSON; Qt refuses only what it cannot hold: numbers beyond a double's range
    // (1e400, and 1e-400 as well), documents too large.
    QJsonParseError qtError;
    QJsonDocument document = QJsonDocument::fromJson(text, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        *error = {qtError.offset, qtError.errorString()};
        return {};
    }
    return document;
}

} // namespace nereid
