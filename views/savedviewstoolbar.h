#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QMenu;

namespace nereid {

class SavedViewsModel;
class ViewStateBinder;

// The saved views of the open project in the main window: a combo box to switch between them (Alt+W), Save view
// (Ctrl+S) and Save view as… (Ctrl+Shift+S) in the toolbar, and the Views menu with those and Rename, Delete and
// Set as default. Opening a project applies its default view, from the cache at once or when the first sync
// brings it. A save someone else's newer one refused asks which to keep.
class SavedViewsToolbar : public QToolBar
{
    Q_OBJECT

public:
    SavedViewsToolbar(SavedViewsModel *model, ViewStateBinder *binder, QWidget *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    QComboBox *combo() const { return m_combo; }
    // The view last applied or saved; empty when none is.
    QString currentView() const { return m_current; }

    void setProject(const QString &project);
    // Applies the view to the window.
    bool switchTo(const QString &name);
    // Saves the window's state as the current view (as a new one when there is none).
    bool saveCurrent();
    // Saves the window's state under `name`; asks for a name when it is empty, and whether to replace the view of
    // that name when there is one (No asks for another name).
    bool saveAs(QString name = {});
    bool renameCurrent(QString to = {});
    bool deleteCurrent();
    bool setCurrentAsDefault();

signals:
    // What happened, in words, for the status bar.
    void message(const QString &text);

private:
    void createActions();
    void onModelReset();
    void askAboutConflicts();
    void updateActions();
    QString askForName(const QString &title, const QString &suggested);
    // "Replace the view `name`?", No by default.
    bool confirmReplace(const QString &name);

    SavedViewsModel *m_model;
    ViewStateBinder *m_binder;
    QComboBox *m_combo;
    QMenu *m_menu;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_setDefault = nullptr;
    QAction *m_choose = nullptr;
    QString m_current;
    bool m_defaultPending = false; // the project opened; its default view not applied yet
    bool m_asking = false;
};

} // namespace nereid
