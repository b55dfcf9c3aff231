// ExperimentsView's keys on the selected runs, the same in the runs table and in the group tree (issue 17, item 3):
// Delete trashes, Ctrl+C copies the ids, Enter opens a run's information (on a group row it opens or closes the
// group). A selected group row stands for all its runs.
#include "experimentsview.h"
#include "models/runfilterproxymodel.h"
#include "models/rungroupmodel.h"
#include "models/runtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

namespace nereid {

void ExperimentsView::setUpRunKeys()
{
    // Widget shortcuts: only while the table or the tree has the keyboard, so the filter box keeps its Delete and
    // its Ctrl+C.
    m_trash = new QAction(tr("Trash"), m_table);
    m_trash->setObjectName(QStringLiteral("trashRuns"));
    m_trash->setShortcut(QKeySequence::Delete);
    connect(m_trash, &QAction::triggered, this, [this] { emit trashRequested(selectedRunIds(), true); });
    m_copyIds = new QAction(tr("Copy id"), m_table);
    m_copyIds->setObjectName(QStringLiteral("copyRunIds"));
    m_copyIds->setShortcut(QKeySequence::Copy);
    connect(m_copyIds, &QAction::triggered, this, [this] {
        if (const QStringList ids = selectedRunIds(); !ids.isEmpty())
            QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    });
    for (QAction *action : {m_trash, m_copyIds}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        m_groupTree->addAction(action);
    }
    m_groupTree->installEventFilter(this);
}

bool ExperimentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_groupTree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_groupTree->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier &&
            current.data(RunGroupModel::IsGroupRole).toBool()) {
            const QModelIndex group = current.siblingAtColumn(0);
            m_groupTree->setExpanded(group, !m_groupTree->isExpanded(group));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExperimentsView::addTrashActions(QMenu *menu)
{
    bool anyTrashed = false, anyKept = false;
    for (const QString &runId : selectedRunIds()) {
        const QModelIndex row = m_runs->index(m_runs->rowOf(runId), 0);
        (row.data(RunTableModel::TrashedRole).toBool() ? anyTrashed : anyKept) = true;
    }
    if (anyKept)
        menu->addAction(m_trash);
    if (anyTrashed)
        menu->addAction(tr("Restore"), this, [this] { emit trashRequested(selectedRunIds(), false); });
}

} // namespace nereid
