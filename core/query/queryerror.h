#pragma once

#include "domain/validationerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace nereid {

// Why a query (or a sort key) was refused. `position` is the 0-based offset in the query text of the
// character the error is about (ready for QLineEdit::setCursorPosition); the message counts characters
// from 1, as people do.
struct QueryError
{
    Q_DECLARE_TR_FUNCTIONS(QueryError)

public:
    enum class Kind
    {
        None,
        Syntax,       // the text does not follow the grammar; `expected` says what would have
        TypeMismatch, // a field compared in a way its type does not allow; `path` names the field
        UnknownField, // a sys/ path that the sys catalogue does not have
        InvalidPath,  // a path that breaks the rules of FieldPath
    };

    Kind kind = Kind::None;
    qsizetype position = -1;
    QString message;
    QString expected; // syntax errors: what the parser wanted, e.g. "a field path"
    QString path;     // type errors: the field

    // "Expected <expected> at character <position + 1>, found <found>."
    static QueryError syntax(qsizetype position, const QString &expected, const QString &found);
    // "Type mismatch at character <position + 1>: <detail>"; the detail names the path and both types.
    static QueryError typeMismatch(qsizetype position, const QString &path, const QString &detail);
    static QueryError unknownField(qsizetype position, const QString &path);
    static QueryError invalidPath(qsizetype position, const QString &path, const QString &reason);
    // How messages show a piece of the query: in double quotes.
    static QString quote(const QString &text);
    static QString endOfQuery();

    bool isNull() const { return kind == Kind::None; }

    // The error code for the server's answers (docs/api.md error table).
    static inline const QString Code = QStringLiteral("invalid_query");

    // {"error": "invalid_query", "message": ..., "position": 12, "path": ...}: the body of a 400 answer.
    QJsonObject toJson() const;
    ValidationError toValidationError() const { return {Code, message}; }
};

} // namespace nereid
