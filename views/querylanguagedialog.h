#pragma once

#include <QDialog>

namespace nereid {

// Help > Query language: what the filter box above the experiments table understands, with its grammar and
// examples to copy, in a window of the app (no browser, works offline). Not modal, so a query can be typed while
// the page is open.
class QueryLanguageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QueryLanguageDialog(QWidget *parent = nullptr);

    // The page, as HTML.
    static QString html();
};

} // namespace nereid
