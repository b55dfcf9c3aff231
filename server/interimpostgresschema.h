#pragma once

namespace nereid {

class LibpqConnection;

// Until PostgresSchema (the server's own PostgreSQL schema and migrations) is on main, `migrate` creates the tables
// of schema version 5 itself in an empty target, as docs/storage.md describes them: the SQLite schema with BIGINT,
// DOUBLE PRECISION, BYTEA and identity keys. To be replaced by opening the target the way the server does.
void createInterimPostgresSchema(LibpqConnection &target);

} // namespace nereid
