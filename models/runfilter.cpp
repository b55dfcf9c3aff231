#include "runfilter.h"

#include "fieldpathsuggestions.h"
#include "query/queryrun.h"

#include <QRegularExpression>

namespace nereid {

RunFilter RunFilter::parse(const QString &text, const Fields &fields, const QDateTime &now)
{
    RunFilter filter;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return filter;
    filter.m_query = Query::parse(trimmed, now);
    if (!filter.m_query.isValid()) {
        if (looksLikeQuery(trimmed)) {
            filter.m_kind = Kind::Invalid;
            filter.m_error = filter.m_query.error();
            // A sys path the sys catalogue lacks is most likely a slip: "sys/tag".
            if (filter.m_error.kind == QueryError::Kind::UnknownField) {
                if (const QStringList close = FieldPathSuggestions::closest(filter.m_error.path, fields.paths());
                    !close.isEmpty())
                    filter.m_error.message += u' ' + tr("Did you mean %1?").arg(didYouMean(close));
            }
        } else {
            filter.becomeWords(trimmed);
        }
        return filter;
    }
    filter.m_kind = Kind::Query;
    const QueryOperand *missing = missingOperand(filter.m_query, fields);
    if (!missing)
        return filter;
    filter.m_missingField = true;
    const QString path = missing->path;
    const QStringList suggestions = FieldPathSuggestions::closest(path, fields.paths());
    int conditions = 0;
    filter.m_query.root()->forEachCondition([&conditions](const QueryCondition &) { ++conditions; });
    if (conditions == 1 && !path.contains(u'/')) {
        filter.becomeWords(trimmed);
        filter.m_hint = tr("No run has a field %1, so this searches run ids, names, descriptions and tags for the "
                           "words.")
                            .arg(path);
        if (!suggestions.isEmpty())
            filter.m_hint += u' ' + tr("Did you mean %1?").arg(didYouMean(suggestions));
        return filter;
    }
    const QString message = suggestions.isEmpty()
                                ? tr("No run has %1.").arg(path)
                                : tr("No run has %1; did you mean %2?").arg(path, didYouMean(suggestions));
    filter.m_kind = Kind::Invalid;
    filter.m_error = {QueryError::Kind::UnknownField, missing->position, message, QString(), path};
    return filter;
}

const QueryOperand *RunFilter::missingOperand(const Query &query, const Fields &fields)
{
    const QueryOperand *missing = nullptr;
    // Sys paths were checked against the sys catalogue when the query was parsed.
    query.root()->forEachCondition([&](const QueryCondition &condition) {
        const QueryOperand &operand = condition.operand();
        if (!missing && !operand.path.startsWith(QLatin1String("sys/")) && !fields.has(operand.path))
            missing = &operand;
    });
    return missing;
}

QString RunFilter::didYouMean(const QStringList &suggestions)
{
    if (suggestions.size() == 1)
        return suggestions.first();
    return tr("%1 or %2", "did you mean a, b or c")
        .arg(suggestions.mid(0, suggestions.size() - 1).join(u", "), suggestions.last());
}

void RunFilter::becomeWords(const QString &text)
{
    m_kind = Kind::Words;
    m_query = Query();
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
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
