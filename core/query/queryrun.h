#pragma once

#include "queryfield.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace nereid {

// The view of one run that queries filter and RunOrder sorts: its sys fields ("sys/name", ...) and the
// fields outside sys, each an atom's value or a series' summary, looked up by path.
// Build it from the server's run object with fromJson(), or field by field (the desktop cache does).
class QueryRun
{
public:
    QueryRun() = default;
    explicit QueryRun(QString id)
        : m_id(std::move(id))
    {
    }

    // Reads a run object of docs/api.md ("The run object"). The server wrote it, so it is trusted: a member
    // of the wrong JSON type or an unknown type name is skipped rather than reported. Float series may carry
    // "average" and "variance" beside "min" and "max"; without them average() and variance() match nothing.
    static QueryRun fromJson(const QJsonObject &run);

    const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }

    // `path` is a whole field path; sys fields go in as "sys/<name>".
    void setField(const QString &path, QueryField field) { m_fields.insert(path, std::move(field)); }
    void removeField(const QString &path) { m_fields.remove(path); }

    // The field at `path`, or nullptr when the run has none.
    const QueryField *field(const QString &path) const
    {
        const auto it = m_fields.constFind(path);
        return it == m_fields.cend() ? nullptr : &it.value();
    }
    QStringList paths() const { return m_fields.keys(); }
    qsizetype fieldCount() const { return m_fields.size(); }

private:
    QString m_id;
    QHash<QString, QueryField> m_fields;
};

} // namespace nereid
