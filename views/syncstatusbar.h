#pragma once

#include "domain/syncstatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace nereid {

class RunEditing;

// The main window's status line: online or offline, what the sync is doing (with a progress bar on a long
// first sync), how many edits wait to be sent, how many conflicts wait for the user, and the last error in
// words. Counts come from RunEditing (the outbox and the conflicts are in the cache, so they are right
// offline and after a restart).
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(RunEditing *editing, QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
    // A message of the app's own (a failed save, an export), shown until the next status other than "up to date".
    void showMessage(const QString &message);
    // Reading a large project from the cache: a message and the progress bar until `loaded` reaches `total`.
    void showLoadProgress(qsizetype loaded, qsizetype total);
    // Reads the outbox and conflict counts again.
    void refreshCounts();

    QString connectionText() const;
    QString messageText() const;
    // Empty while there is nothing to count (the label is hidden then).
    QString editsText() const;
    QString conflictsText() const;

private:
    RunEditing *m_editing;
    QLabel *m_connection;
    QLabel *m_message;
    bool m_holdMessage = false; // showMessage's text is kept through an "up to date" status
    QProgressBar *m_progress;
    QLabel *m_edits;
    QLabel *m_conflicts;
};

} // namespace nereid
