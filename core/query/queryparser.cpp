#include "queryparser.h"

#include "querylexer.h"
#include "querytypecheck.h"

#include <algorithm>
#include <array>

namespace nereid {

namespace {

using Kind = QueryToken::Kind;

constexpr std::array keywords{"AND", "OR", "NOT", "CONTAINS", "MATCHES", "EXISTS"};

QString describe(const QueryToken &token)
{
    switch (token.kind) {
    case Kind::End:
        return QueryError::endOfQuery();
    case Kind::Path:
        return u'`' + token.text + u'`';
    default:
        return QueryError::quote(token.text);
    }
}

std::optional<QueryOperator> symbolOperator(Kind kind)
{
    switch (kind) {
    case Kind::Equal:
        return QueryOperator::Equal;
    case Kind::NotEqual:
        return QueryOperator::NotEqual;
    case Kind::Greater:
        return QueryOperator::Greater;
    case Kind::GreaterOrEqual:
        return QueryOperator::GreaterOrEqual;
    case Kind::Less:
        return QueryOperator::Less;
    case Kind::LessOrEqual:
        return QueryOperator::LessOrEqual;
    default:
        return std::nullopt;
    }
}

std::optional<FieldType> typeFromName(QStringView name)
{
    // Neptune's type of sys/state; Nereid keeps the state as a string.
    if (name.compare(u"experimentState", Qt::CaseInsensitive) == 0)
        return FieldType::String;
    for (int i = 0; i <= int(FieldType::Artifact); ++i) {
        if (name.compare(fieldTypeName(FieldType(i)), Qt::CaseInsensitive) == 0)
            return FieldType(i);
    }
    return std::nullopt;
}

} // namespace

QueryNode::Ptr QueryParser::parseQuery(const QString &text, const QDateTime &now, QueryError *error)
{
    auto tokens = QueryLexer::tokenize(text, error);
    if (!tokens)
        return nullptr;
    QueryParser parser(std::move(*tokens), now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc());
    if (parser.peek().kind == Kind::End)
        return QueryNode::all({});
    QueryNode::Ptr root = parser.parseOr(0);
    if (root && parser.peek().kind != Kind::End)
        root = parser.unexpected(tr("AND, OR or the end of the query"));
    *error = parser.m_error;
    return root;
}

std::optional<QueryOperand> QueryParser::parseSortKey(const QString &text, QueryError *error)
{
    auto tokens = QueryLexer::tokenize(text, error);
    if (!tokens)
        return std::nullopt;
    QueryParser parser(std::move(*tokens), QDateTime());
    auto operand = parser.parseOperand();
    if (operand && parser.peek().kind != Kind::End) {
        parser.unexpected(QueryError::endOfQuery());
        operand.reset();
    }
    if (operand) {
        if (auto resolveError = QueryTypeCheck::resolveOperand(&*operand)) {
            parser.fail(*resolveError);
            operand.reset();
        }
    }
    *error = parser.m_error;
    return operand;
}

QueryNode::Ptr QueryParser::parseOr(int depth)
{
    std::vector<QueryNode::Ptr> children;
    do {
        if (!children.empty())
            take(); // OR
        QueryNode::Ptr child = parseAnd(depth);
        if (!child)
            return nullptr;
        children.push_back(std::move(child));
    } while (peek().isWord(QLatin1StringView("OR")));
    return QueryNode::any(std::move(children));
}

QueryNode::Ptr QueryParser::parseAnd(int depth)
{
    std::vector<QueryNode::Ptr> children;
    do {
        if (!children.empty())
            take(); // AND
        QueryNode::Ptr child = parseUnary(depth);
        if (!child)
            return nullptr;
        children.push_back(std::move(child));
    } while (peek().isWord(QLatin1StringView("AND")));
    return QueryNode::all(std::move(children));
}

QueryNode::Ptr QueryParser::parseUnary(int depth)
{
    if (depth > MaxDepth)
        return unexpected(tr("at most %1 nested parentheses and NOTs").arg(MaxDepth));
    if (peek().isWord(QLatin1StringView("NOT"))) {
        take();
        QueryNode::Ptr child = parseUnary(depth + 1);
        return child ? QueryNode::negation(std::move(child)) : nullptr;
    }
    if (peek().kind == Kind::OpenParen) {
        take();
        QueryNode::Ptr inner = parseOr(depth + 1);
        if (!inner)
            return nullptr;
        if (peek().kind != Kind::CloseParen)
            return unexpected(tr("\")\", AND or OR"));
        take();
        return inner;
    }
    return parseCondition();
}

QueryNode::Ptr QueryParser::parseCondition()
{
    if (peek().kind != Kind::Path && (peek().kind != Kind::Word || isKeyword(peek())))
        return unexpected(tr("a field path, NOT or \"(\""));
    auto operand = parseOperand();
    if (!operand)
        return nullptr;
    if (auto error = QueryTypeCheck::resolveOperand(&*operand))
        return fail(*error);
    const qsizetype opPosition = peek().position;
    bool negated = false;
    const auto op = parseOperator(&negated);
    if (!op)
        return nullptr;
    QueryLiteral literal;
    if (*op != QueryOperator::Exists) {
        // A keyword is never a value: "params/lr > AND …" lacks a value rather than compares with the word AND.
        // Quoted, "AND" is a string like any other.
        if ((peek().kind != Kind::Word && peek().kind != Kind::String) || isKeyword(peek()))
            return unexpected(tr("a value"));
        literal = QueryLiteral::fromToken(take(), m_now);
    }
    if (auto error = QueryTypeCheck::checkComparison(*operand, *op, opPosition, &literal))
        return fail(*error);
    QueryNode::Ptr condition = QueryNode::condition(QueryCondition(std::move(*operand), *op, std::move(literal)));
    return negated ? QueryNode::negation(std::move(condition)) : condition;
}

// NOT EXISTS comes back as Exists with *negated set; NOT CONTAINS and NOT MATCHES are operators of their own.
std::optional<QueryOperator> QueryParser::parseOperator(bool *negated)
{
    const QueryToken &token = peek();
    if (const auto op = symbolOperator(token.kind)) {
        take();
        return op;
    }
    const bool isNot = token.isWord(QLatin1StringView("NOT"));
    if (isNot)
        take();
    const QueryToken &word = peek();
    std::optional<QueryOperator> op;
    if (word.isWord(QLatin1StringView("CONTAINS")))
        op = isNot ? QueryOperator::NotContains : QueryOperator::Contains;
    else if (word.isWord(QLatin1StringView("MATCHES")))
        op = isNot ? QueryOperator::NotMatches : QueryOperator::Matches;
    else if (word.isWord(QLatin1StringView("EXISTS")))
        op = QueryOperator::Exists;
    if (!op) {
        unexpected(isNot ? tr("CONTAINS, MATCHES or EXISTS after NOT")
                         : tr("an operator (=, !=, >, >=, <, <=, CONTAINS, MATCHES, EXISTS)"));
        return std::nullopt;
    }
    take();
    *negated = isNot && *op == QueryOperator::Exists;
    return op;
}

std::optional<QueryOperand> QueryParser::parseOperand()
{
    const QueryToken &token = peek();
    if (token.kind != Kind::Word || peek(1).kind != Kind::OpenParen)
        return parseField();
    const auto aggregate = seriesAggregateFromName(token.text);
    if (!aggregate) {
        unexpected(tr("last(), min(), max(), average() or variance()"));
        return std::nullopt;
    }
    take();
    take(); // (
    auto operand = parseField();
    if (!operand)
        return std::nullopt;
    if (peek().kind != Kind::CloseParen) {
        unexpected(tr("\")\""));
        return std::nullopt;
    }
    take();
    operand->aggregate = aggregate;
    return operand;
}

std::optional<QueryOperand> QueryParser::parseField()
{
    const QueryToken &token = peek();
    if (token.kind != Kind::Path && (token.kind != Kind::Word || isKeyword(token))) {
        unexpected(tr("a field path"));
        return std::nullopt;
    }
    QueryOperand operand;
    operand.path = token.text;
    operand.position = token.position;
    take();
    if (peek().kind == Kind::Colon && !parseType(&operand))
        return std::nullopt;
    return operand;
}

bool QueryParser::parseType(QueryOperand *operand)
{
    take(); // :
    const auto type = peek().kind == Kind::Word ? typeFromName(peek().text) : std::nullopt;
    if (!type) {
        unexpected(tr("a field type (float, int, bool, string, datetime, stringSet, floatSeries, stringSeries, "
                      "experimentState)"));
        return false;
    }
    take();
    operand->type = type;
    return true;
}

const QueryToken &QueryParser::peek(qsizetype ahead) const
{
    return m_tokens[std::min(m_next + ahead, m_tokens.size() - 1)];
}

bool QueryParser::isKeyword(const QueryToken &token) const
{
    return std::any_of(keywords.cbegin(), keywords.cend(),
                       [&token](const char *keyword) { return token.isWord(QLatin1StringView(keyword)); });
}

std::nullptr_t QueryParser::unexpected(const QString &expected)
{
    return fail(QueryError::syntax(peek().position, expected, describe(peek())));
}

std::nullptr_t QueryParser::fail(QueryError error)
{
    if (m_error.isNull())
        m_error = std::move(error);
    return nullptr;
}

} // namespace nereid
