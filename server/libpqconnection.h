#pragma once

#include <functional>
#include <memory>
#include <QByteArray>
#include <QList>
#include <QString>

struct pg_conn;
struct pg_result;

namespace nereid {

// A PostgreSQL connection straight through libpq, for what `migrate` needs and Qt's QPSQL driver cannot do: COPY
// FROM STDIN to write rows at the speed of the server, COPY TO STDOUT to read them back for the checksums. Every
// failure throws MigrationError with the server's message.
class LibpqConnection
{
public:
    LibpqConnection() = default;
    ~LibpqConnection();
    LibpqConnection(const LibpqConnection &) = delete;
    LibpqConnection &operator=(const LibpqConnection &) = delete;

    // Connects to a postgresql:// or postgres:// URL (libpq reads its password from ~/.pgpass or PGPASSWORD).
    void open(const QByteArray &url);

    // Runs a statement with text parameters; the rows it returns, each a list of texts (a NULL is a null array).
    using Rows = QList<QList<QByteArray>>;
    Rows query(const QByteArray &sql, const QList<QByteArray> &parameters = {});
    void exec(const QByteArray &sql) { query(sql); }

    // COPY ... FROM STDIN: begin, send any number of pieces, end (the statement's result checked).
    void beginCopyIn(const QByteArray &copySql);
    void putCopyData(const QByteArray &data);
    void endCopyIn();

    // COPY ... TO STDOUT: hands every piece libpq returns (one row each) to `sink`.
    void copyOut(const QByteArray &copySql, const std::function<void(const char *, int)> &sink);

private:
    using Result = std::unique_ptr<pg_result, void (*)(pg_result *)>;
    Result run(const QByteArray &sql, const QList<QByteArray> &parameters);
    void check(Result result, int expectedStatus);
    [[noreturn]] void fail(const QString &what) const;

    pg_conn *m_conn = nullptr;
};

} // namespace nereid
