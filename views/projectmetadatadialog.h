#pragma once

#include <QDialog>

namespace nereid {

class SessionModels;

// Project > Metadata (issue 21): the fields of the project's metadata object (`project["general/brief"]` in the
// client) in the same namespace tree as a run's. Read only here: they are written from the client.
class ProjectMetadataDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectMetadataDialog(SessionModels *models, const QString &project, QWidget *parent = nullptr);
};

} // namespace nereid
