#include "queryerror.h"

namespace nereid {

QueryError QueryError::syntax(qsizetype position, const QString &expected, const QString &found)
{
    const QString message =
        tr("Expected %1 at character %2, found %3.").arg(expected, QString::number(position + 1), found);
    return {Kind::Syntax, position, message, expected, QString()};
}

QueryError QueryError::typeMismatch(qsizetype position, const QString &path, const QString &detail)
{
    const QString message = tr("Type mismatch at character %1: %2").arg(QString::number(position + 1), detail);
    return {Kind::TypeMismatch, position, message, QString(), path};
}

QueryError QueryError::unknownField(qsizetype position, const QString &path)
{
    const QString message =
        tr("Unknown field at character %1: %2 is not a sys field.").arg(QString::number(position + 1), path);
    return {Kind::UnknownField, position, message, QString(), path};
}

QueryError QueryError::invalidPath(qsizetype position, const QString &path, const QString &reason)
{
    const QString message = tr("Invalid field path at character %1: %2").arg(QString::number(position + 1), reason);
    return {Kind::InvalidPath, position, message, QString(), path};
}

QString QueryError::quote(const QString &text)
{
    return u'"' + text + u'"';
}

QString QueryError::endOfQuery()
{
    return tr("the end of the query");
}

QJsonObject QueryError::toJson() const
{
    QJsonObject json{{QStringLiteral("error"), Code}, {QStringLiteral("message"), message}};
    if (position >= 0)
        json.insert(QStringLiteral("position"), position);
    if (!path.isEmpty())
        json.insert(QStringLiteral("path"), path);
    return json;
}

} // namespace nereid
