#pragma once

#include <QDialog>

class QTreeView;

namespace nereid {

class RunEditing;
class SessionModels;

// Project > Metadata (issue 21): the fields of the project's metadata object (`project["general/brief"]` in the
// client) in the same namespace tree as a run's, and a field to assign or delete through the server (the outbox, as
// a run's edits; a viewer's change is refused there and said in the status bar).
class ProjectMetadataDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectMetadataDialog(SessionModels *models, const QString &project, QWidget *parent = nullptr);

private:
    QWidget *createEditor(RunEditing *editing, const QString &id, QTreeView *view);
};

} // namespace nereid
