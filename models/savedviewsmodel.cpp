#include "savedviewsmodel.h"

#include "cache/vieweditor.h"

namespace nereid {

SavedViewsModel::SavedViewsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SavedViewsModel::setEditor(ViewEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &ViewEditor::viewsChanged, this, [this](const QString &project) {
            if (project == m_project)
                reload();
        });
        connect(m_editor, &ViewEditor::conflictsChanged, this, [this](const QString &project) {
            if (project == m_project)
                emit conflictsChanged();
        });
    }
    reload();
}

void SavedViewsModel::setProject(const QString &project)
{
    m_project = project;
    reload();
}

void SavedViewsModel::reload()
{
    QList<Row> rows;
    if (m_editor && !m_project.isEmpty()) {
        for (const SavedView &view : m_editor->views(m_project))
            rows.append({view.name, view.isDefault, view.state});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.isDefault ? tr("%1 (default)", "a saved view's name in the list").arg(row.name) : row.name;
    case Qt::ToolTipRole:
        return row.isDefault ? tr("Opens with the project") : QVariant();
    case NameRole:
        return row.name;
    case DefaultRole:
        return row.isDefault;
    case StateRole:
        return row.state;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(DefaultRole, "isDefault");
    names.insert(StateRole, "state");
    return names;
}

int SavedViewsModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == name)
            return int(i);
    return -1;
}

std::optional<QJsonObject> SavedViewsModel::state(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? std::nullopt : std::optional<QJsonObject>(m_rows[row].state);
}

QString SavedViewsModel::defaultView() const
{
    for (const Row &row : m_rows)
        if (row.isDefault)
            return row.name;
    return {};
}

bool SavedViewsModel::check(bool ok)
{
    m_error = ok ? QString() : tr("The view could not be stored in the cache.");
    return ok;
}

bool SavedViewsModel::save(const QString &name, const QJsonObject &state)
{
    return check(m_editor && !m_project.isEmpty() && m_editor->save(m_project, name, state));
}

bool SavedViewsModel::remove(const QString &name)
{
    return check(m_editor && !m_project.isEmpty() && m_editor->remove(m_project, name));
}

bool SavedViewsModel::rename(const QString &from, const QString &to)
{
    return check(m_editor && !m_project.isEmpty() && m_editor->rename(m_project, from, to));
}

bool SavedViewsModel::setDefault(const QString &name)
{
    return check(m_editor && !m_project.isEmpty() && m_editor->setDefault(m_project, name));
}

QStringList SavedViewsModel::conflicts() const
{
    QStringList names;
    if (m_editor && !m_project.isEmpty())
        for (const ViewConflict &conflict : m_editor->conflicts(m_project))
            names.append(conflict.name);
    return names;
}

std::optional<QJsonObject> SavedViewsModel::conflictingState(const QString &name) const
{
    if (m_editor && !m_project.isEmpty())
        for (const ViewConflict &conflict : m_editor->conflicts(m_project))
            if (conflict.name == name)
                return conflict.mine;
    return std::nullopt;
}

bool SavedViewsModel::resolve(const QString &name, bool keepMine)
{
    return check(m_editor && !m_project.isEmpty() && m_editor->resolve(m_project, name, keepMine));
}

} // namespace nereid
