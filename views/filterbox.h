#pragma once

#include "query/queryerror.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace nereid {

// The filter box above the experiments table: a line for words or a query, and below it, when the query
// does not parse, the error in words with the place it points at. Asks for a filter a moment after the
// user stops typing, so each keystroke does not refilter a large table.
class FilterBox : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBox(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Gives the line the keyboard focus with its text selected.
    void focusLine();
    // Shows `error` under the line (a null error hides it); the text stays as typed.
    void showError(const nereid::QueryError &error);

signals:
    void filterRequested(const QString &text);

private:
    QLineEdit *m_edit;
    QLabel *m_error;
    QTimer m_delay;
};

} // namespace nereid
