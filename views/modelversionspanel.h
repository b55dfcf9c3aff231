#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace nereid {

class RunTableModel;

// Issue 21: "a model's versions below it". While the experiments table lists models, this panel under it lists the
// versions of the current model, with their stage, in a table of their own; the models stay in view. Enter or a
// double-click on a version asks for its information dialog (where its stage is edited), as in the runs table.
class ModelVersionsPanel : public QWidget
{
    Q_OBJECT

public:
    // `versions` is a table model of the panel's own (SessionModels::newRunTable), not the experiments table's.
    explicit ModelVersionsPanel(RunTableModel *versions, QWidget *parent = nullptr);

    // Lists the versions of `modelId` in `project`; an empty id clears the list.
    void showModel(const QString &project, const QString &modelId);
    const QString &modelId() const { return m_modelId; }
    RunTableModel *versions() const { return m_versions; }

signals:
    // The user moved to a version in the panel: the namespace tree shows its fields, as for the table's current run.
    void currentVersionChanged(const QString &versionId);
    void versionInformationRequested(const QString &versionId);
    void stageRequested(const QStringList &versionIds, const QString &stage);

private:
    void showContextMenu(const QPoint &position);
    QStringList selectedIds() const;

    RunTableModel *m_versions;
    QLabel *m_title;
    QTableView *m_table;
    QString m_modelId;
};

} // namespace nereid
