#include "migrationtable.h"

namespace nereid {

QByteArray MigrationTable::columnList() const
{
    return columns.join(", ");
}

QByteArray MigrationTable::keyList() const
{
    return keyColumns.join(", ");
}

QByteArray MigrationTable::targetKeyOrder(const QList<bool> &keyIsText) const
{
    QList<QByteArray> parts;
    for (qsizetype i = 0; i < keyColumns.size(); ++i)
        parts.append(keyIsText.value(i) ? keyColumns[i] + " COLLATE \"C\"" : keyColumns[i]);
    return parts.join(", ");
}

const QList<MigrationTable> &MigrationTable::all()
{
    using P = Points;
    // Foreign keys point upwards in this list, so each chunk the target takes refers only to rows it has already.
    static const QList<MigrationTable> tables = {
        {"users", {"id", "name", "created", "admin"}, {"id"}, "id", P::None},
        {"tokens", {"id", "user_id", "token_hash", "created", "revoked", "read_only"}, {"id"}, "id", P::None},
        {"projects",
         {"id", "workspace", "name", "project_key", "description", "revision", "run_count", "created", "object_count"},
         {"id"},
         "id",
         P::None},
        {"memberships", {"workspace", "user_id", "role"}, {"workspace", "user_id"}, {}, P::None},
        {"runs",
         {"id",
          "project_id",
          "number",
          "custom_run_id",
          "name",
          "description",
          "owner",
          "hostname",
          "tags",
          "group_tags",
          "failed",
          "trashed",
          "creation_time",
          "modification_time",
          "ping_time",
          "running_time",
          "stopped",
          "size",
          "field_count",
          "revision",
          "name_rev",
          "description_rev",
          "failed_rev",
          "kind",
          "object_key",
          "parent_id",
          "stage",
          "stage_rev",
          "version_count"},
         {"id"},
         "id",
         P::None},
        {"fields",
         {"id", "run_id", "path", "type", "num", "text", "count", "last_step", "min_value", "max_value", "value_sum",
          "value_squares", "value_count", "bytes"},
         {"id"},
         "id",
         P::None},
        {"series_data", {"id", "points"}, {"id"}, "id", P::PackedData},
        {"series_blocks",
         {"field_id", "first_step", "last_step", "count", "first_value", "last_value", "first_ts", "last_ts",
          "min_step", "min_value", "max_step", "max_value", "data_id"},
         {"field_id", "first_step"},
         {},
         P::None},
        {"string_points", {"field_id", "step", "ts", "value"}, {"field_id", "step"}, {}, P::OnePerRow},
        {"views",
         {"project_id", "name", "state", "is_default", "revision", "deleted", "modified", "modified_by"},
         {"project_id", "name"},
         {},
         P::None},
        {"project_blobs", {"project_id", "hash", "size", "uploaded"}, {"project_id", "hash"}, {}, P::None},
    };
    return tables;
}

} // namespace nereid
