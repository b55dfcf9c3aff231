#pragma once

#include "fieldtype.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nereid {

class FieldPath;

// One field of the sys namespace, as the reference page sys-namespace describes it.
struct SysField
{
    QString name;               // "name"; its path is "sys/name"
    FieldType type;             // sys/state is a String holding "active" or "inactive"
    const char *descriptionKey; // untranslated; description() translates it
    bool editable;              // the starred fields: name, description, tags, group_tags, failed
    bool deprecated;            // model_id, stage, monitoring_time
    bool modelVersionOnly;      // model_id, stage: read-only here, Nereid has no model registry

    QString path() const { return QStringLiteral("sys/") + name; }
    QString description() const;
};

// The catalogue of sys fields, in the order of the reference page (deprecated ones last), plus
// sys/trashed, which Nereid adds for the trash (set by trash and restore, not by edits).
class SysCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(SysCatalogue)

public:
    static const QList<SysField> &fields();
    static const SysField *find(QStringView name);
    static const SysField *findPath(const FieldPath &path);

    // True for sys/name, sys/description, sys/tags, sys/group_tags and sys/failed.
    static bool isEditable(const FieldPath &path);
};

} // namespace nereid
