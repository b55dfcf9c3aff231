#pragma once

#include "query/queryerror.h"

#include <functional>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace nereid {

class FilterCompleter;

// The filter box above the experiments table: a line for words or a query, and below it, when the query
// does not parse, the error in words with the place it points at, or a hint when text that looks like a query
// is searched as words. Asks for a filter a moment after the user stops typing, so each keystroke does not
// refilter a large table. Esc clears it; field paths and keywords complete as the user types.
class FilterBox : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBox(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Empties the line and asks for no filter at once.
    void clear();
    // Gives the line the keyboard focus with its text selected.
    void focusLine();
    // Shows `error` under the line (a null error hides it); the text stays as typed.
    void showError(const nereid::QueryError &error);
    // Shows `hint` under the line while there is no error (an empty hint hides it).
    void showHint(const QString &hint);
    // The project's field paths, for completion (see FilterCompleter).
    void setPathSource(std::function<QStringList()> source);

signals:
    void filterRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNote();

    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_hint;
    FilterCompleter *m_completer;
    QTimer m_delay;
};

} // namespace nereid
