#include "tablelayoutsettings.h"

#include <QJsonDocument>
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

QString groupingKey(const QString &project)
{
    return QStringLiteral("grouping/") + project;
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

RunGrouping grouping(const QString &project)
{
    return RunGrouping::fromJson(
        QJsonDocument::fromJson(QSettings().value(groupingKey(project)).toByteArray()).object());
}

void saveGrouping(const QString &project, const RunGrouping &grouping)
{
    QSettings().setValue(groupingKey(project), QJsonDocument(grouping.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace nereid::TableLayoutSettings
