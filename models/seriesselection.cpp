#include "seriesselection.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSet>

namespace nereid {

namespace {

bool isGlob(const QString &term)
{
    return term.contains(u'*') || term.contains(u'?') || term.contains(u'[');
}

bool isRegularExpression(const QString &term)
{
    return term.size() >= 2 && term.startsWith(u'/') && term.endsWith(u'/');
}

} // namespace

SeriesSelection::SeriesSelection(const QString &text)
    : m_text(text.trimmed())
{
    for (const QString &part : m_text.split(u',')) {
        const QString term = part.trimmed();
        if (term.isEmpty())
            continue;
        if (isRegularExpression(term)) {
            QRegularExpression pattern(term.mid(1, term.size() - 2));
            if (!pattern.isValid()) {
                m_error = QCoreApplication::translate("SeriesSelection", "%1 is not a regular expression: %2")
                              .arg(term, pattern.errorString());
                continue;
            }
            m_terms.append({{}, pattern});
        } else if (isGlob(term)) {
            // Anchored, and `*` stays within one namespace, like a path of files: "*/loss" is train/loss, not a/b/loss.
            m_terms.append({{}, QRegularExpression::fromWildcard(term, Qt::CaseSensitive)});
        } else {
            m_terms.append({term, {}});
        }
    }
    if (m_terms.isEmpty() && m_error.isEmpty())
        m_error = QCoreApplication::translate("SeriesSelection", "No series path given.");
}

bool SeriesSelection::isSinglePath() const
{
    return m_terms.size() == 1 && !m_terms.front().path.isEmpty();
}

bool SeriesSelection::matches(const QString &path) const
{
    return std::any_of(m_terms.begin(), m_terms.end(), [&path](const Term &term) {
        return term.path.isEmpty() ? term.pattern.match(path).hasMatch() : term.path == path;
    });
}

QStringList SeriesSelection::resolve(const QStringList &available) const
{
    QStringList resolved;
    QSet<QString> seen; // `*` over a project of 12,000 paths: a list's contains() would be quadratic
    for (const Term &term : m_terms) {
        QStringList matched;
        if (!term.path.isEmpty()) {
            matched.append(term.path); // drawn, empty, until a run logs it
        } else {
            for (const QString &path : available)
                if (term.pattern.match(path).hasMatch())
                    matched.append(path);
            matched.sort();
        }
        for (const QString &path : std::as_const(matched))
            if (!seen.contains(path)) {
                seen.insert(path);
                resolved.append(path);
            }
    }
    return resolved;
}

} // namespace nereid
