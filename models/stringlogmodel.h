#pragma once

#include "domain/seriespoint.h"

#include <QAbstractTableModel>

namespace nereid {

// A string series (a run's log lines, say) as a table: run, step, time, text, in the order the points came. A chart
// panel shows this instead of a chart for a StringSeries path. Points are appended in batches, each one
// beginInsertRows/endInsertRows.
class StringLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RunColumn,
        StepColumn,
        TimeColumn,
        TextColumn,
        ColumnCount
    };

    explicit StringLogModel(QObject *parent = nullptr);

    void clear();
    void append(const QString &runId, const QList<StringPoint> &points);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString runId;
        StringPoint point;
    };
    QList<Row> m_rows;
};

} // namespace nereid
