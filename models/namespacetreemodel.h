#pragma once

#include "namespacenode.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace nereid {

class Cache;

// The namespace tree of the current run: namespaces as expandable nodes, fields with name, type and value
// (series as last value and point count). Showing another run, or the same run after a sync, merges the new
// tree into the shown one, inserting, removing and changing only what differs: namespaces both runs have
// keep their indexes, so a view keeps them expanded.
class NamespaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole, // the node's whole path: "params/optimizer/lr"
        IsNamespaceRole,
        FieldTypeRole, // the FieldType as an int; null for namespaces
        FileRole,      // a File field's file object (QJsonObject: hash, size, name, extension, mime), a file series'
                       // last one; null otherwise
    };

    explicit NamespaceTreeModel(Cache *cache, QObject *parent = nullptr);
    ~NamespaceTreeModel() override;

    // Shows `runId`'s fields; an empty id (or one the cache lacks) empties the tree.
    void setRun(const QString &runId);
    const QString &runId() const { return m_runId; }
    // The shown run's project, "workspace/project": where its files are fetched from.
    const QString &project() const { return m_project; }

    QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onRunsChanged(const QString &project, const QStringList &runIds);
    void merge(NamespaceNode *shown, NamespaceNode *fresh);
    NamespaceNode *nodeFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromNode(const NamespaceNode *node, int column = 0) const;

    QPointer<Cache> m_cache;
    QString m_runId;
    QString m_title; // the name column's header: the run shown
    QString m_project;
    std::unique_ptr<NamespaceNode> m_root;
};

} // namespace nereid
