#include "syscatalogue.h"

#include "fieldpath.h"

namespace nereid {

namespace {

QList<SysField> makeCatalogue()
{
    using T = FieldType;
    // clang-format off
    return {
        {QStringLiteral("id"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Identifier of the run: the project key and a number (CLS-3)"), false, false, false},
        {QStringLiteral("custom_run_id"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Custom run identifier supplied when the run was created"), false, false, false},
        {QStringLiteral("name"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Name of the run"), true, false, false},
        {QStringLiteral("creation_time"), T::Datetime, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "When the run was created"), false, false, false},
        {QStringLiteral("owner"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Name of the account that created the run"), false, false, false},
        {QStringLiteral("tags"), T::StringSet, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Tags applied to the run"), true, false, false},
        {QStringLiteral("group_tags"), T::StringSet, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Group tags applied to the run"), true, false, false},
        {QStringLiteral("description"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Description of the run"), true, false, false},
        {QStringLiteral("running_time"), T::Float, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Total running time of the run in seconds, across resumes"), false, false, false},
        {QStringLiteral("modification_time"), T::Datetime, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "When the run was last modified"), false, false, false},
        {QStringLiteral("ping_time"), T::Datetime, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Last interaction with the logging client"), false, false, false},
        {QStringLiteral("state"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Whether the run is active or inactive"), false, false, false},
        {QStringLiteral("failed"), T::Bool, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Whether the run failed"), true, false, false},
        {QStringLiteral("size"), T::Float, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Size of the run's metadata in bytes"), false, false, false},
        {QStringLiteral("hostname"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "System host where the run was created"), false, false, false},
        {QStringLiteral("trashed"), T::Bool, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Whether the run is in the trash"), false, false, false},
        {QStringLiteral("model_id"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Identifier of the parent model (model versions only)"), false, true, true},
        {QStringLiteral("stage"), T::String, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Stage of the model version (model versions only)"), false, true, true},
        {QStringLiteral("monitoring_time"), T::Int, QT_TRANSLATE_NOOP("nereid::SysCatalogue", "Total monitoring time used by the run in seconds"), false, true, false},
    };
    // clang-format on
}

} // namespace

QString SysField::description() const
{
    return QCoreApplication::translate("nereid::SysCatalogue", descriptionKey);
}

const QList<SysField> &SysCatalogue::fields()
{
    static const QList<SysField> catalogue = makeCatalogue();
    return catalogue;
}

const SysField *SysCatalogue::find(QStringView name)
{
    for (const SysField &field : fields()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

const SysField *SysCatalogue::findPath(const FieldPath &path)
{
    const QStringList segments = path.segments();
    if (segments.size() != 2 || segments.front() != QLatin1String("sys"))
        return nullptr;
    return find(segments.back());
}

bool SysCatalogue::isEditable(const FieldPath &path)
{
    const SysField *field = findPath(path);
    return field && field->editable;
}

} // namespace nereid
