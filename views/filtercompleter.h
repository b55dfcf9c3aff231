#pragma once

#include <functional>
#include <QElapsedTimer>
#include <QObject>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace nereid {

// Completes the word being typed in the filter line with the project's field paths and the query language's
// keywords. QLineEdit's own completer would replace the whole line, and a query is many words: this one
// completes only the word before the cursor, and not where a value goes (after an operator, in quotes).
// Paths match anywhere in them, so "lr" offers params/lr.
class FilterCompleter : public QObject
{
    Q_OBJECT

public:
    explicit FilterCompleter(QLineEdit *edit);

    // Where the paths come from; asked as the user types, at most every few seconds.
    void setPathSource(std::function<QStringList()> source)
    {
        m_source = std::move(source);
        m_read.invalidate();
    }
    QCompleter *completer() const { return m_completer; }
    // The keywords offered besides the paths.
    static QStringList keywords();

signals:
    // A completion replaced the word: the line's text changed though the user typed nothing.
    void completed();

private:
    void update();
    void insert(const QString &completion);
    // Where the word before the cursor starts; -1 where a value goes rather than a path or keyword.
    qsizetype wordStart() const;

    QLineEdit *m_edit;
    QStringListModel *m_model;
    QCompleter *m_completer;
    std::function<QStringList()> m_source;
    QStringList m_paths;
    QElapsedTimer m_read; // since the paths were last read
};

} // namespace nereid
