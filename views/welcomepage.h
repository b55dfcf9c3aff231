#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace nereid {

// What the window shows while no project is open: where the server is, a ready-to-paste snippet that logs a first
// run to it from Python (copied with one click: the environment and five lines of the Neptune-style API), "Open
// project…", and for the app's private server "Open the demo project", which fills it with a made-up sweep.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The server runs are logged to and its token; `isPrivate`: the app's own server (the demo is offered).
    void setServer(const QUrl &url, const QString &token, bool isPrivate);
    // What the copy button puts on the clipboard.
    QString pythonSnippet() const;
    // While the demo is written: "Writing the demo runs: 3 of 8"; an empty message ends it.
    void showDemoProgress(int done, int total);
    void showDemoError(const QString &message);

signals:
    void demoRequested();
    void openProjectRequested();

private:
    void copySnippet();
    QString snippet(const QString &shownToken) const;

    QUrl m_url;
    QString m_token;
    QLabel *m_server;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_demo;
    QPushButton *m_open;
    QProgressBar *m_progress;
    QPlainTextEdit *m_preview; // the example as copied, its token hidden
};

} // namespace nereid
