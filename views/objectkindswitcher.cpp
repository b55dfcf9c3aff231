#include "objectkindswitcher.h"

namespace nereid {

namespace {

enum Entry
{
    RunsEntry,
    ModelsEntry,
    VersionsEntry,
};

} // namespace

ObjectKindSwitcher::ObjectKindSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("kindSwitcher"));
    setToolTip(tr("What the table lists: the project's runs, its models, or the versions of a model you opened"));
    addItem(tr("Runs"));
    addItem(tr("Models"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ObjectKindSwitcher::onChosen);
}

void ObjectKindSwitcher::showScope(const ObjectScope &scope)
{
    m_scope = scope;
    if (scope.kind == QLatin1String("model_version")) {
        m_openedModel = scope.modelId;
        const QString text = tr("Versions of %1").arg(scope.modelId);
        if (count() > VersionsEntry)
            setItemText(VersionsEntry, text);
        else
            addItem(text);
        setCurrentIndex(VersionsEntry);
        updateGeometry(); // the layout asks for the wider size of the new text
        return;
    }
    setCurrentIndex(scope.kind == QLatin1String("model") ? ModelsEntry : RunsEntry);
}

void ObjectKindSwitcher::onChosen(int index)
{
    const ObjectScope scope = index == ModelsEntry     ? ObjectScope::models()
                              : index == VersionsEntry ? ObjectScope::versionsOf(m_openedModel)
                                                       : ObjectScope::runs();
    if (scope == m_scope)
        return;
    m_scope = scope;
    emit scopeRequested(scope);
}

} // namespace nereid
