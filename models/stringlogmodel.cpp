#include "stringlogmodel.h"

#include <QDateTime>

namespace nereid {

StringLogModel::StringLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StringLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void StringLogModel::append(const QString &runId, const QList<StringPoint> &points)
{
    if (points.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + points.size() - 1));
    for (const StringPoint &point : points)
        m_rows.append({runId, point});
    endInsertRows();
}

int StringLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StringLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StringLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::UserRole) // raw values, for sorting
        switch (index.column()) {
        case RunColumn:
            return row.runId;
        case StepColumn:
            return row.point.step;
        case TimeColumn:
            return row.point.timestamp;
        default:
            return row.point.value;
        }
    if (role == Qt::TextAlignmentRole && index.column() == StepColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RunColumn:
        return row.runId;
    case StepColumn:
        return QString::number(row.point.step, 'g', 15);
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(qint64(row.point.timestamp * 1000))
            .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
    default:
        return row.point.value;
    }
}

QVariant StringLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StepColumn:
        return tr("Step");
    case TimeColumn:
        return tr("Time");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace nereid
