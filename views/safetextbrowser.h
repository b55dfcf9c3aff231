#pragma once

#include <QTextBrowser>

namespace nereid {

// A logged HTML report shown as plain rich text (issue 18). QTextBrowser runs no scripts; this one also loads no
// resource at all (images, style sheets, from the web or the disk) and follows no link, so a report can neither
// phone home nor read local files. What it cannot show it leaves out.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // How many resources the document asked for and was refused (tests check none was loaded).
    int refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace nereid
