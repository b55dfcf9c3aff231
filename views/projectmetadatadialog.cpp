#include "projectmetadatadialog.h"

#include "models/namespacetreemodel.h"
#include "models/sessionmodels.h"
#include "namespacetreeview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace nereid {

ProjectMetadataDialog::ProjectMetadataDialog(SessionModels *models, const QString &project, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("projectMetadataDialog"));
    setWindowTitle(tr("Metadata of %1").arg(project));
    const QString id = models->metadataId(project);
    NamespaceTreeModel *tree = models->newTree(this);
    tree->setRun(id);
    auto *view = new NamespaceTreeView(tree, this);
    view->setObjectName(QStringLiteral("metadataTree"));
    auto *note = new QLabel(id.isEmpty() ? tr("This project has no metadata yet. Scripts write it with "
                                              "project[\"general/brief\"] = \"…\" in the Python client.")
                                         : tr("The project's own fields, as scripts wrote them (read only here)."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace nereid
