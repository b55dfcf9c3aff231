#include "tablelayoutsettings.h"

#include <QSettings>

namespace nereid::TableLayoutSettings {

namespace {

QString columnsKey(const QString &project)
{
    return QStringLiteral("columns/") + project;
}

QString headerKey(const QString &project)
{
    return QStringLiteral("tableLayout/") + project;
}

} // namespace

QList<RunColumn> columns(const QString &project)
{
    QList<RunColumn> columns;
    for (const QString &key : QSettings().value(columnsKey(project)).toStringList())
        columns.append(RunColumn::fromKey(key));
    return columns;
}

void saveColumns(const QString &project, const QList<RunColumn> &columns)
{
    QStringList keys;
    for (const RunColumn &column : columns)
        keys.append(column.key());
    QSettings().setValue(columnsKey(project), keys);
}

QByteArray headerState(const QString &project)
{
    return QSettings().value(headerKey(project)).toByteArray();
}

void saveHeaderState(const QString &project, const QByteArray &state)
{
    QSettings().setValue(headerKey(project), state);
}

} // namespace nereid::TableLayoutSettings
