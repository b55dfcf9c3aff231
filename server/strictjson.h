#pragma once

#include <QCoreApplication>
#include <QJsonDocument>

namespace nereid {

// The one parse of every request body, strict per RFC 8259. QJsonDocument::fromJson alone accepts "\q", "\x41",
// raw TAB or NUL bytes and lone surrogates in strings; JsonScanner refuses those first, naming the first bad byte,
// and only a text it passes reaches Qt's parser.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    struct Error
    {
        qsizetype offset = -1; // of the first bad byte (the text's size when it ended early); -1: no error
        QString reason;        // for people: "an invalid escape in a string"
    };

    // The JSON text as a document; a null document and `error` set when it is not valid JSON. A valid text of a
    // string, number or literal gives a null document and no error: QJsonDocument holds only arrays and objects.
    static QJsonDocument parse(const QByteArray &text, Error *error);
};

} // namespace nereid
