#pragma once

#include "query/queryrun.h"
#include "query/seriessummary.h"

#include <QAbstractItemModel>

namespace nereid {

// Runs side by side (issue 17, Run > Compare): one row per field path, grouped under its namespace (the path's first
// part: "params", "train", "sys"), one column per run after the path. A float series shows the chosen summary of its
// points (last, lowest, highest). "Only differences" keeps the rows where the runs do not all agree; a cell that
// differs from the first run's is marked (DiffersRole, and a background). Cells are read from the runs when shown:
// opening 100 runs of 9,000 fields builds only the sorted list of paths.
class CompareModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        DiffersRole = Qt::UserRole + 1, // bool: the cell's value is not the first run's
    };

    explicit CompareModel(QObject *parent = nullptr);

    void setRuns(const QList<QueryRun> &runs);
    void setAggregate(SeriesAggregate aggregate);
    SeriesAggregate aggregate() const { return m_aggregate; }
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    // The rows shown, each path with its runs' cells as text, as CSV (RFC 4180) or as a Markdown table.
    QString toCsv() const;
    QString toMarkdown() const;
    // Paths shown (not counting the namespace rows).
    qsizetype shownPathCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString name;
        QList<qsizetype> paths; // indices into m_paths, shown ones only
    };

    void rebuildGroups();
    // Whether the runs do not all agree on m_paths[path] (a run without the field disagrees with one with it).
    bool differs(qsizetype path) const;
    bool differsFromFirst(qsizetype path, int run) const;
    // The run's field at m_paths[path], or null.
    const QueryField *cell(qsizetype path, qsizetype run) const { return m_cells[path * m_runs.size() + run]; }
    QString text(qsizetype path, int run) const;
    QList<QStringList> shownRows() const;

    QList<QueryRun> m_runs;
    QStringList m_paths;               // sorted
    QList<const QueryField *> m_cells; // by path, then run: into m_runs, null where a run has no such field
    QList<Group> m_groups;
    SeriesAggregate m_aggregate = SeriesAggregate::Last;
    bool m_onlyDifferences = false;
    mutable QList<qint8> m_differs; // per path: -1 not known yet, else 0 or 1
};

} // namespace nereid
