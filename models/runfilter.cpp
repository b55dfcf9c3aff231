#include "runfilter.h"

#include "query/queryrun.h"

#include <QRegularExpression>

namespace nereid {

RunFilter RunFilter::parse(const QString &text, const QDateTime &now)
{
    RunFilter filter;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return filter;
    filter.m_query = Query::parse(trimmed, now);
    if (filter.m_query.isValid()) {
        filter.m_kind = Kind::Query;
    } else if (looksLikeQuery(trimmed)) {
        filter.m_kind = Kind::Invalid;
    } else {
        filter.m_kind = Kind::Words;
        filter.m_query = Query();
        filter.m_words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return filter;
}

bool RunFilter::looksLikeQuery(const QString &text)
{
    // Operators, double quotes, backticks and parentheses are the query language's; so are its keywords as
    // whole words. An apostrophe is not: "bob's run" is a word search.
    static const QRegularExpression syntax(QStringLiteral("[=<>!()`\"]"));
    static const QRegularExpression keyword(QStringLiteral("\\b(AND|OR|NOT|CONTAINS|MATCHES|EXISTS)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return text.contains(syntax) || text.contains(keyword);
}

bool RunFilter::matches(const QueryRun &run) const
{
    switch (m_kind) {
    case Kind::All:
        return true;
    case Kind::Query:
        return m_query.matches(run);
    case Kind::Words:
        return matchesWords(run);
    case Kind::Invalid:
        break;
    }
    return false;
}

bool RunFilter::matchesWords(const QueryRun &run) const
{
    QStringList haystack{run.id()};
    for (const char *path : {"sys/name", "sys/description"}) {
        if (const QueryField *field = run.field(QLatin1String(path)); field && field->isAtom())
            haystack.append(field->value().toString());
    }
    for (const char *path : {"sys/tags", "sys/group_tags"}) {
        if (const QueryField *field = run.field(QLatin1String(path)); field && field->type() == FieldType::StringSet)
            haystack.append(field->value().toStringSet());
    }
    const QString text = haystack.join(QLatin1Char('\n'));
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace nereid
