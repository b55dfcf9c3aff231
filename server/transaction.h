#pragma once

namespace nereid {

class Database;

// One write transaction: begun on construction, rolled back on destruction unless commit() ran.
// A thrown ApiError therefore leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Commits; throws ApiError(500) when the commit fails (a full disk, say), after rolling back.
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace nereid
