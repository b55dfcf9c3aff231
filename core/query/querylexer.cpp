#include "querylexer.h"

#include <QCoreApplication>

namespace nereid {

namespace {

bool endsWord(QChar c)
{
    static constexpr QStringView delimiters = u"()=!<>:`\"";
    return c.isSpace() || delimiters.contains(c);
}

QString closingName(QChar quote)
{
    return QCoreApplication::translate("nereid::QueryLexer", "a closing %1").arg(quote);
}

} // namespace

std::optional<QList<QueryToken>> QueryLexer::tokenize(const QString &text, QueryError *error)
{
    QueryLexer lexer(text);
    QList<QueryToken> tokens;
    QueryToken token;
    do {
        if (!lexer.next(&token)) {
            *error = lexer.m_error;
            return std::nullopt;
        }
        tokens.append(token);
    } while (token.kind != QueryToken::Kind::End);
    return tokens;
}

bool QueryLexer::next(QueryToken *token)
{
    while (m_pos < m_text.size() && m_text[m_pos].isSpace())
        ++m_pos;
    *token = QueryToken{QueryToken::Kind::End, QString(), m_pos};
    if (m_pos == m_text.size())
        return true;
    const QChar c = m_text[m_pos];
    if (c == u'`' || c == u'"' || c == u'\'')
        return readQuoted(token);
    if (c == u'(' || c == u')' || c == u':') {
        token->kind = c == u'(' ? QueryToken::Kind::OpenParen
                                : (c == u')' ? QueryToken::Kind::CloseParen : QueryToken::Kind::Colon);
        token->text = c;
        ++m_pos;
        return true;
    }
    if (c == u'=' || c == u'!' || c == u'<' || c == u'>')
        return readOperator(token);
    readWord(token);
    return true;
}

bool QueryLexer::readOperator(QueryToken *token)
{
    using Kind = QueryToken::Kind;
    const QChar c = m_text[m_pos];
    const bool withEqual = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'=';
    if (c == u'!' && !withEqual) {
        const QString found = QStringLiteral("\"!\"");
        m_error = QueryError::syntax(m_pos, QStringLiteral("\"!=\""), found);
        return false;
    }
    if (c == u'=')
        token->kind = Kind::Equal;
    else if (c == u'!')
        token->kind = Kind::NotEqual;
    else if (c == u'<')
        token->kind = withEqual ? Kind::LessOrEqual : Kind::Less;
    else
        token->kind = withEqual ? Kind::GreaterOrEqual : Kind::Greater;
    const qsizetype length = (withEqual && c != u'=') ? 2 : 1;
    token->text = m_text.mid(m_pos, length);
    m_pos += length;
    return true;
}

bool QueryLexer::readQuoted(QueryToken *token)
{
    const QChar quote = m_text[m_pos];
    token->kind = quote == u'`' ? QueryToken::Kind::Path : QueryToken::Kind::String;
    for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == quote) {
            m_pos = i + 1;
            return true;
        }
        // Only the quote and the backslash are escaped; "\d" stays "\d" for regular expressions.
        if (c == u'\\' && i + 1 < m_text.size() && (m_text[i + 1] == quote || m_text[i + 1] == u'\\'))
            ++i;
        token->text.append(m_text[i]);
    }
    m_error = QueryError::syntax(m_text.size(), closingName(quote), QueryError::endOfQuery());
    return false;
}

void QueryLexer::readWord(QueryToken *token)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !endsWord(m_text[m_pos]))
        ++m_pos;
    token->kind = QueryToken::Kind::Word;
    token->text = m_text.mid(start, m_pos - start);
}

} // namespace nereid
