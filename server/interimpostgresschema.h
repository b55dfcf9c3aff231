#pragma once

namespace nereid {

class LibpqConnection;

// Until PostgresSchema (the server's own PostgreSQL schema and migrations) is on main, `migrate` creates the tables
// of schema version 5 itself in an empty target, with the statements PostgresSchema runs (copied from the lead's
// work in progress) and its version row in nereid_schema. To be replaced by opening the target the way the server
// does (Database::open) once the PostgreSQL backend has landed.
void createInterimPostgresSchema(LibpqConnection &target);

} // namespace nereid
