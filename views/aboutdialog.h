#pragma once

#include <QDialog>

namespace nereid {

// About Nereid: the icon, the version, what Nereid is, and the licences of Nereid and the libraries it ships
// with; "About Qt" opens Qt's own page.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    QWidget *createHeader();
    QString licencesHtml() const;
};

} // namespace nereid
