#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace nereid {

// Which series paths one chart draws (issue 17): the text the user gave, terms separated by commas, each an exact
// path ("train/loss"), a glob ("*/loss": `*` and `?` stop at a slash, as in a file name) or a regular expression
// between slashes ("/^(train|val)\/acc/"). A chart of one exact path is what every chart was before, and its text is
// that path, so saved chart sets read back unchanged.
class SeriesSelection
{
public:
    SeriesSelection() = default;
    explicit SeriesSelection(const QString &text);

    QString text() const { return m_text; }
    // Whether the text is one path, not a pattern: the chart draws it even before any run has it.
    bool isSinglePath() const;
    // Why the text selects nothing, in words (an empty term, a broken regular expression); empty when it is fine.
    QString error() const { return m_error; }
    bool matches(const QString &path) const;
    // The paths it selects, in the order of the terms, each once: every exact path (a chart of train/loss and
    // val/loss shows val/loss as soon as a run logs it), and the paths of `available` a pattern matches, sorted.
    // "val/loss, train/loss" draws val first, so it keeps the first line style.
    QStringList resolve(const QStringList &available) const;

private:
    struct Term
    {
        QString path;               // an exact path, or empty
        QRegularExpression pattern; // a glob or regular expression
    };
    QString m_text;
    QString m_error;
    QList<Term> m_terms;
};

} // namespace nereid
