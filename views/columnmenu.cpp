#include "columnmenu.h"

#include "models/runtablemodel.h"

#include <QHash>

namespace nereid {

ColumnMenu::ColumnMenu(RunTableModel *runs, QWidget *parent)
    : QMenu(tr("Columns"), parent)
    , m_runs(runs)
{
    setObjectName(QStringLiteral("columnMenu"));
    QHash<QString, QMenu *> groups;
    for (const QString &path : runs->fieldPaths()) {
        const QString group = path.section(QLatin1Char('/'), 0, 0);
        QMenu *&menu = groups[group];
        if (!menu)
            menu = addMenu(group);
        QAction *action = menu->addAction(path);
        action->setObjectName(path);
        action->setCheckable(true);
        action->setChecked(runs->columnOf({path, SeriesAggregate::Last}) >= 0);
        connect(action, &QAction::toggled, this, [this, path](bool shown) { toggle(path, shown); });
    }
    addSeparator();
    addAction(tr("Reset to defaults"), this, [this] { m_runs->setColumns(m_runs->defaultColumns()); });
}

QAction *ColumnMenu::actionFor(const QString &path) const
{
    return findChild<QAction *>(path);
}

void ColumnMenu::toggle(const QString &path, bool shown)
{
    const RunColumn column{path, SeriesAggregate::Last};
    const int position = m_runs->columnOf(column);
    if (shown && position < 0)
        m_runs->insertRunColumn(m_runs->columnCount(), column);
    else if (!shown && position >= 0)
        m_runs->removeRunColumn(position);
}

} // namespace nereid
