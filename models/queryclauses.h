#pragma once

#include <optional>
#include <QString>

namespace nereid {

// Adds one clause (a condition of the query language, such as a plot's brush) to the filter box's text and takes it
// out again, leaving the rest of the text as the user typed it. A clause is joined with AND; a text whose top level
// is an OR is put in parentheses first, so the clause narrows the whole query rather than its last alternative.
class QueryClauses
{
public:
    // The text with `clause` added; nullopt when `text` is not a query (a word search, or a query that does not
    // parse), which a clause cannot be joined to without changing what the text means.
    static std::optional<QString> added(const QString &text, const QString &clause);
    // The text without `clause` and the AND that joined it; the parentheses added() put around an OR go too. The text
    // unchanged when it does not hold the clause (the user took it out by hand).
    static QString removed(const QString &text, const QString &clause);
    // `oldClause` replaced by `newClause` where it stands; added at the end when the text does not hold it.
    static std::optional<QString> replaced(const QString &text, const QString &oldClause, const QString &newClause);
    static bool contains(const QString &text, const QString &clause) { return text.contains(clause); }
};

} // namespace nereid
