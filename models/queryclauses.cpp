#include "queryclauses.h"

#include "query/query.h"

#include <QRegularExpression>

namespace nereid {

namespace {

// Whether the first character of `text` is a "(" whose ")" is the last character: "(a OR b)", not "(a) OR (b)".
bool isWrapped(const QString &text)
{
    if (!text.startsWith(QLatin1Char('(')) || !text.endsWith(QLatin1Char(')')))
        return false;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i == text.size() - 1;
        }
    }
    return false;
}

} // namespace

std::optional<QString> QueryClauses::added(const QString &text, const QString &clause)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return clause;
    const Query query = Query::parse(trimmed);
    if (!query.isValid())
        return std::nullopt;
    if (query.root() && query.root()->kind() == QueryNode::Kind::Any)
        return QLatin1Char('(') + trimmed + QStringLiteral(") AND ") + clause;
    return trimmed + QStringLiteral(" AND ") + clause;
}

QString QueryClauses::removed(const QString &text, const QString &clause)
{
    const qsizetype at = text.indexOf(clause);
    if (at < 0 || clause.isEmpty())
        return text;
    static const QRegularExpression andBefore(QStringLiteral("\\s+AND\\s+$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andAfter(QStringLiteral("^\\s+AND\\s+"), QRegularExpression::CaseInsensitiveOption);
    QString before = text.left(at);
    QString after = text.mid(at + clause.size());
    const QRegularExpressionMatch joinBefore = andBefore.match(before);
    if (joinBefore.hasMatch()) {
        before.truncate(joinBefore.capturedStart());
    } else {
        const QRegularExpressionMatch joinAfter = andAfter.match(after);
        if (joinAfter.hasMatch())
            after.remove(0, joinAfter.capturedLength());
    }
    QString result = QString(before + after).trimmed();
    // "(a OR b) AND clause" came from "a OR b": give that back when the parentheses hold an OR at their top.
    if (isWrapped(result)) {
        QString inner = result.mid(1, result.size() - 2);
        const Query query = Query::parse(inner);
        if (query.isValid() && query.root() && query.root()->kind() == QueryNode::Kind::Any)
            return inner;
    }
    return result;
}

std::optional<QString> QueryClauses::replaced(const QString &text, const QString &oldClause, const QString &newClause)
{
    const qsizetype at = oldClause.isEmpty() ? -1 : text.indexOf(oldClause);
    if (at < 0)
        return added(text, newClause);
    QString result = text;
    return result.replace(at, oldClause.size(), newClause);
}

} // namespace nereid
