#pragma once

#include <QDialog>

class QMainWindow;

namespace nereid {

// Help > Keyboard shortcuts: every action of the window that has a shortcut (its menus' in menu order, then those
// that live on a widget, such as the table's Delete), read from the actions themselves, so the list is never out of
// date and shows each desktop's own keys (QKeySequence's native text).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString action; // "File › Open project"
        QString keys;   // "Ctrl+O", several separated by commas
    };

    explicit ShortcutsDialog(QMainWindow *window);

    // The rows for `window`; actions without a shortcut are left out.
    static QList<Row> rows(const QMainWindow *window);
    // Keys that work without a menu action (the filter box's Esc).
    static QList<Row> otherKeys();
};

} // namespace nereid
