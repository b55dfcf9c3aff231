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
    void setField(const QString &path, QueryField field);
    void removeField(const QString &path);
    // Adds many fields at once, none of whose paths the run has yet (a run read from the cache): no lookup per
    // field, and the index built once at the end. setField() is the same, one field at a time.
    void appendFields(QList<std::pair<QString, QueryField>> fields);
    // appendFields() one field at a time, for a reader that makes each field as it reads it (no list between):
    // the run is looked up again only once the appender is gone.
    class Appender
    {
    public:
        Appender(QueryRun &run, qsizetype expected);
        ~Appender();
        Appender(const Appender &) = delete;
        Appender &operator=(const Appender &) = delete;
        void append(const QString &path, QueryField field);

    private:
        QueryRun &m_run;
        qsizetype m_first;
        bool m_sorted = true; // so far, by QString's order
    };

    // The field at `path`, or nullptr when the run has none.
    const QueryField *field(const QString &path) const
    {
        const qsizetype index = indexOf(path);
        return index < 0 ? nullptr : &m_slots[index].field;
    }
    // field() for a caller that looks up the same paths in many runs of one layout (a group's aggregates): `hint`
    // is where the path was in the run asked before, and a run with the field in the same place needs no search.
    const QueryField *field(const QString &path, qsizetype &hint) const
    {
        if (hint >= 0 && hint < m_slots.size() && m_slots[hint].path == path)
            return &m_slots[hint].field;
        hint = indexOf(path);
        return hint < 0 ? nullptr : &m_slots[hint].field;
    }
    QStringList paths() const;
    // The field of paths()[index]: walking a run's fields in order without looking each one up.
    const QueryField &fieldAt(qsizetype index) const { return m_slots[index].field; }
    const QString &pathAt(qsizetype index) const { return m_slots[index].path; }
    qsizetype fieldCount() const { return m_slots.size(); }

private:
    struct Slot
    {
        QString path;
        QueryField field;
    };

    // Filtering 100,000 runs is bound by memory reads: a few fields in one array are scanned with about one
    // cache miss (a path is compared only when its length matches), where a hash takes three or four.
    // Runs with many fields get a hash of positions.
    static constexpr qsizetype ScanLimit = 16;

    qsizetype indexOf(const QString &path) const
    {
        if (m_sortedFrom >= 0) {
            const qsizetype found = indexInSortedTail(path);
            return found >= 0 ? found : indexInHead(path, m_sortedFrom);
        }
        return indexInHead(path, m_slots.size());
    }
    // The path among the first `end` slots, which m_index holds when there are more than ScanLimit of them.
    qsizetype indexInHead(const QString &path, qsizetype end) const
    {
        if (!m_index.isEmpty())
            return m_index.value(path, -1);
        for (qsizetype i = 0; i < end; ++i) {
            const QString &candidate = m_slots[i].path;
            if (candidate.size() == path.size() && candidate == path)
                return i;
        }
        return -1;
    }
    qsizetype indexInSortedTail(const QString &path) const;
    void rebuildIndex();

    QString m_id;
    QList<Slot> m_slots;
    // A run read from the cache appends its thousands of fields in path order: they are found by binary search
    // from m_sortedFrom on, and only the slots before it (the sys fields) are hashed. Hashing 9,000 paths of each
    // of 100 runs took longer than reading them (Run > Compare). -1 when the slots are not kept so.
    qsizetype m_sortedFrom = -1;
    QHash<QString, qsizetype> m_index; // of the slots before m_sortedFrom (or all); empty up to ScanLimit of them
};

} // namespace nereid
