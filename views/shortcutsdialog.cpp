#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nereid {

namespace {

// "&Open project…" as a person reads it in a list: "Open project".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts())
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Row> *rows, QSet<const QAction *> *seen)
{
    for (const QAction *action : menu->actions()) {
        seen->insert(action);
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (const QMenu *submenu = action->menu())
            collect(submenu, name, rows, seen);
        else if (const QString keys = keysOf(action); !keys.isEmpty() && !action->isSeparator())
            rows->append({name, keys});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Row> all = rows(window) + otherKeys();
    auto *table = new QTableWidget(int(all.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    for (int row = 0; row < all.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(all[row].action));
        table->setItem(row, 1, new QTableWidgetItem(all[row].keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QMainWindow *window)
{
    QList<Row> rows;
    QSet<const QAction *> seen;
    for (const QAction *action : window->menuBar()->actions()) {
        if (const QMenu *menu = action->menu())
            collect(menu, plain(menu->title()), &rows, &seen);
    }
    // Actions of a widget rather than a menu: their keys work where that widget has the keyboard.
    QList<const QWidget *> widgets{window};
    for (const QWidget *child : window->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : widgets) {
        for (const QAction *action : widget->actions()) {
            if (seen.contains(action) || qobject_cast<const QMenu *>(widget))
                continue;
            seen.insert(action);
            if (const QString keys = keysOf(action); !keys.isEmpty())
                rows.append({plain(action->text()), keys});
        }
    }
    return rows;
}

QList<ShortcutsDialog::Row> ShortcutsDialog::otherKeys()
{
    const QString esc = QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText);
    const auto keys = [](std::initializer_list<QKeySequence> sequences) {
        QStringList names;
        for (const QKeySequence &sequence : sequences)
            names.append(sequence.toString(QKeySequence::NativeText));
        return names.join(QStringLiteral(", "));
    };
    return {{tr("Charts › Go to the next or previous chart or section"),
             keys({Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab, Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down})},
            {tr("Charts › Fold or unfold the focused section"), keys({Qt::Key_Space, Qt::Key_Return})},
            {tr("Charts › A chart's actions (move, size)"), keys({Qt::Key_Menu})},
            {tr("Filter box › Clear the filter"), esc}};
}

} // namespace nereid
