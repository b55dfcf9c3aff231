#pragma once

#include <functional>
#include <QObject>

class QUndoStack;
class QWidget;

namespace nereid {

class RunEditing;
class RunTableModel;

// What the user does to runs from the table, the Run menu and the context menu: the run information dialog
// (with its conflict panel), trash and restore, adding and removing a tag on several runs (each undoable, see
// RunEditCommand). Every change goes through RunEditing (the cache at once, the server when pushed); a refusal is
// reported with `failed`.
class RunActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    RunActions(RunEditing *editing, RunTableModel *runs, QWidget *window);

    void openRunInformation(const QString &runId);
    void trashRuns(const QStringList &runIds, bool trash);
    // Asks for a tag (offering the project's tags) and adds it to, or removes it from, every run.
    void askForTag(const QStringList &runIds, bool add);
    // False, with the reason sent as `failed`, when the tag is empty or the cache refused it.
    bool tagRuns(const QStringList &runIds, const QString &tag, bool add);

    // Every tag and group tag of the project's runs, sorted: the completion offered when tagging.
    QStringList projectTags() const;

    // Trash, restore and tag edits, for Edit > Undo and Redo.
    QUndoStack *undoStack() const { return m_undo; }

signals:
    // Why an action did nothing, in words, for the status bar.
    void failed(const QString &message);

private:
    // What a RunEditCommand calls when the cache refuses a run: `failed` in words, and tagRuns() answers false.
    std::function<void(const QString &runId)> reportRefusal();

    RunEditing *m_editing;
    RunTableModel *m_runs;
    QWidget *m_window;
    QUndoStack *m_undo;
    bool m_refused = false; // the last tag edit was refused for some run
};

} // namespace nereid
