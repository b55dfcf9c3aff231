#pragma once

#include <QString>

namespace nereid {

// Why `nereid-server migrate` stopped, in words for its standard error. Thrown by the migration's parts and caught
// only by DatabaseMigration::run().
struct MigrationError
{
    QString message;
};

} // namespace nereid
