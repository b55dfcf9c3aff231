#include "projectmetadatadialog.h"

#include "domain/fieldtype.h"
#include "metadatafieldeditor.h"
#include "models/namespacetreemodel.h"
#include "models/runediting.h"
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
                                         : tr("The project's own fields, as scripts wrote them. A field assigned or "
                                              "deleted here goes to the server, and shows once the server has it."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    if (!id.isEmpty())
        layout->addWidget(createEditor(models->editing(), id, view));
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget *ProjectMetadataDialog::createEditor(RunEditing *editing, const QString &id, QTreeView *view)
{
    auto *editor = new MetadataFieldEditor(this);
    editor->setObjectName(QStringLiteral("metadataEditor"));
    // The same edit path as a run's sys fields: the outbox, then the server; a refusal comes back in the status bar.
    const auto send = [editing, editor, id](RunEdit::Kind kind, const QVariant &value) {
        if (!editing->edit(id, kind, value))
            editor->showProblem(tr("The change could not be saved: %1").arg(editing->errorString()));
    };
    connect(editor, &MetadataFieldEditor::assignRequested, this,
            [send](const QString &path, const QString &type, const QVariant &value) {
                send(RunEdit::Kind::AssignField, QVariantMap{{QStringLiteral("path"), path},
                                                             {QStringLiteral("type"), type},
                                                             {QStringLiteral("value"), value}});
            });
    connect(editor, &MetadataFieldEditor::deleteRequested, this,
            [send](const QString &path) { send(RunEdit::Kind::DeleteField, path); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, editor, [editor](const QModelIndex &current) {
        const QVariant type = current.siblingAtColumn(0).data(NamespaceTreeModel::FieldTypeRole);
        const QString value = current.siblingAtColumn(NamespaceTreeModel::ValueColumn).data().toString();
        editor->showField(current.data(NamespaceTreeModel::PathRole).toString(),
                          type.isNull() ? QString() : fieldTypeName(FieldType(type.toInt())), value);
    });
    return editor;
}

} // namespace nereid
