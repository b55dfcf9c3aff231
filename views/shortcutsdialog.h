#pragma once

#include <QDialog>

class QAction;
class QMenuBar;

namespace nereid {

// Help > Keyboard shortcuts: every action of the window's menus that has a shortcut, read from the actions
// themselves, so the list is never out of date and shows each desktop's own keys (QKeySequence's native text).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString action; // "File › Open project"
        QString keys;   // "Ctrl+O", several separated by commas
    };

    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // The rows for `menus`, in menu order; actions without a shortcut are left out.
    static QList<Row> rows(const QMenuBar *menus);
    // Keys that work without a menu action (the filter box's Esc).
    static QList<Row> otherKeys();
};

} // namespace nereid
