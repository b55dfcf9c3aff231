#pragma once

#include <QCoreApplication>

namespace nereid {

class CacheDatabase;

// The cache's tables, versioned with PRAGMA user_version. Each version is a step applied in one transaction,
// so a cache of any older version is migrated in place; a cache of a newer version is refused untouched.
class CacheSchema
{
    Q_DECLARE_TR_FUNCTIONS(CacheSchema)

public:
    static constexpr int CurrentVersion = 4;

    explicit CacheSchema(CacheDatabase &db)
        : m_db(db)
    {
    }

    // Sets the connection's pragmas and migrates; throws CacheError. With `checkIntegrity`, reads every page
    // once first (PRAGMA quick_check) and throws a damaged CacheError when one is bad.
    void prepare(bool checkIntegrity);

private:
    void migrate(int fromVersion);

    CacheDatabase &m_db;
};

} // namespace nereid
