#include "plotbrush.h"

#include "query/query.h"

namespace nereid {

QString PlotBrush::number(double value)
{
    return QString::number(value, 'g', 6);
}

QString PlotBrush::clause() const
{
    const QString operand = column.sortKey();
    if (!categorical) {
        return QStringLiteral("(%1 >= %2 AND %1 <= %3)").arg(operand, number(low), number(high));
    }
    QStringList conditions;
    for (const QString &category : categories)
        conditions.append(operand + QStringLiteral(" = ") + (booleans ? category : Query::quote(category)));
    if (conditions.size() == 1)
        return conditions.first();
    return QLatin1Char('(') + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace nereid
