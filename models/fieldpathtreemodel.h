#pragma once

#include "fieldpathnode.h"

#include <QAbstractItemModel>
#include <QSet>

namespace nereid {

class RunTableModel;

// Every field path of a project as a tree of namespaces ("params" > "model" > "depth"), for the column chooser:
// a field has a checkbox (checked = shown as a column) and its type. Top-level namespaces come sys first, then
// the others in natural order. The model holds paths only, no values, so a project of thousands of paths builds
// and filters (through a recursive QSortFilterProxyModel on PathRole) without a stall.
class FieldPathTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole, // the whole path, of a field or of a namespace ("params/model")
        IsFieldRole,
        TypeRole, // a field's FieldType as int
    };
    struct Field
    {
        QString path;
        FieldType type;
    };

    explicit FieldPathTreeModel(QObject *parent = nullptr);
    ~FieldPathTreeModel() override;

    // The project's paths as RunTableModel::fieldPaths() orders them (sys in catalogue order, then the others),
    // each with its type: from the sys catalogue, else from the first run that has the field.
    static QList<Field> fieldsOf(const RunTableModel &runs);

    // Replaces the tree (a model reset); the checked paths stay checked where they still exist.
    void setFields(const QList<Field> &fields);
    std::optional<FieldType> typeOf(const QString &path) const;

    bool isChecked(const QString &path) const { return m_checked.contains(path); }
    // Checks or unchecks a field without telling checkToggled (the dialog keeps the two in step itself).
    void setChecked(const QString &path, bool checked);
    QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user checked or unchecked a field (through setData).
    void checkToggled(const QString &path, bool checked);

private:
    FieldPathNode *nodeFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromNode(const FieldPathNode *node, int column = NameColumn) const;

    std::unique_ptr<FieldPathNode> m_root;
    QHash<QString, FieldPathNode *> m_fields; // path -> its leaf
    QSet<QString> m_checked;
};

} // namespace nereid
