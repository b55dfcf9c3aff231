#pragma once

#include <optional>
#include <QAbstractListModel>
#include <QJsonObject>

namespace nereid {

class ViewEditor;

// The saved views of the open project as the cache holds them (the server's, synced, with the user's edits that
// wait for it), one row per view by name, for the toolbar's combo box. Changes go through the cache's ViewEditor:
// the list shows them at once, offline too. Without an editor (no profile yet) the list is empty and read-only.
class SavedViewsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        DefaultRole, // bool
        StateRole,   // QJsonObject
    };

    explicit SavedViewsModel(QObject *parent = nullptr);

    void setEditor(ViewEditor *editor);
    void setProject(const QString &project);
    const QString &project() const { return m_project; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &name) const;
    std::optional<QJsonObject> state(const QString &name) const;
    // The project's default view; empty when it has none.
    QString defaultView() const;

    // False, with errorString(), when the cache refused the change (or there is no editor or project).
    bool save(const QString &name, const QJsonObject &state);
    bool remove(const QString &name);
    bool rename(const QString &from, const QString &to);
    bool setDefault(const QString &name);
    // The views whose save the server refused because someone changed them first.
    QStringList conflicts() const;
    std::optional<QJsonObject> conflictingState(const QString &name) const;
    bool resolve(const QString &name, bool keepMine);
    QString errorString() const { return m_error; }

signals:
    // A save of the user's met someone else's newer view: conflicts() has it.
    void conflictsChanged();

private:
    struct Row
    {
        QString name;
        bool isDefault = false;
        QJsonObject state;
    };
    void reload();
    bool check(bool ok);

    ViewEditor *m_editor = nullptr;
    QString m_project;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace nereid
