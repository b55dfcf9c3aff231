#include "columnmenu.h"

#include "models/runtablemodel.h"

#include <QActionGroup>
#include <QHash>

namespace nereid {

ColumnMenu::ColumnMenu(RunTableModel *runs, int column, QWidget *parent)
    : QMenu(tr("Columns"), parent)
    , m_runs(runs)
{
    setObjectName(QStringLiteral("columnMenu"));
    // No object name: actionFor() finds the fields' actions by name, and a field may be called anything.
    addAction(tr("Choose columns…"), this, &ColumnMenu::chooserRequested);
    addSeparator();
    addAggregateActions(column);
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
    addAction(tr("Reset to defaults"), this, [this] {
        m_runs->setColumns(m_runs->defaultColumns());
        emit columnsReset();
    });
}

void ColumnMenu::addAggregateActions(int column)
{
    if (m_runs->columnType(column) != FieldType::FloatSeries)
        return;
    const RunColumn current = m_runs->columns().at(column);
    const std::pair<SeriesAggregate, QString> aggregates[] = {{SeriesAggregate::Last, tr("last value")},
                                                              {SeriesAggregate::Min, tr("minimum")},
                                                              {SeriesAggregate::Max, tr("maximum")},
                                                              {SeriesAggregate::Average, tr("mean")}};
    QMenu *show = addMenu(tr("Show %1 as").arg(current.path));
    QMenu *add = addMenu(tr("Add a column of %1").arg(current.path));
    auto *group = new QActionGroup(show);
    for (const auto &[aggregate, name] : aggregates) {
        QAction *choice = show->addAction(
            name, this, [this, column, which = aggregate] { m_runs->setColumnAggregate(column, which); });
        choice->setObjectName(QStringLiteral("show:") + seriesAggregateName(aggregate));
        choice->setCheckable(true);
        choice->setChecked(aggregate == current.aggregate);
        group->addAction(choice);
        const RunColumn extra{current.path, aggregate};
        QAction *adding =
            add->addAction(name, this, [this, column, extra] { m_runs->insertRunColumn(column + 1, extra); });
        adding->setObjectName(QStringLiteral("add:") + seriesAggregateName(aggregate));
        adding->setEnabled(m_runs->columnOf(extra) < 0);
    }
    addSeparator();
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
