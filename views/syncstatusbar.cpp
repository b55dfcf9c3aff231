#include "syncstatusbar.h"

#include "models/runediting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace nereid {

SyncStatusBar::SyncStatusBar(RunEditing *editing, QWidget *parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_connection(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_edits(new QLabel(this))
    , m_conflicts(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_message->setObjectName(QStringLiteral("syncStatus"));
    m_edits->setObjectName(QStringLiteral("editsWaiting"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied into a report
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_connection);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_edits);
    layout->addWidget(m_conflicts);
    connect(editing, &RunEditing::countsChanged, this, &SyncStatusBar::refreshCounts);
    refreshCounts();
}

void SyncStatusBar::showStatus(const SyncStatus &status)
{
    using State = SyncStatus::State;
    const bool offline = status.isOffline();
    m_connection->setText(offline ? tr("● Offline") : status.state == State::Idle ? QString() : tr("● Online"));
    m_connection->setStyleSheet(offline ? QStringLiteral("color: #b02828") : QStringLiteral("color: #2ea043"));
    QString message = status.message;
    if (status.state == State::Retrying || status.state == State::Failed)
        message = tr("Last error: %1").arg(status.message);
    // A message of the app's own (showMessage: why an edit was undone, where an export went) outlasts the "up to
    // date" that ends the pull it came during, or the user would not get to read it. Any other state replaces it.
    if (!m_holdMessage || status.state != State::UpToDate) {
        m_message->setText(message);
        m_holdMessage = false;
    }
    const bool progress = status.state == State::Syncing && status.runsTotal > 0;
    if (progress) {
        // QProgressBar counts in int; runs fit, but scale anyway so a huge project cannot overflow it.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * status.runsDone / status.runsTotal));
    }
    m_progress->setVisible(progress);
    refreshCounts();
}

void SyncStatusBar::showMessage(const QString &message)
{
    m_message->setText(message);
    m_holdMessage = true;
}

void SyncStatusBar::showLoadProgress(qsizetype loaded, qsizetype total)
{
    const bool done = loaded >= total;
    m_message->setText(done ? QString() : tr("Reading runs from the cache: %L1 of %L2…").arg(loaded).arg(total));
    if (!done) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * loaded / qMax<qsizetype>(total, 1)));
    }
    m_progress->setVisible(!done);
}

void SyncStatusBar::refreshCounts()
{
    const qsizetype edits = m_editing->waitingEdits();
    const qsizetype conflicts = m_editing->conflicts().size();
    // "Name: count" needs no plural forms, which differ from language to language.
    m_edits->setText(tr("Edits waiting to be sent: %1").arg(edits));
    m_edits->setToolTip(tr("Edits made here that the server does not have yet; they are sent when it can be reached."));
    m_conflicts->setText(tr("Conflicts: %1").arg(conflicts));
    m_conflicts->setToolTip(tr("Edits the server refused because someone changed the field first: open Run "
                               "information on the run to keep yours or the server's."));
    m_conflicts->setStyleSheet(QStringLiteral("color: #b02828; font-weight: bold"));
    m_edits->setVisible(edits > 0);
    m_conflicts->setVisible(conflicts > 0);
}

QString SyncStatusBar::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusBar::messageText() const
{
    return m_message->text();
}

QString SyncStatusBar::editsText() const
{
    return m_edits->isHidden() ? QString() : m_edits->text();
}

QString SyncStatusBar::conflictsText() const
{
    return m_conflicts->isHidden() ? QString() : m_conflicts->text();
}

} // namespace nereid
