#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
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

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Row> *rows)
{
    for (const QAction *action : menu->actions()) {
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (const QMenu *submenu = action->menu()) {
            collect(submenu, name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        if (!keys.isEmpty() && !action->isSeparator())
            rows->append({name, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Row> all = rows(menus) + otherKeys();
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
    resize(520, 440);
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QMenuBar *menus)
{
    QList<Row> rows;
    for (const QAction *action : menus->actions()) {
        if (const QMenu *menu = action->menu())
            collect(menu, plain(menu->title()), &rows);
    }
    return rows;
}

QList<ShortcutsDialog::Row> ShortcutsDialog::otherKeys()
{
    const QString esc = QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText);
    return {{tr("Filter box › Clear the filter"), esc}};
}

} // namespace nereid
